// Subscriptions never confirmed are deleted once their confirmation link has expired (with their
// address): run by the feedback-retention job (lib/jobs/definitions.ts).
import type { Db } from "@/lib/db/client";
import { CONFIRM_VALID_MS } from "./tokens";

const unconfirmed = (now: Date) => ({ confirmedAt: null, createdAt: { lt: new Date(now.getTime() - CONFIRM_VALID_MS) } });

export function countUnconfirmedSubscriptions(db: Db, now: Date): Promise<number> {
  return db.emailSubscription.count({ where: unconfirmed(now) });
}

export async function pruneUnconfirmedSubscriptions(db: Db, now: Date): Promise<number> {
  const { count } = await db.emailSubscription.deleteMany({ where: unconfirmed(now) });
  return count;
}
