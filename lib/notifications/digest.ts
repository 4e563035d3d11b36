// The reminder run (job `reminders`, issue 13): today's due items (items.ts), addressed along the
// fallback chain, become each recipient's notifications (the bell) and at most one e-mail digest a
// day. Per recipient, ONE transaction upserts their notification rows (key = kind:entity), resolves
// the ones no longer due, applies their preferences (off / weekly on Mondays / daily) and the
// throttle (day 1, day 7, then every 30 days), and queues the digest (unique per user and city day)
// together with the "sent" marks. A rerun or a crash mid-run therefore never sends a digest twice
// and never loses one: the next run completes the recipients not yet done. A constant number of
// queries per recipient, none per initiative or item.
import { readCityBrand } from "@/lib/branding/queries";
import { cityTimeZone, cityToday, dateValue, isoDate } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db/client";
import type { NotificationCategory, NotificationFrequency } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { enqueueMail } from "@/lib/mail/queue";
import { composeDigest, type ComposedMail, type DigestEntry } from "./compose";
import { loadFollowDigests, mergeDigests } from "./follows";
import { addressItems, itemKey, loadDueItems, type Digest, type DueItem, type Via } from "./items";
import { categoryOf, loadPreferences, type Preferences } from "./preferences";
import { isMailDue, isMonday, nextMailDay, nextMonday } from "./throttle";

export const DEFAULT_NOTIFY_HOUR = 7;

/** NOTIFY_HOUR: the hour (city time, 0–23) the reminders run; validated at start by lib/env.ts. */
export function notifyHour(source: Record<string, string | undefined> = process.env): number {
  const raw = source.NOTIFY_HOUR?.trim();
  if (!raw || !/^\d{1,2}$/.test(raw) || Number(raw) > 23) return DEFAULT_NOTIFY_HOUR;
  return Number(raw);
}

/** Whether mails go to SMTP (queued) or stay in the outbox; the one place that asks. */
export function smtpConfigured(source: Record<string, string | undefined> = process.env): boolean {
  return Boolean(source.SMTP_URL?.trim());
}

/** An address a mail server would take; anything else (blank, a placeholder without domain) is skipped and listed. */
export function isUsableEmail(email: string | null | undefined): boolean {
  return !!email && /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email.trim());
}

/** The item's stable identity for one user: its kind, the row it is about and, for reports, the quarter (items.ts itemKey). */
export function notificationKey(item: DueItem): string {
  return itemKey(item);
}

/** Why an item is not in today's mail. */
export type Hold = { reason: "off" } | { reason: "throttled"; next: string } | { reason: "weekly"; next: string } | { reason: "noEmail" };

export type PlannedItem = DueItem & { via: Via; key: string; category: NotificationCategory; hold: Hold | null };

type Existing = { key: string; firstDay: Date; lastSentDay: Date | null; resolvedAt: Date | null };

/** What happens to one item for one user today: mailed, or held back and why. */
function decide(frequency: NotificationFrequency, existing: Existing | undefined, today: string, mailable: boolean): Hold | null {
  if (frequency === "OFF") return { reason: "off" };
  const open = existing && !existing.resolvedAt ? existing : undefined;
  const firstDay = open ? isoDate(open.firstDay) : today;
  const lastSent = open?.lastSentDay ? isoDate(open.lastSentDay) : null;
  if (!isMailDue(firstDay, lastSent, today)) return { reason: "throttled", next: nextMailDay(firstDay, lastSent) };
  if (frequency === "WEEKLY" && !isMonday(today)) return { reason: "weekly", next: nextMonday(today) };
  if (!mailable) return { reason: "noEmail" };
  return null;
}

function plan(digest: Digest, prefs: Preferences, existing: Map<string, Existing>, today: string, mailable: boolean): PlannedItem[] {
  const seen = new Set<string>();
  const out: PlannedItem[] = [];
  for (const item of digest.items) {
    const key = notificationKey(item);
    if (seen.has(key)) continue; // the same item reached the user twice (e.g. as lead of two initiatives) — once is enough
    seen.add(key);
    const category = categoryOf(item.kind);
    out.push({ ...item, key, category, hold: decide(prefs[category], existing.get(key), today, mailable) });
  }
  return out;
}

