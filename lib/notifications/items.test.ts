// What is due on the demo's fixed day (2026-11-25, FIXED_NOW) and for whom: the demo's stories
// (VER-02 overdue and never re-forecast, GES-01 due today, BIL-05 stale) reach their leads; an
// initiative without leads reaches its department's heads, and with no head the admins; inactive
// users get nothing. The status report triggers (due, returned, approved, approval waiting) on fixed
// clocks at the quarter's and the grace period's edges. A constant number of queries.
// `npm run jobs -- run reminders --dry-run` prints it (the real run: digest.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import type { TestDatabase } from "@/lib/db/testing";
import { jobsCommand } from "@/lib/jobs/cli";
import { departmentId, scratchInitiative, scratchReport } from "@/lib/reports/testing";
import { demoFixture, useTestDatabase } from "@/tests/db";
import { loadFollowDigests } from "./follows";
import { addressItems, itemKey, loadDueItems, type DueItem, type ItemKind } from "./items";

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();

describe("due items", () => {
  it("finds the demo's overdue, due-soon, KPI and stale items by their one definitions", async () => {
    const items = await loadDueItems(demo.prisma, { now: NOW, staleAfterDays: 90 });
    const of = (kind: string) => new Set(items.filter((i) => i.kind === kind).map((i) => i.initiativeCode));
    for (const code of ["VER-02", "BIL-02", "GES-04"]) expect(of("milestoneOverdue").has(code), code).toBe(true);
    expect(items.find((i) => i.initiativeCode === "GES-01" && i.kind === "milestoneDueSoon")).toMatchObject({ date: "2026-11-25" });
    expect(of("initiativeStale").has("BIL-05")).toBe(true);
    // Every item names what it is about, so its key is stable and unique.
    const ids = await demo.prisma.milestone.findMany({ where: { initiative: { code: "VER-02" } }, select: { id: true } });
    expect(items.filter((i) => i.kind === "milestoneOverdue" && i.initiativeCode === "VER-02").every((i) => ids.some((m) => m.id === i.entityId))).toBe(true);
    expect(items.find((i) => i.kind === "initiativeStale" && i.initiativeCode === "BIL-05")!.entityId).toBe(items.find((i) => i.initiativeCode === "BIL-05")!.initiativeId);
    expect(new Set(items.map(itemKey)).size).toBe(items.length);
    expect(items.every((i) => i.kind !== "milestoneDueSoon" || (i.date! >= "2026-11-25" && i.date! <= "2026-12-09"))).toBe(true);
    // The demo's KPIs are current but one: VER-01's third-quarter value was never entered, due since 30 September.
    expect([...of("kpiValueDue")]).toEqual(["VER-01"]);
    expect(items.find((i) => i.kind === "kpiValueDue")).toMatchObject({ date: "2026-09-30" });
    // A monthly one is due a month after its last value.
    const ver01 = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    const kpi = await demo.prisma.kpi.create({
      data: {
        scope: "INITIATIVE", initiativeId: ver01.id, name: "Monatliche Kennzahl", unit: "Anzahl", frequency: "MONTHLY",
        baselineValue: 0, baselineDate: new Date("2026-10-31"), targetValue: 10, targetDate: new Date("2027-12-31"),
      },
    });
    // Baseline 31 October, monthly, no value yet: due on 30 November — not yet on the 25th.
    const mine = (items: Awaited<ReturnType<typeof loadDueItems>>) => items.filter((i) => i.kind === "kpiValueDue" && i.path === `/app/kpis/${kpi.id}`);
    expect(mine(await loadDueItems(demo.prisma, { now: NOW, staleAfterDays: 90 }))).toEqual([]);
    const due = mine(await loadDueItems(demo.prisma, { now: new Date("2026-11-30T10:00:00Z"), staleAfterDays: 90 }));
    expect(due).toEqual([expect.objectContaining({ initiativeCode: "VER-01", entityId: kpi.id, subject: "Monatliche Kennzahl", date: "2026-11-30", path: `/app/kpis/${kpi.id}` })]);
    await demo.prisma.kpi.delete({ where: { id: kpi.id } });
  });

  it("has every kind of item on the demo's day, so a new user's first page is full (issue 13)", async () => {
    const items = await loadDueItems(demo.prisma, { now: NOW, staleAfterDays: 90 });
    const follows = await loadFollowDigests(demo.prisma);
    const kinds = new Set([...items.map((i) => i.kind), ...follows.flatMap((d) => d.items.map((i) => i.kind))]);
    const all: ItemKind[] = ["milestoneOverdue", "milestoneDueSoon", "kpiValueDue", "initiativeStale", "reportDue", "reportReturned", "reportApproved", "approvalWaiting", "feedbackWaiting", "followedChanged", "dependencyAtRisk"];
    expect([...kinds].sort()).toEqual([...all].sort());
    // The report approved yesterday reaches the demo's project lead; the council member follows it.
    const approved = items.find((i) => i.kind === "reportApproved")!;
    const lead = await demo.prisma.user.findUniqueOrThrow({ where: { email: "projektleitung@demo.masterplan.example" } });
    expect(await demo.prisma.initiativeLead.count({ where: { initiativeId: approved.initiativeId, userId: lead.id } })).toBe(1);
    const council = follows.find((d) => d.recipient.email === "rat@demo.masterplan.example")!;
    expect(council.items.map((i) => i.initiativeCode)).toContain(approved.initiativeCode);
  });

  it("addresses items to the leads, else the department's heads, else the admins, and why", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const ver02 = await db.initiative.findUniqueOrThrow({ where: { code: "VER-02" }, include: { leads: { include: { user: true } } } });
    let digests = await addressItems(db, await loadDueItems(db, { now: NOW, staleAfterDays: 90 }));
    const forCode = (code: string) => digests.flatMap((d) => d.items.filter((i) => i.initiativeCode === code && i.kind === "milestoneOverdue").map((i) => [d.recipient.email, i.via]));
    expect(forCode("VER-02")).toEqual(expect.arrayContaining(ver02.leads.map((l) => [l.user.email, "lead"])));

    // Without leads: the department's active heads.
    await db.initiativeLead.deleteMany({ where: { initiativeId: ver02.id } });
    const heads = await db.user.findMany({ where: { role: "DEPARTMENT_HEAD", departmentId: ver02.departmentId, active: true } });
    expect(heads.length).toBeGreaterThan(0);
    digests = await addressItems(db, await loadDueItems(db, { now: NOW, staleAfterDays: 90 }));
    expect(new Set(forCode("VER-02").map(([, via]) => via))).toEqual(new Set(["departmentHead"]));
    expect(forCode("VER-02").map(([email]) => email).sort()).toEqual(heads.map((h) => h.email).sort());

    // Without an active head: the admins. Deactivated users never get anything.
    await db.user.updateMany({ where: { id: { in: heads.map((h) => h.id) } }, data: { active: false } });
    digests = await addressItems(db, await loadDueItems(db, { now: NOW, staleAfterDays: 90 }));
    const admins = await db.user.findMany({ where: { role: "ADMIN", active: true } });
    expect(forCode("VER-02").map(([email, via]) => `${email} ${via}`).sort()).toEqual(admins.map((a) => `${a.email} admin`).sort());
    const inactive = new Set((await db.user.findMany({ where: { active: false } })).map((u) => u.email));
    expect(digests.some((d) => inactive.has(d.recipient.email))).toBe(false);
  });

  it("addresses the deputies beside the leads (a deputy holds the lead's rights), not the editors or partner contacts, each with why", async () => {
    const db = (await useTestDatabase("demo")).prisma;
    const ver02 = await db.initiative.findUniqueOrThrow({ where: { code: "VER-02" }, include: { leads: { include: { user: true } } } });
    const [deputy, editor, contact] = await Promise.all(
      ["leadUmw", "leadWir", "partner"].map((key) => db.user.findFirstOrThrow({ where: { email: { startsWith: key === "partner" ? "partnerkontakt@" : key === "leadUmw" ? "markus.terhorst@" : "sabine.nowak@" } } })),
    );
    await db.initiativeMember.createMany({
      data: [
        { initiativeId: ver02.id, userId: deputy!.id, role: "DEPUTY" },
        { initiativeId: ver02.id, userId: editor!.id, role: "EDITOR" },
        { initiativeId: ver02.id, userId: contact!.id, role: "PARTNER_CONTACT" },
      ],
    });
    const forCode = async () =>
      (await addressItems(db, await loadDueItems(db, { now: NOW, staleAfterDays: 90 }))).flatMap((d) =>
        d.items.filter((i) => i.initiativeCode === "VER-02" && i.kind === "milestoneOverdue").map((i) => `${d.recipient.email} ${i.via}`),
      );
    expect((await forCode()).sort()).toEqual([...ver02.leads.map((l) => `${l.user.email} lead`), `${deputy!.email} deputy`].sort());
    // Without leads the deputy still gets it, before the department's heads.
    await db.initiativeLead.deleteMany({ where: { initiativeId: ver02.id } });
    expect(await forCode()).toEqual([`${deputy!.email} deputy`]);
  });
});

