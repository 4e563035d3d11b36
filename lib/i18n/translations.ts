// getTranslations for server components, with the compiled messages shared between requests.
//
// next-intl's own getTranslations (next-intl/server) keeps its message formats in a cache that
// lives for one request: every request parses again each message it uses (ICU parser, Intl
// locale resolution) before formatting it. On the dashboard and the roadmap at 2,000 initiatives
// that was a fifth of the server's CPU per request (issue 16, docs/performance.md, session 13).
// This one formats with next-intl's own translator (use-intl's createTranslator, re-exported by
// next-intl) over the same request configuration (lib/i18n/request.ts: locale, messages, time
// zone), but with one cache and one set of Intl formatters per language and process, so that a
// message is compiled once per process. The cache is bounded by the catalogue: it is keyed by
// message text and format options, never by the values filled in.
import { cache } from "react";
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import { getLocale, getMessages, getTimeZone, getTranslations as getRequestTranslations } from "next-intl/server";

type Shared = { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> };

const KEY = Symbol.for("masterplan-monitor.i18n.shared-formats");
const slot = globalThis as unknown as Record<symbol, Map<string, Shared> | undefined>;

/** One message cache and one set of Intl formatters per language, for the life of the process. */
export function sharedFormats(locale: string): Shared {
  const byLocale = (slot[KEY] ??= new Map());
  let shared = byLocale.get(locale);
  if (!shared) {
    const c = _createCache();
    shared = { cache: c, formatters: _createIntlFormatters(c) };
    byLocale.set(locale, shared);
  }
  return shared;
}

/** next-intl's translator over the given configuration, formatting with the language's shared cache. */
export function sharedTranslator(config: { locale: string; messages: Record<string, unknown>; timeZone: string | undefined; namespace?: string }) {
  const shared = sharedFormats(config.locale);
  return createTranslator({ ...config, _cache: shared.cache, _formatters: shared.formatters } as Parameters<typeof createTranslator>[0]);
}

/** The request's translator for a namespace (once per request and namespace, as next-intl does). */
const translatorFor = cache(async (namespace: string | undefined) => {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return sharedTranslator({ locale, messages, timeZone, namespace });
});

/**
 * Same signature and texts as next-intl's getTranslations. Another language asked for explicitly
 * (`{ locale, namespace }`) goes to next-intl's own, which loads that language's configuration.
 */
export const getTranslations = ((arg?: string | { locale?: string; namespace?: string }) => {
  if (typeof arg === "object" && arg !== null && arg.locale !== undefined) return getRequestTranslations(arg as Parameters<typeof getRequestTranslations>[0]);
  return translatorFor(typeof arg === "object" && arg !== null ? arg.namespace : arg);
}) as typeof getRequestTranslations;
