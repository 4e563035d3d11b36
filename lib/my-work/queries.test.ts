// "My work" on the demo's fixed day (2026-11-25, FIXED_NOW): what a project lead, a department
// head and an admin see, that each sees only their own scope, that the number of statements does
// not grow with the data, and following an initiative with "what changed since the last visit".
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import { runJob } from "@/lib/jobs/run";
import { completeMilestoneAction } from "@/lib/milestones/status-mutations";
import { scratchInitiative, scratchReport } from "@/lib/reports/testing";
import { actorFor, demoFixture, useTestDatabase } from "@/tests/db";
import { followInitiativeAction, isFollowing, markFollowSeen, unfollowInitiativeAction } from "./follows";
import { getMyWork, type MyWork } from "./queries";

const NOW = new Date("2026-11-25T10:00:00Z");
const OPTS = { now: NOW, staleAfterDays: 90 };
const EMAILS = {
  lead: "projektleitung@demo.masterplan.example",
  head: "abteilungsleitung@demo.masterplan.example",
  admin: "admin@demo.masterplan.example",
  council: "rat@demo.masterplan.example",
  viewer: "betrachter@demo.masterplan.example",
  leadMob: "jan.oezdemir@demo.masterplan.example",
  headVerk: "thomas.brenner@demo.masterplan.example",
};

const demo = demoFixture();
const actors = {} as Record<keyof typeof EMAILS, Actor>;

beforeAll(async () => {
  for (const [key, email] of Object.entries(EMAILS)) actors[key as keyof typeof EMAILS] = await actorFor(demo.t, email);
});

const codesOf = (list: { initiative: { code: string } }[]) => new Set(list.map((i) => i.initiative.code));

async function ledCodes(userId: string) {
  return new Set((await demo.prisma.initiative.findMany({ where: { leads: { some: { userId } } }, select: { code: true } })).map((i) => i.code));
}

async function departmentCodes(departmentId: string) {
  return new Set((await demo.prisma.initiative.findMany({ where: { departmentId }, select: { code: true } })).map((i) => i.code));
}

