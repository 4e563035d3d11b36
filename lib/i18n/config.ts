// Supported languages and how the citizens' site carries them in its URLs: German (the default and
// the language of the administration) without a prefix, English under /en, with the same path
// segments in both. Pure functions only: proxy.ts, pages, metadata and the sitemap share them.
import type { Metadata } from "next";

export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (locales as readonly string[]).includes(v);
}

/** The other language of the public site (there are two). */
export function otherLocale(locale: Locale): Locale {
  return locale === "de" ? "en" : "de";
}

/** The public URL path of `path` (e.g. "/fields/mobilitaet", "/") in `locale`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === defaultLocale) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** Areas that are not the citizens' site: the signed-in app, APIs, sign-in and Next's own files. */
const NOT_PUBLIC = ["/app", "/api", "/login", "/reset-password", "/_next", "/embed"];
/** Public pages whose last segment looks like a file name (Atom feeds); every other dotted path is a file. */
const PUBLIC_FILE_NAMES = new Set(["feed.xml"]);

function isNotPublic(pathname: string): boolean {
  if (NOT_PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return last.includes(".") && !PUBLIC_FILE_NAMES.has(last);
}

/**
 * Where a public URL lives and in which language, or null for anything outside the citizens' site.
 * `path` is the locale-free path ("/" for the home page).
 */
export function splitPublicPath(pathname: string): { locale: Locale; path: string } | null {
  if (isNotPublic(pathname)) return null;
  // Every language's prefix is understood, so the internal /de/… route of a German page maps back too.
  for (const locale of locales) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: defaultLocale, path: pathname };
}

/** Query parameters Next adds to its own requests; never part of a shareable address. */
const INTERNAL_PARAMS = ["_rsc"];

/**
 * The same public page and query in the other language (for the language switch), or null when
 * `pathname` is not a public page. `search` may start with "?".
 */
export function otherLanguageHref(pathname: string, search: string): string | null {
  const page = splitPublicPath(pathname);
  if (!page) return null;
  const params = new URLSearchParams(search);
  for (const p of INTERNAL_PARAMS) params.delete(p);
  const query = params.toString();
  return localePath(otherLocale(page.locale), page.path) + (query ? `?${query}` : "");
}

/** Public pages whose query (filters, a page number) selects what they show. */
const QUERY_PAGES = new Set(["/initiatives"]);
/** The route segment that serves such a page with a query: app/(public)/[locale]/initiatives/~query. */
export const QUERY_SEGMENT = "~query";

/**
 * The route a public page with a query is served from, or null. Without a query the page is the
 * same for everyone and comes from the page cache; with one, proxy.ts rewrites it to this twin
 * route, which reads the query and is rendered per request. A slug never contains "~".
 */
export function queryRouteFor(locale: Locale, path: string, search: URLSearchParams): string | null {
  if (!QUERY_PAGES.has(path)) return null;
  if (![...search.keys()].some((key) => !INTERNAL_PARAMS.includes(key))) return null;
  return `/${locale}${path}/${QUERY_SEGMENT}`;
}

export type PublicRouteDecision =
  /** Not the citizens' site: leave the request alone (and let the app's cookie choose the language). */
  | { action: "none" }
  /** A German URL: serve app/(public)/[locale]/… with locale "de" without changing the address. */
  | { action: "rewrite"; locale: Locale; to: string }
  /** An explicit /de/… address: its canonical form has no prefix. */
  | { action: "redirect"; to: string }
  /** An /en/… address: the route segment already names the language. */
  | { action: "pass"; locale: Locale };

/** What proxy.ts does with a request path (query strings are carried over by the caller). */
export function publicRouteFor(pathname: string): PublicRouteDecision {
  if (isNotPublic(pathname)) return { action: "none" };
  if (pathname === `/${defaultLocale}` || pathname.startsWith(`/${defaultLocale}/`)) {
    const rest = pathname.slice(defaultLocale.length + 1);
    return { action: "redirect", to: rest === "" ? "/" : rest };
  }
  const split = splitPublicPath(pathname)!;
  if (split.locale !== defaultLocale) return { action: "pass", locale: split.locale };
  return { action: "rewrite", locale: defaultLocale, to: pathname === "/" ? `/${defaultLocale}` : `/${defaultLocale}${pathname}` };
}

/**
 * Canonical URL and hreflang alternates of a public page, relative to the root layout's
 * metadataBase (APP_URL). x-default points at German, the city's language.
 */
export function publicAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: localePath(locale, path),
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, localePath(l, path)])),
      "x-default": localePath(defaultLocale, path),
    },
  };
}

/** Title, description, canonical URL, hreflang alternates and Open Graph basics of a public page. */
export function publicPageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
  feed,
}: {
  locale: Locale;
  path: string;
  title: string;
  description?: string;
  siteName: string;
  /** An Atom feed to announce with <link rel="alternate" type="application/atom+xml"> (locale-free path). */
  feed?: { path: string; title: string };
}): Metadata {
  return {
    title,
    description,
    alternates: {
      ...publicAlternates(locale, path),
      ...(feed && { types: { "application/atom+xml": [{ url: localePath(locale, feed.path), title: feed.title }] } }),
    },
    openGraph: {
      type: "website",
      siteName,
      title,
      description,
      url: localePath(locale, path),
      locale: locale === "de" ? "de_DE" : "en_GB",
      alternateLocale: locales.filter((l) => l !== locale).map((l) => (l === "de" ? "de_DE" : "en_GB")),
    },
  };
}
