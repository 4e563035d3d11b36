// Delivers recorded mails (status QUEUED) over SMTP: the mail job calls this every minute. Rows are
// claimed with FOR UPDATE SKIP LOCKED and a lease, so two instances (or two runs) never send the
// same mail; a process that dies mid-send leaves the lease to expire and the mail is tried again.
// A failed send is retried with backoff (1 min, 5 min, 30 min, 2 h, 12 h) and then marked FAILED,
// which admins see in the outbox and on their start page. Each mail carries a Message-ID derived
// from its row, so a receiving server can tell a retry of the same mail from a second one.
import type { Db } from "@/lib/db/client";
import { readCityBrand } from "@/lib/branding/queries";
import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry";
import { log } from "@/lib/log";
import type { MailTransport } from "./transport";

export const RETRY_MINUTES = [1, 5, 30, 120, 720] as const;
/** The first try plus one per backoff step. */
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/** How long a claimed mail is held before another run may take it (a send takes seconds). */
const LEASE_MS = 10 * 60 * 1000;

export type DeliveryCounts = { sent: number; retrying: number; failed: number };

/** One-time links in invitation and reset mails are removed from the stored copy once the mail is out. */
export function redactSecrets(body: string): string {
  return body
    .replace(/\/reset-password\/[A-Za-z0-9_-]{16,}/g, "/reset-password/…")
    // Confirmation and unsubscribe links of citizens' e-mail subscriptions (lib/subscriptions).
    .replace(/(\/subscriptions\/(?:confirm|unsubscribe)\?token=)[A-Za-z0-9._%-]{16,}/g, "$1…");
}

export function messageIdFor(id: string): string {
  return `<${id}@${new URL(env().appUrl).hostname}>`;
}

/**
 * The sender: MAIL_FROM when set; otherwise the city's site title (a new city: "Masterplan
 * Monitor") as the display name, quoted as RFC 5322 asks, at the default address.
 */
export async function senderFor(db: Db): Promise<string> {
  const e = env();
  if (!e.mailFromIsDefault) return e.mailFrom;
  const address = /<([^>]+)>/.exec(e.mailFrom)?.[1] ?? e.mailFrom;
  const name = (await readCityBrand(db)).siteTitle.replace(/[\\"\r\n]/g, "");
  return `"${name}" <${address}>`;
}

export async function deliverQueuedMail(db: Db, opts: { now: Date; transport: MailTransport; from?: string; limit?: number }): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retrying: 0, failed: 0 };
  const from = opts.from ?? (await senderFor(db));
  const leaseUntil = new Date(opts.now.getTime() + LEASE_MS);
  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM mail_messages
      WHERE status = 'QUEUED' AND next_attempt_at <= ${opts.now}
      ORDER BY next_attempt_at, id
      LIMIT ${opts.limit ?? 50}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.mailMessage.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: leaseUntil, attempts: { increment: 1 } } });
    return tx.mailMessage.findMany({
      where: { id: { in: ids } },
      select: { id: true, toAddress: true, subject: true, textBody: true, htmlBody: true, attempts: true, kind: true, listUnsubscribe: true, subscription: { select: { email: true } } },
      orderBy: { id: "asc" },
    });
  });

  for (const mail of claimed) {
    try {
      // A citizen's subscription: the address lives with the subscription only (see MailMessage).
      const to = mail.subscription?.email ?? mail.toAddress;
      const unsubscribe = mail.listUnsubscribe ? { "List-Unsubscribe": `<${mail.listUnsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {};
      await opts.transport.sendMail({
        from,
        to,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        messageId: messageIdFor(mail.id),
        headers: { "Auto-Submitted": "auto-generated", ...unsubscribe },
      });
      await db.mailMessage.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: opts.now, nextAttemptAt: null, lastError: null, textBody: redactSecrets(mail.textBody), htmlBody: redactSecrets(mail.htmlBody) },
      });
      counts.sent++;
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      const last = mail.attempts >= MAX_ATTEMPTS;
      const retryAt = last ? null : new Date(opts.now.getTime() + RETRY_MINUTES[mail.attempts - 1]! * 60_000);
      await db.mailMessage.update({
        where: { id: mail.id },
        data: last
          ? { status: "FAILED", lastError: error, nextAttemptAt: null, textBody: redactSecrets(mail.textBody), htmlBody: redactSecrets(mail.htmlBody) }
          : { lastError: error, nextAttemptAt: retryAt },
      });
      log.warn(last ? "mail undeliverable" : "mail send failed, will retry", { mailId: mail.id, kind: mail.kind, attempts: mail.attempts, error });
      if (last) counts.failed++;
      else counts.retrying++;
    }
  }
  const sends = metrics().mailSends;
  for (const outcome of ["sent", "retrying", "failed"] as const) if (counts[outcome]) sends.inc({ outcome }, counts[outcome]);
  return counts;
}
