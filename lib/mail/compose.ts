// Building blocks for the app's mails: the user's language, texts from the message catalogues
// (no request context in jobs, so next-intl's createTranslator with the catalogue JSON), absolute
// links from APP_URL, HTML escaped everywhere, and a plain-text part that says the same.
import { createTranslator } from "next-intl";
import { cityTimeZone } from "@/lib/dates";
import { env } from "@/lib/env";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

export type MailLocale = "de" | "en";

export function mailLocale(value: string | null | undefined): MailLocale {
  return value === "en" ? "en" : "de";
}

export function mailTranslator(locale: MailLocale) {
  return createTranslator({ locale, messages: locale === "en" ? en : de });
}

export function absoluteUrl(path: string): string {
  return `${env().appUrl}${path.startsWith("/") ? "" : "/"}${path}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export function formatInstant(at: Date, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: cityTimeZone() }).format(at);
}

/** A simple, accessible HTML mail around already-escaped body HTML. */
export function htmlDocument(locale: MailLocale, title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em">${bodyHtml}</body></html>`;
}
