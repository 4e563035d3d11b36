// Atom 1.0 (RFC 4287) documents for the citizens' feeds: a pure builder that escapes every text
// and attribute, drops characters XML 1.0 forbids (a stray control character in a milestone title
// must not break every reader's feed), and writes the required elements: feed id, title, updated,
// author, self and alternate links; entry id, title, updated, alternate link.
export type AtomEntry = {
  /** A permanent IRI, e.g. a tag: URI; never reused for another entry. */
  id: string;
  title: string;
  updated: Date;
  /** The page a reader opens for this entry. */
  link: string;
  /** Plain text; readers show it as the entry's summary. */
  summary?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** Last change of the feed; defaults to the newest entry (or `fallbackUpdated` when there is none). */
  updated?: Date;
  fallbackUpdated: Date;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The HTML page the feed belongs to (rel="alternate"). */
  alternateUrl: string;
  /** Language of the texts, e.g. "de" or "en" (xml:lang). */
  lang: string;
  author: string;
  entries: AtomEntry[];
};

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates outside pairs, U+FFFE and U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const el = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, indent: string, type?: string) =>
  `${indent}<link rel="${rel}"${type ? ` type="${type}"` : ""} href="${escapeXml(href)}"/>`;
// RFC 3339 with seconds; Atom readers reject dates without a time zone.
const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

function entryXml(e: AtomEntry): string {
  return [
    "  <entry>",
    el("id", e.id, "    "),
    `    <title type="text">${escapeXml(e.title)}</title>`,
    el("updated", stamp(e.updated), "    "),
    link("alternate", e.link, "    ", "text/html"),
    ...(e.summary ? [`    <summary type="text">${escapeXml(e.summary)}</summary>`] : []),
    "  </entry>",
  ].join("\n");
}

/** The feed as an XML document (UTF-8). */
export function buildAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date | undefined>((max, e) => (!max || e.updated > max ? e.updated : max), undefined);
  const updated = feed.updated ?? newest ?? feed.fallbackUpdated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    el("id", feed.id, "  "),
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    el("updated", stamp(updated), "  "),
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    link("self", feed.selfUrl, "  ", "application/atom+xml"),
    link("alternate", feed.alternateUrl, "  ", "text/html"),
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

/** A tag: URI (RFC 4151) for an entry: stable as long as the host and the change's key stay. */
export function tagUri(baseUrl: string, key: string): string {
  const host = new URL(baseUrl).hostname;
  return `tag:${host},2026:${key}`;
}
