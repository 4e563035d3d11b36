// The own notification settings and the "marked read when opened" action, against a real database.
import { describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { markNotificationReadAction, updateNotificationPreferencesAction } from "./mutations";
import { countUnread, listOwnNotifications, ownNotificationSettings } from "./queries";

const demo = demoFixture();

describe("notification preferences", () => {
  it("start as daily in German, are saved per category with the e-mail language, and audited", async () => {
    expect(await ownNotificationSettings(demo.prisma, demo.lead)).toEqual({
      preferences: { MILESTONES: "DAILY", KPIS: "DAILY", REPORTS: "DAILY", STALE: "DAILY", FOLLOWING: "DAILY" },
      locale: "de",
    });
    const input = { MILESTONES: "WEEKLY", KPIS: "OFF", REPORTS: "DAILY", STALE: "OFF", FOLLOWING: "WEEKLY", locale: "en" };
    const r = await updateNotificationPreferencesAction.execute(demo.lead, input, { db: demo.prisma });
    expect(r.ok).toBe(true);
    expect(await ownNotificationSettings(demo.prisma, demo.lead)).toEqual({
      preferences: { MILESTONES: "WEEKLY", KPIS: "OFF", REPORTS: "DAILY", STALE: "OFF", FOLLOWING: "WEEKLY" },
      locale: "en",
    });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "notificationPrefs.update", entityId: demo.lead.id } });
    expect(event.after).toMatchObject({ MILESTONES: "WEEKLY", locale: "en" });
    // Saving the same again changes nothing and leaves no second event.
    expect((await updateNotificationPreferencesAction.execute(demo.lead, input, { db: demo.prisma })).ok).toBe(true);
    expect(await demo.prisma.auditEvent.count({ where: { action: "notificationPrefs.update", entityId: demo.lead.id } })).toBe(1);
  });

  it("rejects unknown frequencies and languages", async () => {
    const r = await updateNotificationPreferencesAction.execute(demo.lead, { MILESTONES: "HOURLY", KPIS: "OFF", REPORTS: "DAILY", STALE: "OFF", FOLLOWING: "WEEKLY", locale: "fr" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(r.ok === false && Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["MILESTONES", "locale"]);
  });
});

describe("notification list", () => {
  it("lists the own open notifications newest first, counts unread, and marks one read when opened", async () => {
    const base = { kind: "milestoneOverdue", category: "MILESTONES" as const, path: "/app/initiatives/VER-02#milestones", via: "lead" };
    const ver02 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-02" } });
    const older = await demo.prisma.notification.create({ data: { ...base, userId: demo.lead.id, key: "a:1", subject: "Alt", initiativeId: ver02.id, firstDay: new Date("2026-11-20") } });
    const newer = await demo.prisma.notification.create({ data: { ...base, userId: demo.lead.id, key: "a:2", subject: "Neu", initiativeId: ver02.id, firstDay: new Date("2026-11-25") } });
    await demo.prisma.notification.create({ data: { ...base, userId: demo.lead.id, key: "a:3", subject: "Erledigt", firstDay: new Date("2026-11-24"), resolvedAt: new Date() } });
    await demo.prisma.notification.create({ data: { ...base, userId: demo.viewer.id, key: "a:1", subject: "Fremd", firstDay: new Date("2026-11-25") } });

    const list = await listOwnNotifications(demo.prisma, demo.lead);
    expect(list.map((n) => n.subject)).toEqual(["Neu", "Alt"]);
    expect(list[0]).toMatchObject({ unread: true, initiative: { code: "VER-02" }, firstDay: "2026-11-25" });
    expect(await countUnread(demo.prisma, demo.lead)).toBe(2);

    const r = await markNotificationReadAction.execute(demo.lead, { id: older.id }, { db: demo.prisma });
    expect(r).toEqual({ ok: true, data: { path: "/app/initiatives/VER-02#milestones" } });
    expect(await countUnread(demo.prisma, demo.lead)).toBe(1);
    expect((await listOwnNotifications(demo.prisma, demo.lead)).find((n) => n.id === older.id)?.unread).toBe(false);
    // Someone else's notification: refused, and it stays unread.
    expect(await markNotificationReadAction.execute(demo.viewer, { id: newer.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countUnread(demo.prisma, demo.lead)).toBe(1);
  });
});
