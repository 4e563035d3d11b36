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
//
// A message with values is then formatted straight from its compiled form, made once per language
// and process exactly as use-intl makes it (same formats with the time zone, same Intl formatters):
// use-intl's own path rebuilds its formats object and looks the compiled message up by a JSON key
// of all of it on every call, which on the roadmap (a dozen texts per milestone) still cost a
// quarter of the page. Anything else (rich text, no values, a message that fails) takes use-intl's path.
import type { IntlMessageFormat } from "intl-messageformat";
import { cache } from "react";
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import { getLocale, getMessages, getTimeZone, getTranslations as getRequestTranslations } from "next-intl/server";

type Formatters = ReturnType<typeof _createIntlFormatters>;
type Shared = { cache: ReturnType<typeof _createCache>; formatters: Formatters; compiled: Map<string, IntlMessageFormat | null> };

const KEY = Symbol.for("masterplan-monitor.i18n.shared-formats");
const slot = globalThis as unknown as Record<symbol, Map<string, Shared> | undefined>;

/** One message cache and one set of Intl formatters per language, for the life of the process. */
export function sharedFormats(locale: string): Shared {
  const byLocale = (slot[KEY] ??= new Map());
  let shared = byLocale.get(locale);
  if (!shared) {
    const c = _createCache();
    shared = { cache: c, formatters: _createIntlFormatters(c), compiled: new Map() };
    byLocale.set(locale, shared);
  }
  return shared;
}

type Formats = { date: Record<string, Intl.DateTimeFormatOptions>; time: Record<string, Intl.DateTimeFormatOptions>; number: Record<string, Intl.NumberFormatOptions> };
/** use-intl's memoised constructor of IntlMessageFormat, set on the formatters once use-intl has compiled a first message with them. */
type MessageFormatFactory = (message: string, locale: string, formats: Formats, options: { formatters: unknown }) => IntlMessageFormat;

/** The formats use-intl hands IntlMessageFormat (use-intl/format-message): the defaults, each date and time style in the time zone. */
function messageFormats(defaults: Formats, timeZone: string | undefined): Formats {
  const withZone = (styles: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(Object.entries(styles).map(([name, style]) => [name, timeZone ? { timeZone, ...style } : style]));
  return { date: withZone({ ...defaults.date }), time: withZone({ ...defaults.time }), number: {} };
}

/**
 * The message compiled by use-intl's own factory with the arguments use-intl gives it, once per
 * language, time zone and message text; null when it does not compile, undefined while use-intl
 * has not compiled any message with these formatters yet (the caller then takes use-intl's path).
 */
function compiled(shared: Shared, locale: string, timeZone: string | undefined, pattern: string): IntlMessageFormat | null | undefined {
  const key = `${timeZone ?? ""}\u0000${pattern}`;
  let format = shared.compiled.get(key);
  if (format !== undefined) return format;
  const f = shared.formatters as Formatters & { getMessageFormat?: MessageFormatFactory };
  const factory = f.getMessageFormat;
  if (!factory) return undefined;
  const formatters = { ...f, getDateTimeFormat: (l: string | string[] | undefined, o?: Intl.DateTimeFormatOptions) => f.getDateTimeFormat(l as string, { ...o, timeZone: o?.timeZone ?? timeZone }) };
  try {
    // IntlMessageFormat's default styles, from the class use-intl constructs (its static `formats`).
    const probe = factory("", locale, { date: {}, time: {}, number: {} }, { formatters });
    const defaults = (probe.constructor as unknown as { formats: Formats }).formats;
    format = factory(pattern, locale, messageFormats(defaults, timeZone), { formatters });
  } catch {
    format = null;
  }
  shared.compiled.set(key, format);
  return format;
}

type Values = Record<string, unknown>;
/** Values IntlMessageFormat formats to text (rich text's tag functions and elements are t.rich's business). */
const plainValues = (values: Values) => Object.values(values).every((v) => v === null || v === undefined || typeof v !== "object" || v instanceof Date) && !Object.values(values).some((v) => typeof v === "function");

/** next-intl's translator over the given configuration, formatting with the language's shared cache. */
export function sharedTranslator(config: { locale: string; messages: Record<string, unknown>; timeZone: string | undefined; namespace?: string }) {
  const shared = sharedFormats(config.locale);
  const t = createTranslator({ ...config, _cache: shared.cache, _formatters: shared.formatters } as Parameters<typeof createTranslator>[0]) as unknown as {
    (key: string, values?: Values): string;
    raw: (key: string) => unknown;
  };
  const fast = (key: string, values?: Values): string => {
    if (!values || !plainValues(values)) return t(key, values);
    let pattern: unknown;
    try {
      pattern = t.raw(key);
    } catch {
      return t(key, values);
    }
    const format = typeof pattern === "string" ? compiled(shared, config.locale, config.timeZone, pattern) : null;
    if (format) {
      try {
        const text = format.format(values as Record<string, string | number | boolean | Date | null | undefined>);
        if (typeof text === "string") return text;
      } catch {
        /* use-intl reports it and writes its fallback */
      }
    }
    return t(key, values);
  };
  return Object.assign(fast, t) as unknown as ReturnType<typeof createTranslator>;
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