describe("a project lead's work", () => {
  let work: MyWork;
  beforeAll(async () => {
    work = await getMyWork(demo.prisma, actors.lead, OPTS);
  });

  it("lists their initiatives with health and staleness, and nothing of a reviewer or admin", async () => {
    expect(work.lead).not.toBeNull();
    expect(work.oversight).toBeNull();
    expect(work.admin).toBeNull();
    const mine = await ledCodes(actors.lead.id);
    expect(work.lead!.initiatives.map((i) => i.code)).toEqual(expect.arrayContaining(["VER-01", "VER-02"]));
    expect(work.lead!.initiatives.every((i) => mine.has(i.code))).toBe(true);
    // Completed initiatives are no work any more.
    expect(work.lead!.initiatives.map((i) => i.code)).not.toContain("VER-04");
    expect(work.lead!.initiatives.find((i) => i.code === "VER-02")).toMatchObject({ health: "AT_RISK", stale: false });
  });

  it("shows the demo's overdue milestone (VER-02, never re-forecast) and those due within 30 days, all editable", () => {
    const items = work.lead!.milestones.items;
    expect(items.find((m) => m.initiative.code === "VER-02" && m.title === "Rollout in allen Fachbereichen")).toMatchObject({
      overdue: true,
      overdueDays: 13,
      forecastDate: "2026-11-12",
      editable: true,
    });
    expect(items.find((m) => m.initiative.code === "GES-01")).toMatchObject({ overdue: false, forecastDate: "2026-11-25" });
    expect(items.every((m) => m.overdue || (m.forecastDate >= "2026-11-25" && m.forecastDate <= "2026-12-25"))).toBe(true);
    expect(items.every((m) => m.editable)).toBe(true);
  });

  it("includes a milestone due on the 30th day and not one due on the 31st", async () => {
    const ver01 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    const make = (title: string, day: string) =>
      demo.prisma.milestone.create({ data: { initiativeId: ver01.id, title, sortOrder: 900, baselineDate: new Date(day), forecastDate: new Date(day) } });
    const [inside, outside] = [await make("Am dreißigsten Tag", "2026-12-25"), await make("Am einunddreißigsten Tag", "2026-12-26")];
    const titles = (await getMyWork(demo.prisma, actors.lead, OPTS)).lead!.milestones.items.map((m) => m.title);
    expect(titles).toContain(inside.title);
    expect(titles).not.toContain(outside.title);
    await demo.prisma.milestone.deleteMany({ where: { id: { in: [inside.id, outside.id] } } });
  });

  it("lists KPI values by their next-due date (frequency.ts): due on the period end, overdue after", async () => {
    const kpi = work.lead!.kpis.find((k) => k.name === "Verfügbarkeit der Plattform");
    expect(kpi).toMatchObject({ frequency: "MONTHLY", dueDate: "2026-11-30", due: false, initiative: { code: "INF-01" } });
    // The demo's VER-01 value for the third quarter was never entered: due since 30 September.
    expect(work.lead!.kpis.find((k) => k.initiative.code === "VER-01")).toMatchObject({ dueDate: "2026-09-30", due: true });
    const later = await getMyWork(demo.prisma, actors.lead, { ...OPTS, now: new Date("2026-12-31T10:00:00Z") });
    expect(later.lead!.kpis.find((k) => k.id === kpi!.id)).toMatchObject({ dueDate: "2026-11-30", due: true });
  });

  it("says where this quarter's report stands, with the reviewer's note on a returned one", () => {
    expect(work.period).toBe("2026-Q4");
    const byCode = new Map(work.lead!.reports.map((r) => [r.code, r]));
    expect(byCode.get("VER-02")).toMatchObject({ current: "RETURNED", reviewComment: expect.stringContaining("bitte kürzen") });
    expect(byCode.get("VER-01")).toMatchObject({ current: "DRAFT", reviewComment: null });
    expect(byCode.get("INF-01")).toMatchObject({ current: "APPROVED" });
  });

  it("does not show a lead of another department anything of DIGI", async () => {
    const mob = await getMyWork(demo.prisma, actors.leadMob, OPTS);
    const theirs = await ledCodes(actors.leadMob.id);
    expect(mob.lead!.initiatives.length).toBeGreaterThan(0);
    for (const code of [...mob.lead!.initiatives.map((i) => i.code), ...codesOf(mob.lead!.milestones.items), ...codesOf(mob.lead!.kpis), ...mob.lead!.reports.map((r) => r.code)]) {
      expect(theirs.has(code), code).toBe(true);
    }
    expect(codesOf(mob.lead!.milestones.items).has("VER-02")).toBe(false);
  });
});

