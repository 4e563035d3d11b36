// robots.txt: the citizens' site and its open data may be crawled; the signed-in app, sign-in and
// the internal API may not (they answer nothing useful to a crawler anyway).
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/app", "/login", "/reset-password", "/api/auth", "/api/v1"] },
    sitemap: `${env().appUrl}/sitemap.xml`,
  };
}
