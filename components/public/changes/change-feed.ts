// The Atom feeds of public changes (/feed.xml site-wide, /initiatives/<slug>/feed.xml per
// initiative, each per language): turns changes into entries with the same words as the page
// and answers with application/atom+xml. Absolute URLs come from APP_URL.
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { localePath, type Locale } from "@/lib/i18n/config";
import { ATOM_CONTENT_TYPE, buildAtomFeed, tagUri } from "@/lib/public/atom";
import type { PublicChange } from "@/lib/public/changes";
import { changeDescriber } from "./change-text";

/** Entries per feed: enough for a reader polling daily, small enough to stay quick. */
export const FEED_SIZE = 50;

export async function changesFeedResponse({
  locale,
  changes,
  selfPath,
  alternatePath,
  title,
  subtitle,
}: {
  locale: Locale;
  changes: PublicChange[];
  /** Locale-free paths, e.g. "/feed.xml" and "/changes". */
  selfPath: string;
  alternatePath: string;
  title: string;
  subtitle?: string;
}): Promise<Response> {
  const base = env().appUrl;
  const absolute = (path: string) => `${base}${localePath(locale, path)}`;
  const describer = await changeDescriber(locale);
  const brand = await getCityBrand(await db());
  const xml = buildAtomFeed({
    id: absolute(selfPath),
    title,
    subtitle,
    // An empty feed still needs a date; the epoch says "nothing yet" without changing on every request.
    fallbackUpdated: new Date(0),
    selfUrl: absolute(selfPath),
    alternateUrl: absolute(alternatePath),
    lang: locale,
    // The city publishes the feed (a new city: "Masterplan Monitor").
    author: brand.cityName,
    entries: changes.map((c) => {
      const text = describer.describe(c);
      return {
        // Per language: the German and the English entry are different texts.
        id: tagUri(base, `${locale}/${c.key}`),
        title: `${describer.initiative(c)}: ${text.title}`,
        updated: c.at,
        link: absolute(`/initiatives/${c.initiative.slug}`),
        summary: text.detail,
      };
    }),
  });
  return new Response(xml, {
    headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}
