// Masterplan revisions and frozen quarterly figures in the demo (issue 19):
// - "Beschlussfassung 2018": the plan as the council adopted it, reconstructed from the first plan
//   dates (milestones at their baseline dates, the initiatives planned to start in the first years);
// - "Fortschreibung 2025": the plan as it stands when seeded;
// - then the cancelled blockchain pilot (WIR-06) is marked superseded by Smart Port Logistics
//   (WIR-01), into which its findings flow, so both comparisons show a succession;
// - the figures of every approved status report, frozen as on approval (lib/report-snapshots), so the
//   council report of any past quarter reads from them and compares with the quarter before.
import type { Tx } from "@/lib/db/client";
import { freezeBaseline } from "@/lib/baselines/mutations";
import { isoDate } from "@/lib/dates";
import { freezeReportSnapshot } from "@/lib/report-snapshots/freeze";
import { MASTERPLAN } from "./demo-data";
import { addMonths, utc } from "./large-util";

export const DEMO_BASELINES = { adopted: "Beschlussfassung 2018", revised: "Fortschreibung 2025" } as const;

export async function seedDemoRevisions(tx: Tx, masterplanId: string, now: Date) {
  await freezeBaseline(
    tx,
    masterplanId,
    { name: DEMO_BASELINES.adopted, baselineDate: isoDate(utc(...MASTERPLAN.adoptedAt)), note: "Ratsbeschluss über den Masterplan Digitales Duisburg (Beispieldaten)." },
    null,
    { asAdopted: { startedBy: addMonths(now, -48) } },
  );
  await freezeBaseline(tx, masterplanId, { name: DEMO_BASELINES.revised, baselineDate: "2025-06-24", note: "Fortschreibung nach der Halbzeitbilanz (Beispieldaten)." }, null);
  const successor = await tx.initiative.findUnique({ where: { code: "WIR-01" }, select: { id: true } });
  if (successor) await tx.initiative.updateMany({ where: { code: "WIR-06" }, data: { successorId: successor.id, successionKind: "SUPERSEDED_BY" } });

  // Every quarter with approved reports (all past ones and the running one): the council report of
  // any of them shows the figures as approved and compares them with the quarter before.
  // Each as on its approval day: the forecasts then (from the forecast history), not today's.
  const approved = await tx.statusReport.findMany({ where: { state: "APPROVED" }, orderBy: [{ period: "asc" }, { id: "asc" }], select: { id: true, initiativeId: true, period: true, health: true, reviewedAt: true } });
  for (const { reviewedAt, ...report } of approved) await freezeReportSnapshot(tx, report, { at: reviewedAt ?? undefined });
}