export type ReminderOptions = {
  now: Date;
  timeZone?: string;
  staleAfterDays: number;
  dueSoonDays?: number;
  /** Base of the links in the mails (APP_URL). */
  appUrl: string;
  /** True: mails are queued for SMTP; false: kept in the outbox. */
  smtp: boolean;
  /** The digest's texts; tests pass one that fails for a chosen user to crash a run midway. */
  compose?: (input: Parameters<typeof composeDigest>[0] & { userId: string }) => ComposedMail;
};

type Context = {
  today: string;
  digests: Digest[];
  locales: Map<string, Locale>;
  prefs: Map<string, Preferences>;
  deactivated: string[];
  /** The city's site title (lib/branding): the digest's subject and signature. */
  site: string;
};

async function prepare(db: Db, opts: ReminderOptions): Promise<Context> {
  const today = cityToday(opts.now, opts.timeZone ?? cityTimeZone());
  const items = await loadDueItems(db, { now: opts.now, today, dueSoonDays: opts.dueSoonDays, staleAfterDays: opts.staleAfterDays });
  const digests = mergeDigests(await addressItems(db, items), await loadFollowDigests(db));
  const userIds = digests.map((d) => d.recipient.userId);
  const initiativeIds = [...new Set(items.map((i) => i.initiativeId))];
  const [users, prefs, deactivated, brand] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, locale: true } }) : [],
    loadPreferences(db, userIds),
    // Deactivated people in the chain get nothing (the chain passes them by); the summary names them.
    initiativeIds.length
      ? db.user.findMany({
          where: {
            active: false,
            OR: [
              { leadOf: { some: { initiativeId: { in: initiativeIds } } } },
              { role: "DEPARTMENT_HEAD", department: { initiatives: { some: { id: { in: initiativeIds } } } } },
            ],
          },
          select: { email: true },
          orderBy: { email: "asc" },
        })
      : [],
    readCityBrand(db),
  ]);
  const locales = new Map(users.map((u) => [u.id, (u.locale === "en" ? "en" : "de") as Locale]));
  return { today, digests, locales, prefs, deactivated: deactivated.map((u) => u.email), site: brand.siteTitle };
}

function holdText(h: Hold): string {
  switch (h.reason) {
    case "off":
      return "held: category off";
    case "throttled":
      return `held: throttled, next mail ${h.next}`;
    case "weekly":
      return `held: weekly, next Monday ${h.next}`;
    case "noEmail":
      return "held: no usable e-mail address";
  }
}

function countHolds(planned: PlannedItem[][]): string {
  const n = { throttled: 0, weekly: 0, off: 0, noEmail: 0 };
  for (const p of planned) for (const i of p) if (i.hold) n[i.hold.reason]++;
  const total = n.throttled + n.weekly + n.off + n.noEmail;
  return `held back ${total} (throttled ${n.throttled}, weekly ${n.weekly}, off ${n.off}, no usable e-mail ${n.noEmail})`;
}

/** `npm run jobs -- run reminders --dry-run`: who would get which items today, and what throttling and preferences hold back. Writes nothing. */
export async function dryRunReminders(db: Db, opts: ReminderOptions): Promise<string> {
  const ctx = await prepare(db, opts);
  const userIds = ctx.digests.map((d) => d.recipient.userId);
  const rows = userIds.length
    ? await db.notification.findMany({ where: { userId: { in: userIds } }, select: { userId: true, key: true, firstDay: true, lastSentDay: true, resolvedAt: true } })
    : [];
  const existing = new Map<string, Map<string, Existing>>();
  for (const r of rows) existing.set(r.userId, (existing.get(r.userId) ?? new Map()).set(r.key, r));
  const planned = ctx.digests.map((d) => plan(d, ctx.prefs.get(d.recipient.userId)!, existing.get(d.recipient.userId) ?? new Map(), ctx.today, isUsableEmail(d.recipient.email)));
  const mailed = planned.map((p) => p.filter((i) => !i.hold));
  const lines = ctx.digests.flatMap((d, n) => [
    `${d.recipient.email} (${d.recipient.name}, ${planned[n]!.length} items)${isUsableEmail(d.recipient.email) ? "" : " — no usable e-mail address, skipped"}`,
    ...planned[n]!.map(
      (i) => `  ${i.kind.padEnd(17)} ${i.initiativeCode} ${i.subject}${i.date ? ` · ${i.date}` : ""} · via ${i.via} · ${i.path}${i.hold ? ` · ${holdText(i.hold)}` : ""}`,
    ),
  ]);
  const head = `would send ${mailed.filter((m) => m.length > 0).length} digests with ${mailed.reduce((n, m) => n + m.length, 0)} items`;
  const detail = `${ctx.today}: ${ctx.digests.length} recipients with ${planned.reduce((n, p) => n + p.length, 0)} items; ${countHolds(planned)}${skipped(ctx)}`;
  return [head, detail, ...lines].join("\n");
}

