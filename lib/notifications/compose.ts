// A reminder digest as an e-mail: subject, plain text and HTML in the recipient's language (German
// first, English), the items grouped by kind, each with its initiative, what it is about, its date,
// a link (APP_URL + path) and why the recipient got it, and a link to the preferences page. Texts
// come from the message catalogues through next-intl's createTranslator (a job has no request).
// Everything that came from the database is escaped in the HTML.
import { createTranslator } from "next-intl";
import { DEFAULT_SITE_NAME } from "@/lib/branding/queries";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { withEnumLabels } from "@/lib/publish/label";

export type DigestEntry = {
  kind: string;
  initiativeCode: string;
  initiativeTitle: string;
  subject: string;
  date: string | null;
  path: string;
  via: string;
};

export type ComposedMail = { subject: string; text: string; html: string };

type T = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

const catalogues = { de, en } as const;
/** The order of the groups; kinds added later follow, alphabetically. */
const KIND_ORDER = ["milestoneOverdue", "milestoneDueSoon", "kpiValueDue", "initiativeStale"];
export const PREFERENCES_PATH = "/app/account/notifications";
export const NOTIFICATIONS_PATH = "/app/notifications";
/** A group lists at most this many items; the rest are counted and the mail links to the app's list (a digest of 3,000 lines helps nobody). */
export const MAX_PER_GROUP = 50;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

function translator(locale: Locale): T {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "digest" }) as unknown as T;
}

function groups(items: DigestEntry[]): [string, DigestEntry[]][] {
  const byKind = new Map<string, DigestEntry[]>();
  for (const i of items) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i]);
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return [...byKind.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** One item's parts, in words. */
function describe(t: T, i: DigestEntry, locale: Locale, appUrl: string) {
  const heading = t.has(`kinds.${i.kind}`) ? t(`kinds.${i.kind}`) : t("kinds.other");
  const dateKey = t.has(`date.${i.kind}`) ? `date.${i.kind}` : "date.other";
  const date = i.date ? t(dateKey, { date: formatDay(i.date, locale) }) : i.kind === "initiativeStale" ? t("date.staleNever") : "";
  // Approvals go to the department's heads by their office, not as a fallback for missing leads.
  const viaKey =
    (i.kind === "approvalWaiting" || i.kind === "feedbackWaiting") && i.via === "departmentHead"
      ? "approver"
      : i.kind === "publishApprovalWaiting"
        ? "publishReviewer"
        : i.via;
  const via = t(t.has(`via.${viaKey}`) ? `via.${viaKey}` : "via.other", { code: i.initiativeCode });
  return { heading, date, via, url: `${appUrl}${i.path}`, title: `${i.initiativeCode} ${i.initiativeTitle}` };
}

/** `site`: the city's site title (lib/branding), which names the mail and signs it. */
export function composeDigest(input: { locale: Locale; name: string; day: string; items: DigestEntry[]; appUrl: string; site?: string }): ComposedMail {
  const { locale, items } = input;
  const site = input.site ?? DEFAULT_SITE_NAME;
  const appUrl = input.appUrl.replace(/\/$/, "");
  const t = translator(locale);
  // A publication request's subject may name a budget line's level as a catalogue key (lib/publish/label.ts).
  const all = createTranslator({ locale, messages: catalogues[locale] }) as unknown as T;
  const preferencesUrl = `${appUrl}${PREFERENCES_PATH}`;
  const subject = t("subject", { count: items.length, day: formatDay(input.day, locale), site });

  const text: string[] = [t("greeting", { name: input.name }), "", t("intro"), ""];
  const html: string[] = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.4;color:#111">`,
    `<p>${escapeHtml(t("greeting", { name: input.name }))}</p>`,
    `<p>${escapeHtml(t("intro"))}</p>`,
  ];
  for (const [, entries] of groups(items)) {
    const first = describe(t, entries[0]!, locale, appUrl);
    text.push(`${first.heading} (${entries.length})`, "-".repeat(first.heading.length + String(entries.length).length + 3));
    html.push(`<h2 style="font-size:1.1em">${escapeHtml(first.heading)} (${entries.length})</h2>`, "<ul>");
    for (const e of entries.slice(0, MAX_PER_GROUP)) {
      const d = describe(t, e, locale, appUrl);
      const subjectText = withEnumLabels(e.subject, all);
      text.push(`* ${d.title}: ${subjectText}${d.date ? ` – ${d.date}` : ""}`, `  ${d.url}`, `  ${d.via}`, "");
      html.push(
        `<li style="margin-bottom:0.6em"><strong>${escapeHtml(d.title)}</strong>: ${escapeHtml(subjectText)}${d.date ? ` – ${escapeHtml(d.date)}` : ""}<br>` +
          `<a href="${escapeHtml(d.url)}">${escapeHtml(t("open", { site }))}</a><br><small>${escapeHtml(d.via)}</small></li>`,
      );
    }
    html.push("</ul>");
    if (entries.length > MAX_PER_GROUP) {
      const more = t("more", { count: entries.length - MAX_PER_GROUP });
      text.push(more, `${appUrl}${NOTIFICATIONS_PATH}`, "");
      html.push(`<p>${escapeHtml(more)} <a href="${escapeHtml(`${appUrl}${NOTIFICATIONS_PATH}`)}">${escapeHtml(t("open", { site }))}</a></p>`);
    }
  }
  text.push(t("preferences"), preferencesUrl, "", t("footer", { site }));
  html.push(
    `<p>${escapeHtml(t("preferences"))} <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(t("preferencesLink"))}</a></p>`,
    `<p><small>${escapeHtml(t("footer", { site }))}</small></p></body></html>`,
  );
  return { subject, text: text.join("\n"), html: html.join("\n") };
}