describe("a department head's work", () => {
  it("lists their department's reports to approve (with the version to approve inline), stale initiatives and overdue milestones", async () => {
    const work = await getMyWork(demo.prisma, actors.head, OPTS);
    expect(work.lead).toBeNull();
    expect(work.admin).toBeNull();
    const o = work.oversight!;
    expect(o).toMatchObject({ allDepartments: false, departmentCode: "DIGI" });
    const digi = await departmentCodes(actors.head.departmentId!);
    expect(o.toReview.length).toBeGreaterThan(0);
    expect(o.toReview.every((r) => digi.has(r.initiative.code) && r.version >= 1)).toBe(true);
    expect(o.stale.items.map((i) => i.code)).toContain("VER-07");
    expect(o.stale.items.every((i) => digi.has(i.code) && i.stale)).toBe(true);
    expect(o.overdueMilestones.items.find((m) => m.title === "Rollout in allen Fachbereichen")).toMatchObject({ overdue: true, editable: true });
    expect(o.overdueMilestones.items.every((m) => m.overdue && digi.has(m.initiative.code))).toBe(true);
    expect(o.overdueMilestones.total).toBe(o.overdueMilestones.items.length);
  });

  it("lists initiatives whose report for the last quarter is missing: none, a draft or a returned one, but not a submitted one", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const head = await actorFor({ prisma: db }, EMAILS.head);
    const none = await scratchInitiative(db, { departmentId: head.departmentId!, leadIds: [actors.lead.id], title: "Ohne Bericht" });
    const draft = await scratchInitiative(db, { departmentId: head.departmentId!, leadIds: [actors.lead.id], title: "Mit Entwurf" });
    const submitted = await scratchInitiative(db, { departmentId: head.departmentId!, leadIds: [actors.lead.id], title: "Eingereicht" });
    const later = await scratchInitiative(db, { departmentId: head.departmentId!, leadIds: [actors.lead.id], title: "Erst seit Q4", actualStart: new Date("2026-10-01T00:00:00Z") });
    const foreign = await scratchInitiative(db, { departmentId: actors.headVerk.departmentId!, leadIds: [actors.leadMob.id], title: "Anderes Amt" });
    await scratchReport(db, draft.id, { state: "DRAFT", period: "2026-Q3" });
    await scratchReport(db, submitted.id, { state: "SUBMITTED", period: "2026-Q3" });

    const work = await getMyWork(db, head, OPTS);
    expect(work.lastPeriod).toBe("2026-Q3");
    const missing = new Map(work.oversight!.missingReports.items.map((i) => [i.code, i]));
    expect(missing.get(none.code)).toMatchObject({ state: null, departmentCode: "DIGI", leads: ["Julia Reinhardt"] });
    expect(missing.get(draft.code)).toMatchObject({ state: "DRAFT" });
    expect(missing.has(submitted.code)).toBe(false);
    expect(missing.has(later.code)).toBe(false);
    expect(missing.has(foreign.code)).toBe(false);
    // The other department's head sees theirs, not DIGI's.
    const verk = await getMyWork(db, await actorFor({ prisma: db }, EMAILS.headVerk), OPTS);
    const verkMissing = verk.oversight!.missingReports.items.map((i) => i.code);
    expect(verkMissing).toContain(foreign.code);
    expect(verkMissing).not.toContain(none.code);
    expect(verk.oversight!.toReview.every((r) => r.initiative.department.code === "VERK")).toBe(true);
    expect(verk.oversight!.overdueMilestones.items.every((m) => m.initiative.departmentCode === "VERK")).toBe(true);
  });
});

describe("an admin's work", () => {
  it("covers all departments and lists undeliverable mails and failed jobs", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const admin = await actorFor({ prisma: db }, EMAILS.admin);
    await db.mailMessage.create({
      data: { toAddress: "niemand@example.invalid", locale: "de", kind: "DIGEST", subject: "Ihre Erinnerungen", textBody: "…", htmlBody: "…", status: "FAILED", attempts: 5, lastError: "550 mailbox unavailable" },
    });
    await db.mailMessage.create({ data: { toAddress: "ok@example.invalid", locale: "de", kind: "DIGEST", subject: "Zugestellt", textBody: "…", htmlBody: "…", status: "SENT" } });
    await runJob(db, { name: "broken", cron: "0 3 * * *", description: "fails", run: async () => Promise.reject(new Error("disk full")) }, { now: NOW, trigger: "test" });

    const work = await getMyWork(db, admin, OPTS);
    const o = work.oversight!;
    expect(o.allDepartments).toBe(true);
    expect(o.departmentCode).toBeNull();
    expect(new Set(o.overdueMilestones.items.map((m) => m.initiative.departmentCode)).size).toBeGreaterThan(1);
    expect(o.stale.items.map((i) => i.code)).toEqual(expect.arrayContaining(["VER-07", "BIL-05"]));
    expect(new Set(o.toReview.map((r) => r.initiative.department.code)).size).toBeGreaterThan(1);
    expect(work.admin!.mails.items.map((m) => [m.toAddress, m.lastError])).toEqual([["niemand@example.invalid", "550 mailbox unavailable"]]);
    expect(work.admin!.mails.total).toBe(1);
    expect(work.admin!.jobs).toEqual([expect.objectContaining({ job: "broken", error: "disk full" })]);
  });

  it("shows council members and viewers only what they follow", async () => {
    for (const role of ["council", "viewer"] as const) {
      const work = await getMyWork(demo.prisma, actors[role], OPTS);
      expect(work).toMatchObject({ lead: null, oversight: null, admin: null });
    }
  });
});

