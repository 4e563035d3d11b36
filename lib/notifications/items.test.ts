// What is due on the demo's fixed day (2026-11-25, FIXED_NOW) and for whom: the demo's stories
// (VER-02 overdue and never re-forecast, GES-01 due today, BIL-05 stale) reach their leads; an
// initiative without leads reaches its department's heads, and with no head the admins; inactive
// users get nothing. `npm run jobs -- run reminders --dry-run` prints it (the real run: digest.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/testing";
import { jobsCommand } from "@/lib/jobs/cli";
import { useTestDatabase } from "@/tests/db";
import { addressItems, loadDueItems } from "./items";

const NOW = new Date("2026-11-25T10:00:00Z");
let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase("demo");
});

describe("due items", () => {
  it("finds the demo's overdue, due-soon, KPI and stale items by their one definitions", async () => {
    const items = await loadDueItems(t.prisma, { now: NOW, staleAfterDays: 90 });
    const of = (kind: string) => new Set(items.filter((i) => i.kind === kind).map((i) => i.initiativeCode));
    for (const code of ["VER-02", "BIL-02", "GES-04"]) expect(of("milestoneOverdue").has(code), code).toBe(true);
    expect(items.find((i) => i.initiativeCode === "GES-01" && i.kind === "milestoneDueSoon")).toMatchObject({ date: "2026-11-25" });
    expect(of("initiativeStale").has("BIL-05")).toBe(true);
    expect(items.every((i) => i.kind !== "milestoneDueSoon" || (i.date! >= "2026-11-25" && i.date! <= "2026-12-09"))).toBe(true);
    // The demo's KPIs are reported quarterly and are current; a monthly one is due a month after its last value.
    expect(of("kpiValueDue").size).toBe(0);
    const ver01 = await t.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    const kpi = await t.prisma.kpi.create({
      data: {
        scope: "INITIATIVE", initiativeId: ver01.id, name: "Monatliche Kennzahl", unit: "Anzahl", frequency: "MONTHLY",
        baselineValue: 0, baselineDate: new Date("2026-10-31"), targetValue: 10, targetDate: new Date("2027-12-31"),
      },
    });
    // Baseline 31 October, monthly, no value yet: due on 30 November — not yet on the 25th.
    const mine = (items: Awaited<ReturnType<typeof loadDueItems>>) => items.filter((i) => i.kind === "kpiValueDue" && i.path === `/app/kpis/${kpi.id}`);
    expect(mine(await loadDueItems(t.prisma, { now: NOW, staleAfterDays: 90 }))).toEqual([]);
    const due = mine(await loadDueItems(t.prisma, { now: new Date("2026-11-30T10:00:00Z"), staleAfterDays: 90 }));
    expect(due).toEqual([expect.objectContaining({ initiativeCode: "VER-01", subject: "Monatliche Kennzahl", date: "2026-11-30", path: `/app/kpis/${kpi.id}` })]);
    await t.prisma.kpi.delete({ where: { id: kpi.id } });
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
});

describe("npm run jobs -- run reminders", () => {
  it("prints one line per recipient with the e-mail address, then the items, in a dry run", async () => {
    const { lines, exitCode } = await jobsCommand(t.prisma, ["run", "reminders", "--dry-run"], NOW, "Europe/Berlin");
    expect(exitCode).toBe(0);
    const text = lines.join("\n");
    expect(text).toMatch(/^reminders: would send \d+ digests with \d+ items\n/);
    expect(text).toMatch(/\n\S+@demo\.masterplan\.example \(.+, \d+ items\)\n  milestoneOverdue {2}/);
    expect(text).toContain("VER-02");
    expect(await t.prisma.auditEvent.count({ where: { entityType: "Job" } })).toBe(0);
  });
});
