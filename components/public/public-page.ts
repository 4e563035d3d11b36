// What every page of the citizens' site does first: take the language from the route (404 for an
// unknown one) and tell next-intl; and its metadata in that language (canonical URL, hreflang
// alternates, Open Graph, the site's Atom feed).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, publicPageMetadata, type Locale } from "@/lib/i18n/config";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { parseListFilters } from "@/lib/public/list-queries";

/** What Next passes a public page: its route's segments (the language, on a detail page the slug) and the query. */
export type PublicPageProps<Segments = object> = {
  params: Promise<{ locale: string } & Segments>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** What Next passes a detail page (a field, an initiative, a district, a partner). */
export type SlugPageProps = PublicPageProps<{ slug: string }>;

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
  const brand = await getCityBrand(await db());
  return publicPageMetadata({
    locale,
    path,
    title,
    description,
    siteName: brand.siteTitle,
    feed: { path: feedPath ?? "/feed.xml", title: t("feedTitle") },
  });
}

type MessageKeys = { title: string; description: string };

/**
 * `generateMetadata` of a public index page whose title and description are messages of
 * `namespace` (by default its "title" and "description").
 */
export function indexPageMetadata(path: string, namespace: string, keys: MessageKeys = { title: "title", description: "description" }) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await publicLocale(params);
    const t = await getTranslations({ locale, namespace });
    return publicMetadata(locale, path, { title: t(keys.title), description: t(keys.description) });
  };
}

/**
 * Whether `slug` can name a public row at all: slugs are lower-case ASCII, anything else cannot
 * match and need not reach the database.
 */
export function isPublicSlug(slug: string): boolean {
  return /^[a-z0-9-]{1,120}$/.test(slug);
}

/** The slug and the list page a paged detail page (a district, a partner) asks for. */
export async function slugAndPage(props: SlugPageProps): Promise<{ slug: string; page: number }> {
  const { slug } = await props.params;
  const { page } = parseListFilters(await props.searchParams);
  return { slug, page };
}

/**
 * A detail page's row, by the slug (and list page) in its address, with the page's language: the
 * page gets the row or answers 404, `generateMetadata` describes the row or returns no metadata.
 * `paged`: the page lists rows in pages (`?page=`), so it is rendered per request.
 */
export function detailPage<T>(load: (slug: string, page: number) => Promise<T | null>, { paged = false }: { paged?: boolean } = {}) {
  async function resolve(props: SlugPageProps) {
    const locale = await publicLocale(props.params);
    // Only a paged page reads the query: reading it makes the page render per request, while one
    // that does not is served from Next's page cache (see app/(public)/[locale]/layout.tsx).
    const { slug, page } = paged ? await slugAndPage(props) : { slug: (await props.params).slug, page: 1 };
    return { locale, row: await load(slug, page) };
  }
  return {
    /** The page's language and its row; 404 when there is none. */
    async load(props: SlugPageProps): Promise<{ locale: Locale; row: T }> {
      const { locale, row } = await resolve(props);
      if (!row) notFound();
      return { locale, row };
    },
    /** `generateMetadata` of the page: `describe` the row, or no metadata when there is none. */
    metadata(describe: (row: T, locale: Locale) => Promise<Metadata>) {
      return async (props: SlugPageProps): Promise<Metadata> => {
        const { locale, row } = await resolve(props);
        return row ? describe(row, locale) : {};
      };
    },
  };
}

/**
 * `generateStaticParams` of a public page with a slug: none at build time (there is no database
 * then); each page is rendered on its first request and then served from the cache.
 */
export function noStaticParams(): never[] {
  return [];
}