describe("status report items", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await useTestDatabase("demo");
  });
  const load = (instant: string) => loadDueItems(db.prisma, { now: new Date(instant), staleAfterDays: 90, graceDays: 30 });
  const about = (items: DueItem[], initiativeId: string, kind: DueItem["kind"]) => items.filter((i) => i.initiativeId === initiativeId && i.kind === kind);

  it("owes a finished quarter's report from the day after the quarter, due 30 days later, overdue after", async () => {
    const digi = await departmentId(db.prisma, "DIGI");
    const lead = await db.prisma.user.findUniqueOrThrow({ where: { email: "projektleitung@demo.masterplan.example" } });
    const i = await scratchInitiative(db.prisma, { departmentId: digi, leadIds: [lead.id], actualStart: new Date("2026-01-10T00:00:00Z") });
    await scratchReport(db.prisma, i.id, { state: "APPROVED", period: "2026-Q1", submittedAt: new Date("2026-04-20T08:00:00Z") });
    const draft = await scratchReport(db.prisma, i.id, { state: "DRAFT", period: "2026-Q2" });

    const due = (instant: string) => load(instant).then((items) => about(items, i.id, "reportDue").map((d) => [d.period, d.date, d.overdue]));
    // 30 September 23:59 in Berlin: Q3 is still running; Q2's draft was due on 30 July.
    expect(await due("2026-09-30T21:59:00Z")).toEqual([["2026-Q2", "2026-07-30", true]]);
    // 1 October 00:30: Q3 has ended, its report is due on 30 October.
    expect(await due("2026-09-30T22:30:00Z")).toEqual([["2026-Q2", "2026-07-30", true], ["2026-Q3", "2026-10-30", false]]);
    expect(await due("2026-10-30T22:59:00Z")).toEqual([["2026-Q2", "2026-07-30", true], ["2026-Q3", "2026-10-30", false]]); // 23:59 CET on 30 October
    expect(await due("2026-10-30T23:00:00Z")).toEqual([["2026-Q2", "2026-07-30", true], ["2026-Q3", "2026-10-30", true]]);
    // The turn of the year: on 1 January Q4 of the year before is owed, due 30 January.
    expect((await due("2026-12-31T23:30:00Z")).at(-1)).toEqual(["2026-Q4", "2027-01-30", false]);
    // 29 February 2028: every quarter since, Q4 2027 overdue since 30 January.
    expect((await due("2028-02-29T10:00:00Z")).at(-1)).toEqual(["2027-Q4", "2028-01-30", true]);

    // Submitted: no longer due. Keys stay the same whether a draft exists or not.
    const [item] = about(await load("2026-11-25T10:00:00Z"), i.id, "reportDue");
    expect(itemKey(item!)).toBe(`reportDue:${i.id}:2026-Q2`);
    expect(item).toMatchObject({ entityId: i.id, path: `/app/initiatives/${i.code}#reports` });
    await db.prisma.statusReport.update({ where: { id: draft.id }, data: { state: "SUBMITTED", submittedAt: new Date("2026-11-20T10:00:00Z") } });
    expect(await due("2026-11-25T10:00:00Z")).toEqual([["2026-Q3", "2026-10-30", true]]);

    // To the leads (fallback chain).
    const digests = await addressItems(db.prisma, await load("2026-11-25T10:00:00Z"));
    const to = digests.filter((d) => d.items.some((x) => x.kind === "reportDue" && x.initiativeId === i.id));
    expect(to.map((d) => [d.recipient.email, d.items.find((x) => x.initiativeId === i.id && x.kind === "reportDue")!.via])).toEqual([[lead.email, "lead"]]);
  });

  it("owes nothing for quarters before an in-implementation initiative's start, and the demo's silent initiative owes its reports", async () => {
    const items = await load("2026-11-25T10:00:00Z");
    const due = items.filter((i) => i.kind === "reportDue");
    // The demo reports every quarter it owes, except BIL-05, which fell silent (docs/figures.md).
    expect(new Set(due.map((d) => d.initiativeCode)).has("BIL-05")).toBe(true);
    const demoCodes = new Set(due.filter((d) => /^[A-Z]{3}-\d{2}$/.test(d.initiativeCode)).map((d) => d.initiativeCode));
    expect([...demoCodes]).toEqual(["BIL-05"]);
  });

  it("returns to the authors with the reviewer's note, announces an approval on the next day only, and asks the heads to approve", async () => {
    const digi = await departmentId(db.prisma, "DIGI");
    const lead = await db.prisma.user.findUniqueOrThrow({ where: { email: "projektleitung@demo.masterplan.example" } });
    const i = await scratchInitiative(db.prisma, { departmentId: digi, leadIds: [lead.id] });
    const returned = await scratchReport(db.prisma, i.id, { state: "RETURNED", period: "2026-Q2", submittedAt: new Date("2026-07-10T08:00:00Z") });
    await db.prisma.statusReport.update({ where: { id: returned.id }, data: { reviewedAt: new Date("2026-11-20T09:00:00Z"), reviewComment: "Bitte Kosten ergänzen." } });
    const submitted = await scratchReport(db.prisma, i.id, { state: "SUBMITTED", period: "2026-Q3", submittedAt: new Date("2026-10-05T08:00:00Z") });
    const approved = await scratchReport(db.prisma, i.id, { state: "APPROVED", period: "2026-Q1", submittedAt: new Date("2026-04-10T08:00:00Z") });
    // Approved at 00:30 on 25 November in Berlin (23:30 UTC on the 24th): that is today, not yesterday.
    await db.prisma.statusReport.update({ where: { id: approved.id }, data: { reviewedAt: new Date("2026-11-24T23:30:00Z") } });

    const at = async (instant: string) => load(instant);
    const items = await at("2026-11-25T10:00:00Z");
    expect(about(items, i.id, "reportReturned")).toEqual([
      expect.objectContaining({ entityId: returned.id, period: "2026-Q2", note: "Bitte Kosten ergänzen.", date: "2026-11-20", path: `/app/initiatives/${i.code}#reports` }),
    ]);
    expect(about(items, i.id, "approvalWaiting")).toEqual([expect.objectContaining({ entityId: submitted.id, period: "2026-Q3", audience: "departmentHeads", date: "2026-10-05" })]);
    expect(about(items, i.id, "reportApproved")).toEqual([]);
    expect(about(await at("2026-11-25T23:30:00Z"), i.id, "reportApproved")).toEqual([expect.objectContaining({ entityId: approved.id, date: "2026-11-25" })]); // 26 November, 00:30
    expect(about(await at("2026-11-26T22:59:00Z"), i.id, "reportApproved")).toHaveLength(1); // 23:59 on the 26th
    expect(about(await at("2026-11-26T23:00:00Z"), i.id, "reportApproved")).toEqual([]); // the 27th

    // Approval waiting goes to the department's heads, not the leads; returned and approved to the leads.
    const digests = await addressItems(db.prisma, await at("2026-11-25T23:30:00Z"));
    const heads = await db.prisma.user.findMany({ where: { role: "DEPARTMENT_HEAD", departmentId: digi, active: true }, orderBy: { email: "asc" } });
    expect(heads.length).toBeGreaterThan(0);
    const recipients = (kind: DueItem["kind"]) =>
      digests.flatMap((d) => d.items.filter((x) => x.initiativeId === i.id && x.kind === kind).map((x) => `${d.recipient.email} ${x.via}`)).sort();
    expect(recipients("approvalWaiting")).toEqual(heads.map((h) => `${h.email} departmentHead`));
    expect(recipients("reportReturned")).toEqual([`${lead.email} lead`]);
    expect(recipients("reportApproved")).toEqual([`${lead.email} lead`]);

    // A department without an active head: the admins approve.
    await db.prisma.user.updateMany({ where: { id: { in: heads.map((h) => h.id) } }, data: { active: false } });
    const admins = await db.prisma.user.findMany({ where: { role: "ADMIN", active: true } });
    const fallback = await addressItems(db.prisma, await at("2026-11-25T10:00:00Z"));
    const waiting = fallback.flatMap((d) => d.items.filter((x) => x.entityId === submitted.id).map((x) => `${d.recipient.email} ${x.via}`)).sort();
    expect(waiting).toEqual(admins.map((a) => `${a.email} admin`).sort());
    await db.prisma.user.updateMany({ where: { id: { in: heads.map((h) => h.id) } }, data: { active: true } });
  });

  it("needs the same number of queries however many initiatives and reports there are", async () => {
    const counting = countingClient(db.database.factory);
    try {
      const run = () => loadDueItems(counting, { now: new Date("2026-11-25T10:00:00Z"), staleAfterDays: 90, graceDays: 30 }).then((items) => addressItems(counting, items));
      const before = await countQueries(counting, run);
      const digi = await departmentId(db.prisma, "DIGI");
      for (let n = 0; n < 3; n++) {
        const extra = await scratchInitiative(db.prisma, { departmentId: digi, leadIds: [], actualStart: new Date("2025-01-10T00:00:00Z") });
        await scratchReport(db.prisma, extra.id, { state: "SUBMITTED", period: "2025-Q1", submittedAt: new Date("2025-04-10T08:00:00Z") });
        await scratchReport(db.prisma, extra.id, { state: "RETURNED", period: "2025-Q2", submittedAt: new Date("2025-07-10T08:00:00Z") });
      }
      const after = await countQueries(counting, run);
      expect(after.result.reduce((n, d) => n + d.items.length, 0)).toBeGreaterThan(before.result.reduce((n, d) => n + d.items.length, 0));
      expect(after.count).toBe(before.count);
      expect(after.count).toBeLessThanOrEqual(16); // the reads of what is due (publication requests, citizens' feedback; three for the dependencies at risk) and of whom to address (leads and deputies with their users, heads, admins, departments)
    } finally {
      await counting.$disconnect();
    }
  });
});

describe("npm run jobs -- run reminders", () => {
  it("prints one line per recipient with the e-mail address, then the items, in a dry run", async () => {
    const { lines, exitCode } = await jobsCommand(demo.prisma, ["run", "reminders", "--dry-run"], NOW, "Europe/Berlin");
    expect(exitCode).toBe(0);
    const text = lines.join("\n");
    expect(text).toMatch(/^reminders: would send \d+ digests with \d+ items\n/);
    expect(text).toMatch(/\n\S+@demo\.masterplan\.example \(.+, \d+ items\)\n  milestoneOverdue {2}/);
    expect(text).toContain("VER-02");
    expect(await demo.prisma.auditEvent.count({ where: { entityType: "Job" } })).toBe(0);
  });
});
