// What every page of the citizens' site does first: take the language from the route (404 for an
// unknown one) and tell next-intl; and its metadata in that language (canonical URL, hreflang
// alternates, Open Graph, the site's Atom feed).
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, publicPageMetadata, type Locale } from "@/lib/i18n/config";

/** The page's language from its `[locale]` segment; an unknown one answers 404. */
export async function publicLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * Metadata of a public page at `path` (locale-free, e.g. "/fields/mobilitaet"). Announces the
 * site-wide Atom feed unless the page names its own.
 */
export async function publicMetadata(
  locale: Locale,
  path: string,
  { title, description, feedPath }: { title: string; description?: string; feedPath?: string },
) {
  const t = await getTranslations({ locale, namespace: "publicSite" });
  return publicPageMetadata({
    locale,
    path,
    title,
    description,
    siteName: t("name"),
    feed: { path: feedPath ?? "/feed.xml", title: t("feedTitle") },
  });
}
