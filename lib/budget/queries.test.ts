import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { demoActors, useTestDatabase } from "@/tests/db";
import { getInitiativeBudget } from "./queries";

let t: TestDatabase;
let head: Actor;
let lead: Actor;
/** VER-01: department DIGI, led by projektleitung@. */
let own: string;

beforeAll(async () => {
  t = await useTestDatabase("demo");
  ({ head, lead } = await demoActors(t));
  own = (await t.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
});

describe("getInitiativeBudget", () => {
  it("sums planned and actual per year and overall in the database, to the cent", async () => {
    const initiative = await t.prisma.initiative.create({
      data: { code: "TST-BUD", slug: "tst-bud", title: "Budgettest", fieldOfActionId: (await t.prisma.fieldOfAction.findFirstOrThrow()).id, departmentId: head.departmentId! },
    });
    const lines = [
      { year: 2027, fundingSource: "CITY", planned: "0.10", actual: "0.05" },
      { year: 2027, fundingSource: "EU", planned: "0.20", actual: "0.01" },
      { year: 2028, fundingSource: "CITY", planned: "1234567.89", actual: "0" },
    ] as const;
    await t.prisma.budgetLine.createMany({ data: lines.map((l) => ({ ...l, initiativeId: initiative.id })) });
    const budget = await getInitiativeBudget(t.prisma, lead, initiative.id);
    expect(budget?.yearTotals).toEqual([
      { year: 2027, planned: "0.30", actual: "0.06" },
      { year: 2028, planned: "1234567.89", actual: "0.00" },
    ]);
    expect(budget?.total).toEqual({ planned: "1234568.19", actual: "0.06" });
    expect(budget?.lines.map((l) => [l.year, l.fundingSource, l.planned])).toEqual([
      [2027, "CITY", "0.10"],
      [2027, "EU", "0.20"],
      [2028, "CITY", "1234567.89"],
    ]);
    // The lead does not lead this new initiative: may read, may not plan or record.
    expect(budget).toMatchObject({ canPlan: false, canRecordActual: false });
    expect(await getInitiativeBudget(t.prisma, head, initiative.id)).toMatchObject({ canPlan: true, canRecordActual: true });
  });

  it("tells the lead of an initiative that they may record actuals but not plan", async () => {
    expect(await getInitiativeBudget(t.prisma, lead, own)).toMatchObject({ canPlan: false, canRecordActual: true });
  });

  it("refuses anonymous readers", async () => {
    await expect(getInitiativeBudget(t.prisma, null, own)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
