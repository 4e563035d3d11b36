// THE list of scheduled jobs: name, when (cron in the city's time zone), what, and the code, which
// both runners call (lib/jobs/queue.ts on PostgreSQL through pg-boss, lib/jobs/embedded-runner.ts
// in-process on the embedded database) and `npm run jobs` runs by hand. A job returns a one-line
// summary; with `dryRun` it reports what it would do and changes nothing.
import { countPrunableLoginAttempts, pruneLoginAttempts } from "@/lib/auth/login-throttle";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { staleAfterDays } from "@/lib/initiatives/freshness";
import { deliverQueuedMail } from "@/lib/mail/deliver";
import { countPrunableSessions, pruneSessions, SESSION_RETENTION_DAYS } from "@/lib/sessions/store";
import { appTransport } from "@/lib/mail/transport";
import { countExpiredFeedback, deleteExpiredFeedbackData } from "@/lib/feedback/retention";
import { prunePublicRateHits } from "@/lib/security/public-forms";
import { countUnconfirmedSubscriptions, pruneUnconfirmedSubscriptions } from "@/lib/subscriptions/retention";
import { dryRunReminders, notifyHour, runReminders, smtpConfigured } from "@/lib/notifications/digest";

export type JobContext = {
  db: Db;
  /** The instant the run stands for; runners pass the real clock, tests a fixed one. */
  now: Date;
  dryRun: boolean;
};

export type JobDefinition = {
  name: string;
  /** Five-field cron, read in the city's time zone (TZ_CITY). */
  cron: string;
  description: string;
  /** False: not scheduled (yet), only run by hand. */
  scheduled?: boolean;
  /** A one-line summary; `idle: true` when there was nothing to do (such runs are not audited). */
  run: (ctx: JobContext) => Promise<string | { summary: string; idle: boolean }>;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** Login attempts are kept this long for the audit of sign-in trouble, then pruned. */
export const LOGIN_ATTEMPT_RETENTION_DAYS = 30;

/** Every minute: hands recorded mails to SMTP, retries failed ones with backoff (lib/mail/deliver.ts). */
export const SEND_MAIL_JOB: JobDefinition = {
  name: "send-mail",
  cron: "* * * * *",
  description: "Sends recorded mails over SMTP (SMTP_URL), retries failed sends with backoff, marks undeliverable ones; without SMTP_URL mails stay in the outbox.",
  run: async ({ db, now, dryRun }) => {
    const transport = appTransport();
    if (!transport) return { summary: "no SMTP_URL: mails are kept in the outbox", idle: true };
    if (dryRun) {
      const due = await db.mailMessage.count({ where: { status: "QUEUED", nextAttemptAt: { lte: now } } });
      return `would send ${due} mails`;
    }
    const c = await deliverQueuedMail(db, { now, transport });
    return { summary: `sent ${c.sent}, retrying ${c.retrying}, undeliverable ${c.failed}`, idle: c.sent + c.retrying + c.failed === 0 };
  },
};

export const JOBS: readonly JobDefinition[] = [
  SEND_MAIL_JOB,
  {
    name: "prune-login-attempts",
    cron: "15 3 * * *",
    description: `Deletes login attempts older than ${LOGIN_ATTEMPT_RETENTION_DAYS} days (never inside a running sign-in limit).`,
    run: async ({ db, now, dryRun }) => {
      const olderThan = new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_DAYS * DAY_MS);
      if (dryRun) return `would delete ${await countPrunableLoginAttempts(db, olderThan, now)} login attempts`;
      return `deleted ${await pruneLoginAttempts(db, olderThan, now)} login attempts`;
    },
  },
  {
    name: "prune-sessions",
    cron: "25 3 * * *",
    description: `Deletes sign-in sessions that ended (signed out, ended, expired) more than ${SESSION_RETENTION_DAYS} days ago.`,
    run: async ({ db, now, dryRun }) => {
      const olderThan = new Date(now.getTime() - SESSION_RETENTION_DAYS * DAY_MS);
      if (dryRun) return `would delete ${await countPrunableSessions(db, olderThan)} sessions`;
      const deleted = await pruneSessions(db, olderThan);
      return { summary: `deleted ${deleted} sessions`, idle: deleted === 0 };
    },
  },
  {
    // Citizens' personal data in feedback (issue 20): names, e-mails and address hashes after
    // FEEDBACK_RETENTION_DAYS; with them the rate-limit hits (a day) and unconfirmed subscriptions.
    name: "feedback-retention",
    cron: "35 3 * * *",
    scheduled: true,
    description: "Deletes the name, e-mail address and address hash of citizens' feedback older than FEEDBACK_RETENTION_DAYS (default 180) and discarded feedback altogether; prunes the public forms' rate-limit hits (after a day) and e-mail subscriptions never confirmed (after 7 days).",
    run: async ({ db, now, dryRun }) => {
      const days = env().feedbackRetentionDays;
      if (dryRun) {
        const c = await countExpiredFeedback(db, now, days);
        return `would delete the personal data of ${c.personal} feedback, ${c.discarded} discarded feedback and ${await countUnconfirmedSubscriptions(db, now)} unconfirmed subscriptions`;
      }
      const c = await deleteExpiredFeedbackData(db, now, days);
      const hits = await prunePublicRateHits(db, now);
      const subs = await pruneUnconfirmedSubscriptions(db, now);
      return { summary: `deleted the personal data of ${c.personal} feedback, ${c.discarded} discarded feedback, ${subs} unconfirmed subscriptions, ${hits} rate-limit hits`, idle: c.personal + c.discarded + subs + hits === 0 };
    },
  },
  {
    // Today's due items → each recipient's notifications (the bell) and at most one digest a day,
    // throttled and by their preferences (lib/notifications/digest.ts).
    name: "reminders",
    cron: `0 ${notifyHour()} * * *`,
    scheduled: true,
    description: "Milestones overdue or due within 14 days, KPI values due, stale initiatives, status reports due, returned, approved or waiting for approval — notifications and one e-mail digest per recipient (lead → department head → admin; approvals: department head → admin), throttled (day 1, day 7, every 30 days) and by each user's preferences.",
    run: async ({ db, now, dryRun }) => {
      const opts = { now, staleAfterDays: staleAfterDays(), appUrl: env().appUrl, smtp: smtpConfigured() };
      if (dryRun) return dryRunReminders(db, opts);
      const result = await runReminders(db, opts);
      if (result.failed.length) throw new Error(result.summary);
      return result.summary;
    },
  },
];

export function jobByName(name: string): JobDefinition | undefined {
  return JOBS.find((j) => j.name === name);
}
