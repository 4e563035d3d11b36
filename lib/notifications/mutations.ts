// A user's own notifications: reminder preferences per category and the e-mail language, and
// marking a notification read when it is opened. Both act on the caller's own rows only.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { appNow } from "@/lib/dates";
import { CATEGORIES, loadPreferences } from "./preferences";
import { updateNotificationPreferencesInput } from "./schemas";

export { updateNotificationPreferencesInput };

export const updateNotificationPreferencesAction = defineAction({
  name: "notificationPrefs.update",
  input: updateNotificationPreferencesInput,
  permission: "notification.manageOwn",
  load: async (tx, _input, actor) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { id: true, locale: true } });
    return user ? { ...user, ownerId: user.id } : null;
  },
  run: async ({ tx, input, resource: user, audit, unchanged }) => {
    const before = { ...(await loadPreferences(tx, [user.id])).get(user.id)!, locale: user.locale };
    const after = { ...Object.fromEntries(CATEGORIES.map((c) => [c, input[c]])), locale: input.locale };
    if (CATEGORIES.every((c) => before[c] === input[c]) && before.locale === input.locale) {
      unchanged();
      return after;
    }
    for (const category of CATEGORIES) {
      await tx.notificationPreference.upsert({
        where: { userId_category: { userId: user.id, category } },
        create: { userId: user.id, category, frequency: input[category] },
        update: { frequency: input[category] },
      });
    }
    if (user.locale !== input.locale) await tx.user.update({ where: { id: user.id }, data: { locale: input.locale, version: { increment: 1 } } });
    audit({ action: "notificationPrefs.update", entityType: "User", entityId: user.id, before, after });
    return after;
  },
});

export const markNotificationReadInput = z.object({ id: z.uuid() });

/** "Marked read when opened": the list's links call this, then go to the item's page. */
export const markNotificationReadAction = defineAction({
  name: "notification.markRead",
  input: markNotificationReadInput,
  permission: "notification.manageOwn",
  load: async (tx, input) => {
    const n = await tx.notification.findUnique({ where: { id: input.id }, select: { id: true, userId: true, path: true, readAt: true } });
    return n ? { ...n, ownerId: n.userId } : null;
  },
  run: async ({ tx, resource: n, audit, unchanged }) => {
    if (n.readAt) {
      unchanged();
      return { path: n.path };
    }
    await tx.notification.update({ where: { id: n.id }, data: { readAt: appNow() } });
    audit({ action: "notification.markRead", entityType: "Notification", entityId: n.id });
    return { path: n.path };
  },
});
