// Followers hear of health changes, forecast moves and approved reports on the initiatives they
// follow — by others, since their last visit — in the app and in their digest (fixed clock; the
// test's events come after everything the demo recorded).
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { runReminders } from "./digest";
import { loadFollowDigests } from "./follows";

const NOW = new Date("2026-11-25T10:00:00Z");
const SEEN = new Date("2026-11-27T08:00:00Z");

async function setUp(prisma: Db) {
  const follower = await prisma.user.findFirstOrThrow({ where: { role: "COUNCIL_MEMBER", active: true }, orderBy: { email: "asc" } });
  const other = await prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  const initiative = await prisma.initiative.findFirstOrThrow({ where: { code: "MOB-03" } });
  // Only this test's follow: the demo's council member follows three initiatives with news of their own.
  await prisma.initiativeFollow.deleteMany({ where: { userId: follower.id } });
  await prisma.initiativeFollow.create({ data: { userId: follower.id, initiativeId: initiative.id, seenAt: SEEN } });
  const event = (action: string, actorId: string, at: Date, extra: object = {}) =>
    prisma.auditEvent.create({ data: { action, entityType: "Test", actorId, initiativeId: initiative.id, at, ...extra } });
  return { follower, other, initiative, event };
}

describe("followed initiatives", () => {
  it("reports news by others since the last visit, once per initiative, and nothing else", async () => {
    const { prisma } = await useTestDatabase("demo");
    const { follower, other, initiative, event } = await setUp(prisma);
    await event("milestone.moveForecast", other.id, new Date("2026-11-19T08:00:00Z")); // before the visit
    await event("milestone.moveForecast", follower.id, new Date("2026-11-28T08:00:00Z")); // their own
    await event("initiative.update", other.id, new Date("2026-11-29T08:00:00Z"), { before: { title: "a" }, after: { title: "b" } }); // no health change
    expect((await loadFollowDigests(prisma)).find((d) => d.recipient.userId === follower.id)).toBeUndefined();

    await event("milestone.moveForecast", other.id, new Date("2026-11-30T08:00:00Z"));
    await event("initiative.update", other.id, new Date("2026-12-01T08:00:00Z"), { before: { health: "ON_TRACK" }, after: { health: "AT_RISK" } });
    const digest = (await loadFollowDigests(prisma)).find((d) => d.recipient.userId === follower.id)!;
    expect(digest.items).toHaveLength(1);
    expect(digest.items[0]).toMatchObject({ kind: "followedChanged", initiativeId: initiative.id, via: "follower", note: "2", date: "2026-12-01" });

    // Opening the page (seenAt moves) ends the news; a deactivated follower gets nothing.
    await prisma.initiativeFollow.update({ where: { userId_initiativeId: { userId: follower.id, initiativeId: initiative.id } }, data: { seenAt: new Date("2026-12-01T09:00:00Z") } });
    expect((await loadFollowDigests(prisma)).find((d) => d.recipient.userId === follower.id)).toBeUndefined();
    await event("statusReport.approve", other.id, new Date("2026-12-01T10:00:00Z"));
    await prisma.user.update({ where: { id: follower.id }, data: { active: false } });
    expect((await loadFollowDigests(prisma)).find((d) => d.recipient.userId === follower.id)).toBeUndefined();
  });

  it("puts the news in the follower's notifications and digest, with why", async () => {
    const { prisma } = await useTestDatabase("demo");
    const { follower, other, event } = await setUp(prisma);
    await event("statusReport.approve", other.id, new Date("2026-11-30T08:00:00Z"));
    await runReminders(prisma, { now: NOW, timeZone: "Europe/Berlin", staleAfterDays: 90, appUrl: "https://masterplan.example", smtp: false });
    const notes = await prisma.notification.findMany({ where: { userId: follower.id } });
    expect(notes.map((n) => [n.kind, n.category, n.via])).toContainEqual(["followedChanged", "FOLLOWING", "follower"]);
    const mail = await prisma.mailMessage.findFirstOrThrow({ where: { userId: follower.id, kind: "DIGEST" } });
    expect(mail.textBody).toContain("MOB-03");
    expect(mail.textBody).toMatch(/weil Sie dem Vorhaben MOB-03 folgen/);
  });
});
