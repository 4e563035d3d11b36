// The one way the app sends mail: a message is first recorded in `mail_messages` (in the caller's
// transaction, so a digest and the notifications it carries commit together), then delivered by
// the mail job (lib/mail/deliver.ts). Without SMTP_URL a message is kept as OUTBOX for admins to
// read at /app/admin/outbox. A digest is unique per user and city day: enqueueing it again (a
// rerun, a restart mid-run) returns the existing row instead of a second mail.
import type { Tx } from "@/lib/db/client";
import type { MailKind } from "@/lib/generated/prisma/enums";

export type OutgoingMail = {
  userId: string | null;
  to: string;
  locale: "de" | "en";
  kind: MailKind;
  /** Digests: the city day (YYYY-MM-DD) the digest stands for. */
  digestDay?: string;
  subject: string;
  text: string;
  html: string;
  /** Digests: the notification keys carried. */
  itemKeys?: string[];
};

export type EnqueuedMail = { id: string; created: boolean };

/** Records `mail` as QUEUED (SMTP configured) or OUTBOX (no SMTP_URL); idempotent for digests. */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, opts: { smtp: boolean; now: Date }): Promise<EnqueuedMail> {
  const digestDay = mail.digestDay ? new Date(`${mail.digestDay}T00:00:00Z`) : null;
  if (mail.kind === "DIGEST") {
    if (!digestDay || !mail.userId) throw new Error("a digest needs its user and its day");
    const existing = await tx.mailMessage.findUnique({
      where: { userId_kind_digestDay: { userId: mail.userId, kind: "DIGEST", digestDay } },
      select: { id: true },
    });
    if (existing) return { id: existing.id, created: false };
  }
  const row = await tx.mailMessage.create({
    data: {
      userId: mail.userId,
      toAddress: mail.to,
      locale: mail.locale,
      kind: mail.kind,
      digestDay,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      itemKeys: mail.itemKeys ?? [],
      status: opts.smtp ? "QUEUED" : "OUTBOX",
      nextAttemptAt: opts.smtp ? opts.now : null,
    },
    select: { id: true },
  });
  return { id: row.id, created: true };
}
