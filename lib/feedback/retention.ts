// Retention of citizens' personal data in feedback (issue 20, item 2): after
// FEEDBACK_RETENTION_DAYS the name, the e-mail address and the address hash are deleted (the
// question and a published answer stay; a published question then shows no name), discarded
// feedback is deleted altogether. Run daily by the feedback-retention job (lib/jobs/definitions.ts),
// which also prunes the rate-limit hits and unconfirmed e-mail subscriptions.
import type { Db } from "@/lib/db/client";

const DAY_MS = 24 * 60 * 60 * 1000;

function cutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export async function countExpiredFeedback(db: Db, now: Date, retentionDays: number) {
  const before = cutoff(now, retentionDays);
  const [personal, discarded] = await Promise.all([
    db.feedback.count({ where: { createdAt: { lt: before }, personalDataDeletedAt: null, status: { not: "DISCARDED" } } }),
    db.feedback.count({ where: { createdAt: { lt: before }, status: "DISCARDED" } }),
  ]);
  return { personal, discarded };
}

export async function deleteExpiredFeedbackData(db: Db, now: Date, retentionDays: number): Promise<{ personal: number; discarded: number }> {
  const before = cutoff(now, retentionDays);
  return db.$transaction(async (tx) => {
    const discarded = await tx.feedback.deleteMany({ where: { createdAt: { lt: before }, status: "DISCARDED" } });
    const personal = await tx.feedback.updateMany({
      where: { createdAt: { lt: before }, personalDataDeletedAt: null },
      data: { name: null, email: null, addressHash: null, showName: false, personalDataDeletedAt: now },
    });
    return { personal: personal.count, discarded: discarded.count };
  });
}
