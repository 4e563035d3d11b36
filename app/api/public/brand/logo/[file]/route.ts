// GET /api/public/brand/logo/<hash>.<png|svg> — the city's logo (lib/branding/logo-response.ts).
import { serveLogo } from "@/lib/branding/logo-response";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = "The city's logo is shown on every public page; it carries nothing but the image an admin published.";

export const GET = serveLogo;
export const HEAD = GET;
