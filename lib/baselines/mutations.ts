// Freezing a baseline of the whole plan (admins): the baseline row and one row per initiative,
// each written by a single INSERT … SELECT, so a plan of thousands of initiatives freezes in one
// round trip per table. There is no update or delete path: the database refuses both (trigger
// refuse_snapshot_change); a wrong baseline stays, and a new one with another name is frozen.
import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { dateValue } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { freezeBaselineInput } from "./schemas";
import { planKpisSql, SNAPSHOT_COLUMNS, snapshotRowsSql, type SnapshotReading } from "./snapshot-sql";

/** Writes the baseline in the given transaction; returns its id and how many initiatives it holds. */
export async function freezeBaseline(tx: Tx, masterplanId: string, input: { name: string; baselineDate: string; note: string }, createdById: string | null, reading: SnapshotReading = {}) {
  const id = randomUUID();
  await tx.$executeRaw`
    INSERT INTO plan_baselines (id, masterplan_id, name, baseline_date, note, created_by_id, plan_kpis)
    VALUES (${id}::uuid, ${masterplanId}::uuid, ${input.name}, ${dateValue(input.baselineDate)}::date, ${input.note}, ${createdById}::uuid, (${planKpisSql(masterplanId)}))`;
  const initiatives = await tx.$executeRaw`
    INSERT INTO plan_baseline_initiatives (baseline_id, ${SNAPSHOT_COLUMNS})
    SELECT ${id}::uuid, ${SNAPSHOT_COLUMNS} FROM (${snapshotRowsSql(masterplanId, reading)}) s`;
  return { id, initiatives };
}

export const freezeBaselineAction = defineAction({
  name: "baseline.freeze",
  input: freezeBaselineInput,
  permission: "baseline.freeze",
  // A large plan is one statement, but give it room on a busy machine.
  transaction: { timeoutMs: 60_000 },
  load: async (tx) => tx.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } }),
  run: async ({ tx, input, actor, resource, audit }) => {
    const taken = await tx.planBaseline.findFirst({ where: { masterplanId: resource.id, name: input.name }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "A baseline of that name exists.", { fieldErrors: { name: ["#baselines.errors.nameTaken"] } });
    const frozen = await freezeBaseline(tx, resource.id, input, actor.id);
    audit({ action: "baseline.freeze", entityType: "PlanBaseline", entityId: frozen.id, after: { ...input, initiatives: frozen.initiatives } });
    return frozen;
  },
});
