"use client";
// Shown when a page of the app or its sign-in pages fails (components/layout/error-page.tsx).
export { default } from "@/components/layout/error-page";
