// sitemap.xml: every page of the citizens' site in both languages, each with its hreflang
// alternates, as absolute URLs under APP_URL.
import type { MetadataRoute } from "next";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { locales, localePath } from "@/lib/i18n/config";
import { getPublicSitemapSlugs } from "@/lib/public/queries";

// Lists what is published now; never built at build time (no database then).
export const dynamic = "force-dynamic";

const STATIC_PAGES = ["/", "/fields", "/initiatives", "/partners", "/districts", "/changes", "/open-data", "/accessibility", "/imprint", "/privacy"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().appUrl;
  const slugs = await getPublicSitemapSlugs(await db());
  const paths = [
    ...STATIC_PAGES,
    ...slugs.fields.map((s) => `/fields/${s}`),
    ...slugs.initiatives.map((s) => `/initiatives/${s}`),
    ...slugs.partners.map((s) => `/partners/${s}`),
    ...slugs.districts.map((s) => `/districts/${s}`),
  ];
  const url = (locale: (typeof locales)[number], path: string) => `${base}${localePath(locale, path)}`;
  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: url(locale, path),
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, url(l, path)])) },
    })),
  );
}