function skipped(ctx: Context): string {
  const noEmail = ctx.digests.filter((d) => !isUsableEmail(d.recipient.email)).map((d) => d.recipient.email || `(${d.recipient.name})`);
  return (
    (ctx.deactivated.length ? `; skipped deactivated: ${ctx.deactivated.join(", ")}` : "") +
    (noEmail.length ? `; skipped without usable e-mail: ${noEmail.join(", ")}` : "")
  );
}

export type ReminderResult = {
  today: string;
  recipients: number;
  items: number;
  digestsQueued: number;
  itemsMailed: number;
  alreadySent: number;
  resolved: number;
  failed: { email: string; error: string }[];
  summary: string;
};

/** One recipient, in one transaction: notifications upserted and resolved, the digest queued with its "sent" marks. */
async function deliverOne(tx: Tx, digest: Digest, ctx: Context, opts: ReminderOptions) {
  const userId = digest.recipient.userId;
  const keys = [...new Set(digest.items.map(notificationKey))];
  const rows = await tx.notification.findMany({
    where: { userId, OR: [{ resolvedAt: null }, { key: { in: keys } }] },
    select: { id: true, key: true, kind: true, subject: true, dueDate: true, path: true, via: true, initiativeId: true, firstDay: true, lastSentDay: true, resolvedAt: true },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const mailable = isUsableEmail(digest.recipient.email);
  const planned = plan(digest, ctx.prefs.get(userId)!, byKey, ctx.today, mailable);
  const day = dateValue(ctx.today);

  const fields = (i: PlannedItem) => ({
    kind: i.kind,
    category: i.category,
    initiativeId: i.initiativeId,
    subject: i.subject,
    dueDate: i.date ? dateValue(i.date) : null,
    path: i.path,
    via: i.via,
  });
  const creates = planned.filter((i) => !byKey.has(i.key));
  if (creates.length) await tx.notification.createMany({ data: creates.map((i) => ({ userId, key: i.key, firstDay: day, ...fields(i) })) });
  // Rows that changed (a moved date, a new lead) or come back after being resolved: one statement for all.
  const updates = planned.flatMap((i) => {
    const r = byKey.get(i.key);
    if (!r) return [];
    const f = fields(i);
    const reopened = r.resolvedAt !== null;
    const changed =
      r.kind !== f.kind || r.subject !== f.subject || r.path !== f.path || r.via !== f.via || r.initiativeId !== f.initiativeId ||
      (r.dueDate ? isoDate(r.dueDate) : null) !== i.date;
    return reopened || changed ? [{ id: r.id, item: i, reopened }] : [];
  });
  if (updates.length) {
    const col = <T,>(fn: (u: (typeof updates)[number]) => T) => updates.map(fn);
    await tx.$executeRaw`
      UPDATE notifications n SET
        kind = v.kind, category = v.category::"NotificationCategory", initiative_id = v.initiative_id, subject = v.subject,
        due_date = v.due_date, path = v.path, via = v.via,
        first_day = CASE WHEN v.reopened THEN ${ctx.today}::date ELSE n.first_day END,
        last_sent_day = CASE WHEN v.reopened THEN NULL ELSE n.last_sent_day END,
        times_sent = CASE WHEN v.reopened THEN 0 ELSE n.times_sent END,
        read_at = CASE WHEN v.reopened THEN NULL ELSE n.read_at END,
        resolved_at = NULL
      FROM unnest(
        ${col((u) => u.id)}::uuid[], ${col((u) => u.item.kind)}::text[], ${col((u) => u.item.category)}::text[],
        ${col((u) => u.item.initiativeId)}::uuid[], ${col((u) => u.item.subject)}::text[], ${col((u) => u.item.date)}::date[],
        ${col((u) => u.item.path)}::text[], ${col((u) => u.item.via)}::text[], ${col((u) => u.reopened)}::boolean[]
      ) AS v(id, kind, category, initiative_id, subject, due_date, path, via, reopened)
      WHERE n.id = v.id AND n.user_id = ${userId}::uuid`;
  }
  const keySet = new Set(keys);
  const gone = rows.filter((r) => r.resolvedAt === null && !keySet.has(r.key)).map((r) => r.id);
  if (gone.length) await tx.notification.updateMany({ where: { id: { in: gone } }, data: { resolvedAt: opts.now } });

  const mail = planned.filter((i) => !i.hold);
  let queued = false;
  let already = false;
  if (mail.length) {
    const locale = ctx.locales.get(userId) ?? "de";
    const input = { locale, name: digest.recipient.name, day: ctx.today, items: mail.map((i): DigestEntry => i), appUrl: opts.appUrl, site: ctx.site };
    const composed = opts.compose ? opts.compose({ ...input, userId }) : composeDigest(input);
    const queuedMail = await enqueueMail(
      tx,
      { userId, to: digest.recipient.email.trim(), locale, kind: "DIGEST", digestDay: ctx.today, subject: composed.subject, text: composed.text, html: composed.html, itemKeys: mail.map((i) => i.key) },
      { smtp: opts.smtp, now: opts.now },
    );
    // Today's digest already went out (items that appeared since wait for tomorrow): mark nothing as sent.
    if (queuedMail.created) {
      await tx.notification.updateMany({ where: { userId, key: { in: mail.map((i) => i.key) } }, data: { lastSentDay: day, timesSent: { increment: 1 } } });
      queued = true;
    } else already = true;
  }
  return { planned, mailed: queued ? mail.length : 0, queued, already, resolved: gone.length };
}

/** The real run: every recipient in its own transaction; one failing recipient does not stop the others, but fails the job. */
export async function runReminders(db: Db, opts: ReminderOptions): Promise<ReminderResult> {
  const ctx = await prepare(db, opts);
  const recipientIds = ctx.digests.map((d) => d.recipient.userId);
  // People who get nothing today: whatever they still had open is done.
  const { count: resolvedElsewhere } = await db.notification.updateMany({
    where: { resolvedAt: null, ...(recipientIds.length ? { userId: { notIn: recipientIds } } : {}) },
    data: { resolvedAt: opts.now },
  });
  const result: ReminderResult = {
    today: ctx.today,
    recipients: ctx.digests.length,
    items: 0,
    digestsQueued: 0,
    itemsMailed: 0,
    alreadySent: 0,
    resolved: resolvedElsewhere,
    failed: [],
    summary: "",
  };
  const planned: PlannedItem[][] = [];
  for (const digest of ctx.digests) {
    try {
      const r = await db.$transaction((tx) => deliverOne(tx, digest, ctx, opts), { timeout: 120_000, maxWait: 10_000 });
      planned.push(r.planned);
      result.items += r.planned.length;
      result.itemsMailed += r.mailed;
      result.resolved += r.resolved;
      if (r.queued) result.digestsQueued++;
      if (r.already) result.alreadySent++;
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      log.error("reminder digest failed", { userId: digest.recipient.userId, error });
      result.failed.push({ email: digest.recipient.email, error });
    }
  }
  result.summary =
    `${ctx.today}: queued ${result.digestsQueued} digests with ${result.itemsMailed} items (${opts.smtp ? "SMTP" : "outbox"}); ` +
    `${result.recipients} recipients with ${result.items} items; ${countHolds(planned)}; ` +
    `already sent today ${result.alreadySent}; resolved ${result.resolved}${skipped(ctx)}` +
    (result.failed.length ? `; FAILED for ${result.failed.map((f) => `${f.email} (${f.error})`).join(", ")}` : "");
  return result;
}
