// Tells confirmed subscribers about public changes of initiatives (issue 20, item 3): a status
// report approved (with a public summary), a public milestone done or moved. Called by those
// mutations inside their transaction, so the mails are recorded with the change or not at all;
// the mail job sends them. Whether a milestone's change is news at all is decided here once
// (milestoneNews), for every path that writes a milestone: the edit, mark done, the forecast and
// the workbook import. Only public, unarchived initiatives. One mail per address and call, however
// many of its subscriptions (initiative, field, masterplan) match and however many changes the call
// brings: a workbook import that moves ten milestones sends a subscriber one mail listing the ten.
import type { Tx } from "@/lib/db/client";
import { mailLocale } from "@/lib/mail/compose";
import { dateValue } from "@/lib/dates";
import { mailUpdates, type SubscriptionEvent, type UpdateItem, type UpdateSubscription } from "./mails";

function formatDay(day: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { dateStyle: "long", timeZone: "UTC" }).format(day);
}

export type PublicChange =
  | { kind: "reportApproved"; initiativeId: string; reportId: string }
  | { kind: "milestoneDone" | "milestoneMoved"; initiativeId: string; milestoneId: string; from?: Date; to?: Date };

type Initiative = { id: string; code: string; title: string; titleEn: string | null; slug: string; fieldOfActionId: string };
type Notice = { initiative: Initiative; event: (locale: string) => SubscriptionEvent };

/** The news a change makes, or null when it makes none (an internal initiative or milestone, a report without public summary). */
async function noticeFor(tx: Tx, change: PublicChange): Promise<Notice | null> {
  const initiative = await tx.initiative.findFirst({
    where: { id: change.initiativeId, visibility: "PUBLIC", archivedAt: null },
    select: { id: true, code: true, title: true, titleEn: true, slug: true, fieldOfActionId: true },
  });
  if (!initiative) return null;
  if (change.kind === "reportApproved") {
    const report = await tx.statusReport.findFirst({ where: { id: change.reportId, state: "APPROVED", publicSummary: { not: "" } }, select: { period: true } });
    return report ? { initiative, event: () => ({ kind: "reportApproved", period: report.period }) } : null;
  }
  const m = await tx.milestone.findFirst({ where: { id: change.milestoneId, isPublic: true }, select: { title: true, titleEn: true } });
  if (!m) return null;
  const title = (locale: string) => (locale === "en" && m.titleEn ? m.titleEn : m.title);
  return {
    initiative,
    event:
      change.kind === "milestoneDone"
        ? (locale) => ({ kind: "milestoneDone", milestone: title(locale) })
        : (locale) => ({ kind: "milestoneMoved", milestone: title(locale), from: change.from ? formatDay(change.from, locale) : "–", to: change.to ? formatDay(change.to, locale) : "–" }),
  };
}

/** Records the mails for `changes`, at most one per address; returns how many. */
export async function notifySubscribers(tx: Tx, changes: PublicChange | PublicChange[], now: Date): Promise<number> {
  const notices: Notice[] = [];
  for (const change of Array.isArray(changes) ? changes : [changes]) {
    const notice = await noticeFor(tx, change);
    if (notice) notices.push(notice);
  }
  if (notices.length === 0) return 0;
  const initiativeIds = [...new Set(notices.map((n) => n.initiative.id))];
  const fieldIds = [...new Set(notices.map((n) => n.initiative.fieldOfActionId))];
  const subs = await tx.emailSubscription.findMany({
    where: {
      confirmedAt: { not: null },
      OR: [{ scope: "INITIATIVE", initiativeId: { in: initiativeIds } }, { scope: "FIELD", fieldId: { in: fieldIds } }, { scope: "MASTERPLAN" }],
    },
    select: { id: true, email: true, locale: true, scope: true, initiativeId: true, fieldId: true, field: { select: { code: true, title: true, titleEn: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // For each change, the most specific subscription of an address answers (its unsubscribe link
  // ends that one); an address's mail lists its changes in their order and offers the unsubscribe
  // link of every subscription that answered one of them.
  const rank = { INITIATIVE: 0, FIELD: 1, MASTERPLAN: 2 } as const;
  const bySpecificity = [...subs].sort((a, b) => rank[a.scope] - rank[b.scope]);
  type Recipient = { subs: Map<string, (typeof subs)[number]>; notices: Notice[] };
  const byAddress = new Map<string, Recipient>();
  for (const notice of notices) {
    const answered = new Set<string>();
    for (const s of bySpecificity) {
      if (answered.has(s.email)) continue;
      const matches = s.scope === "MASTERPLAN" || (s.scope === "INITIATIVE" ? s.initiativeId === notice.initiative.id : s.fieldId === notice.initiative.fieldOfActionId);
      if (!matches) continue;
      answered.add(s.email);
      const entry: Recipient = byAddress.get(s.email) ?? { subs: new Map(), notices: [] };
      entry.subs.set(s.id, s);
      entry.notices.push(notice);
      byAddress.set(s.email, entry);
    }
  }
  for (const { subs: bySub, notices: theirs } of byAddress.values()) {
    // The most specific first: its unsubscribe link goes into the List-Unsubscribe header.
    const answering = [...bySub.values()].sort((a, b) => rank[a.scope] - rank[b.scope]);
    const first = answering[0]!;
    const locale = mailLocale(first.locale);
    const pick = (de: string, en: string | null) => (locale === "en" && en ? en : de);
    const items: UpdateItem[] = theirs.map((n) => ({ event: n.event(locale), code: n.initiative.code, title: pick(n.initiative.title, n.initiative.titleEn), slug: n.initiative.slug }));
    const initiativeTitle = (id: string) => {
      const i = theirs.find((n) => n.initiative.id === id)!.initiative;
      return `${i.code} ${pick(i.title, i.titleEn)}`;
    };
    const subscriptions: UpdateSubscription[] = answering.map((s) => ({
      id: s.id,
      target: s.scope === "INITIATIVE" ? { kind: "initiative", label: initiativeTitle(s.initiativeId!) } : s.scope === "FIELD" ? { kind: "field", label: `${s.field!.code} ${pick(s.field!.title, s.field!.titleEn)}` } : { kind: "masterplan" },
    }));
    await mailUpdates(tx, locale, subscriptions, items, now);
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
 * current, which notifySubscribers checks.
 */
export function milestoneNews(before: MilestoneState, after: MilestoneState): PublicChange | null {
  if (!after.isPublic) return null;
  const ref = { initiativeId: after.initiativeId, milestoneId: after.id };
  if (after.completedDate) return before.completedDate ? null : { kind: "milestoneDone", ...ref };
  if (after.forecastDate === before.forecastDate) return null;
  return { kind: "milestoneMoved", ...ref, from: dateValue(before.forecastDate), to: dateValue(after.forecastDate) };
}

/** One milestone written (the app's forms): the mails for its news. Returns how many mails were recorded. */
export async function notifyMilestoneChange(tx: Tx, before: MilestoneState, after: MilestoneState, now: Date): Promise<number> {
  return notifyMilestoneChanges(tx, [{ before, after }], now);
}

/**
 * Many milestones written at once (the workbook import): each subscriber gets one mail listing
 * all the news that concerns them. Returns how many mails were recorded.
 */
export async function notifyMilestoneChanges(tx: Tx, changes: { before: MilestoneState; after: MilestoneState }[], now: Date): Promise<number> {
  const news = changes.map(({ before, after }) => milestoneNews(before, after)).filter((c): c is PublicChange => c !== null);
  return news.length ? notifySubscribers(tx, news, now) : 0;
}
