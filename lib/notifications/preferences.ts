// Who wants which reminders how often: each user chooses per category daily / weekly / off (a
// missing row means daily), stored in `notification_preferences`. Item kinds map onto categories
// by their name, so a kind added later (report, follow…) lands in a sensible category without a
// change here; a kind that names nothing known counts as MILESTONES.
import type { Db, Tx } from "@/lib/db/client";
import type { NotificationCategory, NotificationFrequency } from "@/lib/generated/prisma/enums";

export const CATEGORIES = ["MILESTONES", "KPIS", "REPORTS", "STALE", "FOLLOWING"] as const satisfies readonly NotificationCategory[];
export const FREQUENCIES = ["DAILY", "WEEKLY", "OFF"] as const satisfies readonly NotificationFrequency[];
export const DEFAULT_FREQUENCY: NotificationFrequency = "DAILY";

/** The category an item kind belongs to, read from its name; unknown kinds fall back to MILESTONES (the most common reminder). */
export function categoryOf(kind: string): NotificationCategory {
  const k = kind.toLowerCase();
  if (k.startsWith("follow")) return "FOLLOWING";
  if (k.includes("stale")) return "STALE";
  if (k.startsWith("kpi")) return "KPIS";
  // Citizens' feedback waiting for moderation is a decision like an approval.
  if (k.includes("report") || k.includes("approval") || k.startsWith("feedback")) return "REPORTS";
  return "MILESTONES";
}

export type Preferences = Record<NotificationCategory, NotificationFrequency>;

export function defaultPreferences(): Preferences {
  return Object.fromEntries(CATEGORIES.map((c) => [c, DEFAULT_FREQUENCY])) as Preferences;
}

/** Each user's preferences (defaults filled in), in one query. */
export async function loadPreferences(db: Db | Tx, userIds: string[]): Promise<Map<string, Preferences>> {
  const rows = userIds.length ? await db.notificationPreference.findMany({ where: { userId: { in: userIds } } }) : [];
  const map = new Map<string, Preferences>(userIds.map((id) => [id, defaultPreferences()]));
  for (const r of rows) map.get(r.userId)![r.category] = r.frequency;
  return map;
}