describe("the number of statements", () => {
  it("does not grow with the portfolio, for any role", async () => {
    const database = await useTestDatabase("demo");
    const counting = countingClient(database.database.factory);
    try {
      const roles = ["lead", "head", "admin", "council"] as const;
      const me = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await actorFor({ prisma: counting }, EMAILS[r])] as const))) as Record<(typeof roles)[number], Actor>;
      await followInitiativeAction.execute(me.council, { initiativeId: (await counting.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id }, { db: counting });
      const counts = async () => {
        const out: Record<string, number> = {};
        for (const r of roles) out[r] = (await countQueries(counting, () => getMyWork(counting, me[r], OPTS))).count;
        return out;
      };
      const before = await counts();
      const followedBefore = (await getMyWork(counting, me.council, OPTS)).follows.length; // the demo's follows and VER-01

      // Twenty more initiatives in the lead's department, led by them, each with overdue and due
      // milestones, a due KPI, a submitted report, a missing one, and followed by the council member.
      for (let n = 0; n < 20; n++) {
        const i = await scratchInitiative(counting, { departmentId: me.lead.departmentId!, leadIds: [me.lead.id] });
        await counting.milestone.createMany({
          data: [
            { initiativeId: i.id, title: `Überfällig ${n}`, sortOrder: 1, baselineDate: new Date("2026-09-30"), forecastDate: new Date("2026-10-31") },
            { initiativeId: i.id, title: `Bald fällig ${n}`, sortOrder: 2, baselineDate: new Date("2026-12-10"), forecastDate: new Date("2026-12-10") },
          ],
        });
        await counting.kpi.create({
          data: { scope: "INITIATIVE", initiativeId: i.id, name: `Kennzahl ${n}`, unit: "Anzahl", frequency: "MONTHLY", baselineValue: 0, baselineDate: new Date("2026-01-31"), targetValue: 10, targetDate: new Date("2027-12-31") },
        });
        await scratchReport(counting, i.id, { state: "SUBMITTED", period: "2026-Q4" });
        await counting.initiativeFollow.create({ data: { userId: me.council.id, initiativeId: i.id, seenAt: new Date("2026-01-01T00:00:00Z") } });
      }
      const after = await counts();
      const work = await getMyWork(counting, me.lead, OPTS);
      expect(work.lead!.initiatives.length).toBeGreaterThan(20);
      expect(work.lead!.kpis.length).toBeGreaterThanOrEqual(20);
      expect((await getMyWork(counting, me.council, OPTS)).follows.length).toBe(followedBefore + 20);
      expect(after).toEqual(before);
    } finally {
      await counting.$disconnect();
    }
  });
});

