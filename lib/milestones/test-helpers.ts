// Test helpers for the milestone tests: a fresh milestone per test (the demo actors come from tests/db.ts).
import type { Db } from "@/lib/db/client";

let n = 0;

/** A new open milestone at the end of the initiative's list, with its initial forecast row. */
export async function freshMilestone(db: Db, initiativeId: string, reportedById: string, over: { completedDate?: Date } = {}) {
  const last = await db.milestone.aggregate({ where: { initiativeId }, _max: { sortOrder: true } });
  const planned = new Date("2027-06-30T00:00:00Z");
  const m = await db.milestone.create({
    data: {
      initiativeId,
      title: `Testmeilenstein ${++n}`,
      sortOrder: (last._max.sortOrder ?? 0) + 1,
      baselineDate: planned,
      forecastDate: planned,
      ...over,
      forecasts: { create: { forecastDate: planned, reason: "Ausgangsplanung", reportedById } },
    },
  });
  return m;
}
