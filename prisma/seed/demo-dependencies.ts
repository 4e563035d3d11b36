// The demo's dependencies (lib/dependencies), written after the initiatives: 5G comes before the
// autonomous-driving trials, the Rhine Cloud data platform before smart port logistics and the
// Industry 4.0 competence centre. The logistics and Industry 4.0 ones wait for a platform milestone
// already reached (no risk); the test-field milestone waits for the 5G milestone that slipped, so
// the demo shows one dependency at risk on every seeding day (demo-dependencies.test.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/dates";
import { expectedDate } from "@/lib/milestones/lateness";

type Tx = Prisma.TransactionClient;
type Ms = { id: string; title: string; baselineDate: Date; forecastDate: Date; completedDate: Date | null; sortOrder: number };

const dates = (m: Ms) => ({ baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null });

export async function seedDemoDependencies(tx: Tx, today: string): Promise<number> {
  const load = (code: string) =>
    tx.initiative.findUniqueOrThrow({
      where: { code },
      select: { id: true, milestones: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, baselineDate: true, forecastDate: true, completedDate: true, sortOrder: true } } },
    });
  const [fiveG, testField, rhineCloud, port, industry] = await Promise.all([load("INF-02"), load("MOB-01"), load("INF-01"), load("WIR-01"), load("WIR-02")]);
  const rows: Prisma.DependencyCreateManyInput[] = [];

  // Rhine Cloud → smart logistics and Industry 4.0: the platform in operation, reached long ago.
  const platform = rhineCloud.milestones.filter((m) => m.completedDate).at(-1) ?? rhineCloud.milestones[0]!;
  for (const successor of [port, industry]) {
    rows.push({ kind: "NEEDS", predecessorInitiativeId: rhineCloud.id, predecessorMilestoneId: platform.id, successorInitiativeId: successor.id });
  }

  // 5G → autonomous driving: the test field's next step waits for the 5G milestone that slipped
  // (the open one with the latest expected day), so its slip puts that step at risk.
  const open5G = fiveG.milestones.filter((m) => !m.completedDate);
  const slipped = open5G.reduce<Ms | null>((worst, m) => (!worst || expectedDate(dates(m), today)! > expectedDate(dates(worst), today)! ? m : worst), null);
  if (slipped) {
    const end = expectedDate(dates(slipped), today)!;
    const openSteps = testField.milestones.filter((m) => !m.completedDate);
    const step = openSteps.find((m) => isoDate(m.forecastDate) < end) ?? openSteps[0];
    if (step) rows.push({ kind: "BLOCKED_BY", predecessorInitiativeId: fiveG.id, predecessorMilestoneId: slipped.id, successorInitiativeId: testField.id, successorMilestoneId: step.id });
  }
  // And the test field as a whole needs the 5G campus network's first step.
  rows.push({ kind: "NEEDS", predecessorInitiativeId: fiveG.id, predecessorMilestoneId: fiveG.milestones[0]!.id, successorInitiativeId: testField.id });

  await tx.dependency.createMany({ data: rows });
  return rows.length;
}