describe("following an initiative", () => {
  it("lists the changes others made since the last visit, in plain facts, and opening the page marks them seen", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const council = await actorFor({ prisma: db }, EMAILS.council);
    const lead = await actorFor({ prisma: db }, EMAILS.lead);
    const ver02 = await db.initiative.findUniqueOrThrow({ where: { code: "VER-02" } });
    // From a council member who follows nothing yet (the demo's member follows three initiatives).
    await db.initiativeFollow.deleteMany({ where: { userId: council.id } });
    expect((await getMyWork(db, council, OPTS)).follows).toEqual([]);
    expect(await followInitiativeAction.execute(council, { initiativeId: ver02.id }, { db })).toMatchObject({ ok: true });
    expect(await isFollowing(db, council, ver02.id)).toBe(true);
    // Following twice changes nothing; the follow is the follower's bookkeeping, not a change to the initiative.
    expect(await followInitiativeAction.execute(council, { initiativeId: ver02.id }, { db })).toMatchObject({ ok: true });
    const followEvents = await db.auditEvent.findMany({ where: { action: "initiative.follow", actorId: council.id } });
    expect(followEvents).toHaveLength(1);
    expect(followEvents[0]).toMatchObject({ entityType: "InitiativeFollow", entityId: ver02.id, initiativeId: null });

    let [followed] = (await getMyWork(db, council, OPTS)).follows;
    expect(followed).toMatchObject({ code: "VER-02", changeCount: 0, latest: [] });

    // The lead marks the overdue milestone done: one change, said as what happened to what, by whom.
    const milestone = await db.milestone.findFirstOrThrow({ where: { initiativeId: ver02.id, title: "Rollout in allen Fachbereichen" } });
    expect(await completeMilestoneAction.execute(lead, { id: milestone.id, version: milestone.version }, { db })).toMatchObject({ ok: true });
    [followed] = (await getMyWork(db, council, OPTS)).follows;
    expect(followed!.changeCount).toBe(1);
    expect(followed!.latest).toEqual([expect.objectContaining({ action: "milestone.complete", subject: "Rollout in allen Fachbereichen", actorName: "Julia Reinhardt" })]);
    // ...and it has left the lead's list.
    expect((await getMyWork(db, lead, OPTS)).lead!.milestones.items.map((m) => m.id)).not.toContain(milestone.id);

    // The follower's own changes are no news to them.
    await db.auditEvent.create({ data: { actorId: council.id, action: "comment.create", entityType: "Comment", initiativeId: ver02.id } });
    [followed] = (await getMyWork(db, council, OPTS)).follows;
    expect(followed!.changeCount).toBe(1);

    // More changes than are shown: the count says how many, the latest three are listed.
    for (let n = 0; n < 4; n++) await db.auditEvent.create({ data: { actorId: lead.id, action: "kpiMeasurement.record", entityType: "KpiMeasurement", initiativeId: ver02.id } });
    [followed] = (await getMyWork(db, council, OPTS)).follows;
    expect(followed!.changeCount).toBe(5);
    expect(followed!.latest.map((c) => c.action)).toEqual(["kpiMeasurement.record", "kpiMeasurement.record", "kpiMeasurement.record"]);

    // Opening the initiative's page marks everything seen; only the visitor's own mark moves.
    await followInitiativeAction.execute(lead, { initiativeId: ver02.id }, { db });
    await db.initiativeFollow.update({ where: { userId_initiativeId: { userId: lead.id, initiativeId: ver02.id } }, data: { seenAt: new Date("2026-01-01T00:00:00Z") } });
    await markFollowSeen(db, council, ver02.id);
    [followed] = (await getMyWork(db, council, OPTS)).follows;
    expect(followed!.changeCount).toBe(0);
    const leadsFollow = await db.initiativeFollow.findUniqueOrThrow({ where: { userId_initiativeId: { userId: lead.id, initiativeId: ver02.id } } });
    expect(leadsFollow.seenAt).toEqual(new Date("2026-01-01T00:00:00Z"));

    expect(await unfollowInitiativeAction.execute(council, { initiativeId: ver02.id }, { db })).toMatchObject({ ok: true });
    expect((await getMyWork(db, council, OPTS)).follows).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "initiative.unfollow", actorId: council.id, initiativeId: null } })).toBe(1);
    // Unfollowing what one does not follow changes nothing and records nothing.
    expect(await unfollowInitiativeAction.execute(council, { initiativeId: ver02.id }, { db })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "initiative.unfollow", actorId: council.id } })).toBe(1);
  });

  it("refuses an initiative that does not exist and a token", async () => {
    expect(await followInitiativeAction.execute(actors.council, { initiativeId: "00000000-0000-7000-8000-000000000000" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const ver01 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    const token: Actor = { ...actors.council, via: "token", scopes: ["READ"], tokenId: "t" };
    expect(await followInitiativeAction.execute(token, { initiativeId: ver01.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
