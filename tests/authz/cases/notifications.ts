// Matrix rows for the own notifications: reminder preferences and marking a notification read.
// Everyone acts on their own rows only; nobody, not even an admin, marks another's notification.
import type { Db } from "@/lib/db/client";
import { markNotificationReadAction, updateNotificationPreferencesAction } from "@/lib/notifications/mutations";
import { everyoneOnOwnAccount, ownRowsOnly, uniq, type Case } from "./shared";

async function scratchNotification(db: Db, userId: string) {
  const notification = await db.notification.create({
    data: { userId, key: `matrix:${uniq()}`, kind: "milestoneOverdue", category: "MILESTONES", subject: "Matrix", path: "/app", via: "lead", firstDay: new Date("2026-11-25") },
  });
  return notification.id;
}

export const CASES: Case[] = [
  {
    // An injected userId is ignored: the preferences are always the caller's.
    action: updateNotificationPreferencesAction as Case["action"],
    input: async (f) => ({ userId: f.actors.admin.id, MILESTONES: "WEEKLY", KPIS: "DAILY", REPORTS: "OFF", STALE: "DAILY", FOLLOWING: "WEEKLY", locale: "en" }),
    expect: everyoneOnOwnAccount,
  },
  ownRowsOnly(markNotificationReadAction as Case["action"], scratchNotification, everyoneOnOwnAccount),
];
