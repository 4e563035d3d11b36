"use client";
// Shown when a page of the citizens' site fails (components/layout/error-page.tsx).
export { default } from "@/components/layout/error-page";
