// The own notification settings and the "marked read when opened" action, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { demoActors, useTestDatabase } from "@/tests/db";
import { markNotificationReadAction, updateNotificationPreferencesAction } from "./mutations";
import { countUnread, listOwnNotifications, ownNotificationSettings } from "./queries";

let t: TestDatabase;
let lead: Actor;
let viewer: Actor;

beforeAll(async () => {
  t = await useTestDatabase("demo");
  ({ lead, viewer } = await demoActors(t));
});

describe("notification preferences", () => {
  it("start as daily in German, are saved per category with the e-mail language, and audited", async () => {
    expect(await ownNotificationSettings(t.prisma, lead)).toEqual({
      preferences: { MILESTONES: "DAILY", KPIS: "DAILY", REPORTS: "DAILY", STALE: "DAILY", FOLLOWING: "DAILY" },
      locale: "de",
    });
    const input = { MILESTONES: "WEEKLY", KPIS: "OFF", REPORTS: "DAILY", STALE: "OFF", FOLLOWING: "WEEKLY", locale: "en" };
    const r = await updateNotificationPreferencesAction.execute(lead, input, { db: t.prisma });
    expect(r.ok).toBe(true);
    expect(await ownNotificationSettings(t.prisma, lead)).toEqual({
      preferences: { MILESTONES: "WEEKLY", KPIS: "OFF", REPORTS: "DAILY", STALE: "OFF", FOLLOWING: "WEEKLY" },
      locale: "en",
    });
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "notificationPrefs.update", entityId: lead.id } });
    expect(event.after).toMatchObject({ MILESTONES: "WEEKLY", locale: "en" });
    // Saving the same again changes nothing and leaves no second event.
    expect((await updateNotificationPreferencesAction.execute(lead, input, { db: t.prisma })).ok).toBe(true);
    expect(await t.prisma.auditEvent.count({ where: { action: "notificationPrefs.update", entityId: lead.id } })).toBe(1);
  });

  it("rejects unknown frequencies and languages", async () => {
    const r = await updateNotificationPreferencesAction.execute(lead, { MILESTONES: "HOURLY", KPIS: "OFF", REPORTS: "DAILY", STALE: "OFF", FOLLOWING: "WEEKLY", locale: "fr" }, { db: t.prisma });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(r.ok === false && Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["MILESTONES", "locale"]);
  });
});

describe("notification list", () => {
  it("lists the own open notifications newest first, counts unread, and marks one read when opened", async () => {
    const base = { kind: "milestoneOverdue", category: "MILESTONES" as const, path: "/app/initiatives/VER-02#milestones", via: "lead" };
    const ver02 = await t.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-02" } });
    const older = await t.prisma.notification.create({ data: { ...base, userId: lead.id, key: "a:1", subject: "Alt", initiativeId: ver02.id, firstDay: new Date("2026-11-20") } });
    const newer = await t.prisma.notification.create({ data: { ...base, userId: lead.id, key: "a:2", subject: "Neu", initiativeId: ver02.id, firstDay: new Date("2026-11-25") } });
    await t.prisma.notification.create({ data: { ...base, userId: lead.id, key: "a:3", subject: "Erledigt", firstDay: new Date("2026-11-24"), resolvedAt: new Date() } });
    await t.prisma.notification.create({ data: { ...base, userId: viewer.id, key: "a:1", subject: "Fremd", firstDay: new Date("2026-11-25") } });

    const list = await listOwnNotifications(t.prisma, lead);
    expect(list.map((n) => n.subject)).toEqual(["Neu", "Alt"]);
    expect(list[0]).toMatchObject({ unread: true, initiative: { code: "VER-02" }, firstDay: "2026-11-25" });
    expect(await countUnread(t.prisma, lead)).toBe(2);

    const r = await markNotificationReadAction.execute(lead, { id: older.id }, { db: t.prisma });
    expect(r).toEqual({ ok: true, data: { path: "/app/initiatives/VER-02#milestones" } });
    expect(await countUnread(t.prisma, lead)).toBe(1);
    expect((await listOwnNotifications(t.prisma, lead)).find((n) => n.id === older.id)?.unread).toBe(false);
    // Someone else's notification: refused, and it stays unread.
    expect(await markNotificationReadAction.execute(viewer, { id: newer.id }, { db: t.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countUnread(t.prisma, lead)).toBe(1);
  });
});
