// Tells confirmed subscribers about a public change of an initiative (issue 20, item 3): a status
// report approved (with a public summary), a public milestone done or moved. Called by those
// mutations inside their transaction, so the mails are recorded with the change or not at all;
// the mail job sends them. Whether a milestone's change is news at all is decided here once
// (notifyMilestoneChange), for every path that writes a milestone: the edit, mark done, the
// forecast and the workbook import. Only public, unarchived initiatives; one mail per address and change,
// however many of its subscriptions (initiative, field, masterplan) match.
import type { Tx } from "@/lib/db/client";
import { mailLocale } from "@/lib/mail/compose";
import { dateValue } from "@/lib/dates";
import { mailUpdate, type SubscriptionEvent } from "./mails";

function formatDay(day: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { dateStyle: "long", timeZone: "UTC" }).format(day);
}

export type PublicChange =
  | { kind: "reportApproved"; initiativeId: string; reportId: string }
  | { kind: "milestoneDone" | "milestoneMoved"; initiativeId: string; milestoneId: string; from?: Date; to?: Date };

/** Records the mails for `change`; returns how many. */
export async function notifySubscribers(tx: Tx, change: PublicChange, now: Date): Promise<number> {
  const initiative = await tx.initiative.findFirst({
    where: { id: change.initiativeId, visibility: "PUBLIC", archivedAt: null },
    select: { id: true, code: true, title: true, titleEn: true, slug: true, fieldOfActionId: true },
  });
  if (!initiative) return 0;
  let event: (locale: string) => SubscriptionEvent;
  if (change.kind === "reportApproved") {
    const report = await tx.statusReport.findFirst({ where: { id: change.reportId, state: "APPROVED", publicSummary: { not: "" } }, select: { period: true } });
    if (!report) return 0;
    event = () => ({ kind: "reportApproved", period: report.period });
  } else {
    const m = await tx.milestone.findFirst({ where: { id: change.milestoneId, isPublic: true }, select: { title: true, titleEn: true } });
    if (!m) return 0;
    const title = (locale: string) => (locale === "en" && m.titleEn ? m.titleEn : m.title);
    event =
      change.kind === "milestoneDone"
        ? (locale) => ({ kind: "milestoneDone", milestone: title(locale) })
        : (locale) => ({ kind: "milestoneMoved", milestone: title(locale), from: change.from ? formatDay(change.from, locale) : "–", to: change.to ? formatDay(change.to, locale) : "–" });
  }
  const subs = await tx.emailSubscription.findMany({
    where: {
      confirmedAt: { not: null },
      OR: [{ scope: "INITIATIVE", initiativeId: initiative.id }, { scope: "FIELD", fieldId: initiative.fieldOfActionId }, { scope: "MASTERPLAN" }],
    },
    select: { id: true, email: true, locale: true, scope: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // The most specific subscription answers for an address (its unsubscribe link ends that one).
  const rank = { INITIATIVE: 0, FIELD: 1, MASTERPLAN: 2 } as const;
  const byAddress = new Map<string, (typeof subs)[number]>();
  for (const s of [...subs].sort((a, b) => rank[a.scope] - rank[b.scope])) if (!byAddress.has(s.email)) byAddress.set(s.email, s);
  for (const s of byAddress.values()) {
    const locale = mailLocale(s.locale);
    const title = locale === "en" && initiative.titleEn ? initiative.titleEn : initiative.title;
    await mailUpdate(tx, { id: s.id, locale }, { event: event(locale), code: initiative.code, title, slug: initiative.slug }, now);
  }
  return byAddress.size;
}

/** What decides whether a milestone's change is news: dates as YYYY-MM-DD. */
export type MilestoneState = { id: string; initiativeId: string; isPublic: boolean; forecastDate: string; completedDate: string | null };

/**
 * The one decision for every path that writes a milestone: a public milestone that became done
 * is "done" (one notice, even if the same change also moved its date); an open public milestone
 * whose forecast date changed is "moved"; anything else (an internal milestone, the same date again,
 * a completion taken back or re-dated, texts only) is no news. The initiative must be public and
 * current, which notifySubscribers checks. Returns how many mails were recorded.
 */
export async function notifyMilestoneChange(tx: Tx, before: MilestoneState, after: MilestoneState, now: Date): Promise<number> {
  if (!after.isPublic) return 0;
  const ref = { initiativeId: after.initiativeId, milestoneId: after.id };
  if (after.completedDate) {
    return before.completedDate ? 0 : notifySubscribers(tx, { kind: "milestoneDone", ...ref }, now);
  }
  if (after.forecastDate === before.forecastDate) return 0;
  return notifySubscribers(tx, { kind: "milestoneMoved", ...ref, from: dateValue(before.forecastDate), to: dateValue(after.forecastDate) }, now);
}
