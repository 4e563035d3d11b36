// The address of a decision's printed matter in the city's council information system (ALLRIS,
// SessionNet ...), built from the installation's COUNCIL_INFO_URL_TEMPLATE ("{number}" is replaced
// by the URL-encoded Drucksache number), and the decision in the words a citizen recognises:
// "Ratsbeschluss, Drucksache 24-0815 vom 12.03.2024" / "Council decision, printed matter 24-0815 of
// 12 March 2024".
import type { Locale } from "@/lib/i18n/config";

/** The link for `number`, or null when no template is configured. */
export function councilInfoUrl(template: string | null, number: string): string | null {
  if (!template) return null;
  return template.split("{number}").join(encodeURIComponent(number));
}

/** The city council itself ("Rat", "Rat der Stadt Duisburg"), as opposed to a committee or district body. */
export function isCouncil(body: string): boolean {
  return /^rat(\s|$)/i.test(body.trim());
}

/** "12.03.2024" (de) or "12 March 2024" (en), from a YYYY-MM-DD day. */
export function decisionDate(locale: Locale, isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return locale === "de"
    ? new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(d)
    : new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/** The catalogue's decisions.inWords.* with their values (next-intl's `t` scoped to "decisions"). */
export type InWordsTranslator = (key: "inWords.council" | "inWords.body", values: { number: string; date: string; body: string }) => string;

/** The decision in words: "Ratsbeschluss, Drucksache 24-0815 vom 12.03.2024", or with the body named for a committee. */
export function decisionInWords(t: InWordsTranslator, locale: Locale, d: { body: string; number: string; decidedOn: string }): string {
  return t(isCouncil(d.body) ? "inWords.council" : "inWords.body", { number: d.number, date: decisionDate(locale, d.decidedOn), body: d.body });
}
