import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { getInitiativeBudget } from "./queries";

const demo = demoFixture();
/** VER-01: department DIGI, led by projektleitung@. */
let own: string;

beforeAll(async () => {
  own = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } })).id;
});

describe("getInitiativeBudget", () => {
  it("sums planned and actual per year and overall in the database, to the cent", async () => {
    const initiative = await demo.prisma.initiative.create({
      data: { code: "TST-BUD", slug: "tst-bud", title: "Budgettest", fieldOfActionId: (await demo.prisma.fieldOfAction.findFirstOrThrow()).id, departmentId: demo.head.departmentId! },
    });
    const lines = [
      { year: 2027, fundingSource: "CITY", planned: "0.10", actual: "0.05" },
      { year: 2027, fundingSource: "EU", planned: "0.20", actual: "0.01" },
      { year: 2028, fundingSource: "CITY", planned: "1234567.89", actual: "0" },
    ] as const;
    await demo.prisma.budgetLine.createMany({ data: lines.map((l) => ({ ...l, initiativeId: initiative.id })) });
    const budget = await getInitiativeBudget(demo.prisma, demo.lead, initiative.id);
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
    expect(await getInitiativeBudget(demo.prisma, demo.head, initiative.id)).toMatchObject({ canPlan: true, canRecordActual: true });
  });

  it("tells the lead of an initiative that they may record actuals but not plan", async () => {
    expect(await getInitiativeBudget(demo.prisma, demo.lead, own)).toMatchObject({ canPlan: false, canRecordActual: true });
  });

  it("refuses anonymous readers", async () => {
    await expect(getInitiativeBudget(demo.prisma, null, own)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
