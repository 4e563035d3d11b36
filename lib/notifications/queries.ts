// Reads of the signed-in user's own notifications: the list (unresolved, newest first, with the
// initiative named) and the bell's unread count — each a constant number of queries, scoped by the
// viewer's id (never by an id from the request).
import type { Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { loadPreferences, type Preferences } from "./preferences";

/** The list shows at most this many; older open items stay in the database and come back as newer ones are resolved. */
export const LIST_LIMIT = 200;

export type NotificationRow = {
  id: string;
  kind: string;
  subject: string;
  dueDate: string | null;
  path: string;
  via: string;
  firstDay: string;
  unread: boolean;
  initiative: { code: string; title: string } | null;
};

export async function listOwnNotifications(db: Db, viewer: Pick<Actor, "id">): Promise<NotificationRow[]> {
  const rows = await db.notification.findMany({
    where: { userId: viewer.id, resolvedAt: null },
    orderBy: [{ firstDay: "desc" }, { createdAt: "desc" }, { key: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, kind: true, subject: true, dueDate: true, path: true, via: true, firstDay: true, readAt: true, initiativeId: true },
  });
  const ids = [...new Set(rows.map((r) => r.initiativeId).filter((id): id is string => !!id))];
  const initiatives = ids.length ? await db.initiative.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, title: true } }) : [];
  const byId = new Map(initiatives.map((i) => [i.id, { code: i.code, title: i.title }]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    dueDate: r.dueDate ? isoDate(r.dueDate) : null,
    path: r.path,
    via: r.via,
    firstDay: isoDate(r.firstDay),
    unread: r.readAt === null,
    initiative: r.initiativeId ? (byId.get(r.initiativeId) ?? null) : null,
  }));
}

/** The bell's number: open notifications not yet opened. One query. */
export function countUnread(db: Db, viewer: Pick<Actor, "id">): Promise<number> {
  return db.notification.count({ where: { userId: viewer.id, resolvedAt: null, readAt: null } });
}

export async function ownNotificationSettings(db: Db, viewer: Pick<Actor, "id">): Promise<{ preferences: Preferences; locale: "de" | "en" }> {
  const [prefs, user] = await Promise.all([
    loadPreferences(db, [viewer.id]),
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { locale: true } }),
  ]);
  return { preferences: prefs.get(viewer.id)!, locale: user.locale === "en" ? "en" : "de" };
}
