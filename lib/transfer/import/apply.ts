// Writes a planned import inside the action's transaction: creates in batches (createMany, ids made
// by the planner so rows can refer to each other), updates row by row with their version bumped,
// link changes, the forecast history, one audit event per changed row, also in batches, and the
// subscribers' notices of public milestones the file marks done or moves (lib/subscriptions/notify.ts:
// one mail per subscriber and import).
// The order follows the workbook's: a row only refers to rows written before it.
import { actorFields, toAuditJson } from "@/lib/audit/record";
import type { Actor } from "@/lib/authz/policy";
import { isoDate } from "@/lib/dates";
import type { Tx } from "@/lib/db/client";
import { notifyMilestoneChanges, type MilestoneState } from "@/lib/subscriptions/notify";
import type { Writes } from "./planner";

const BATCH = 1000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

type Delegate = {
  createMany: (args: { data: never[] }) => Promise<unknown>;
  update: (args: { where: { id: string }; data: never }) => Promise<unknown>;
};

async function writeTable(delegate: unknown, writes: { create: Record<string, unknown>[]; update: { id: string; data: Record<string, unknown> }[] }) {
  const d = delegate as Delegate;
  for (const batch of chunks(writes.create)) await d.createMany({ data: batch as never[] });
  for (const u of writes.update) await d.update({ where: { id: u.id }, data: { ...u.data, version: { increment: 1 } } as never });
}

/** The updated milestones as the subscription notices compare them (before and after the import). */
async function milestoneStates(tx: Tx, ids: string[]): Promise<Map<string, MilestoneState>> {
  const out = new Map<string, MilestoneState>();
  for (const batch of chunks(ids)) {
    const rows = await tx.milestone.findMany({ where: { id: { in: batch } }, select: { id: true, initiativeId: true, isPublic: true, forecastDate: true, completedDate: true } });
    for (const m of rows) out.set(m.id, { ...m, forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null });
  }
  return out;
}

export async function applyWrites(tx: Tx, actor: Actor, w: Writes, requestId: string | undefined, now: Date) {
  await writeTable(tx.department, w.departments);
  await writeTable(tx.fieldOfAction, w.fields);
  await writeTable(tx.partner, w.partners);
  await writeTable(tx.district, w.districts);
  await writeTable(tx.initiative, w.initiatives);

  for (const batch of chunks(w.leads.remove)) await tx.initiativeLead.deleteMany({ where: { OR: batch } });
  for (const batch of chunks(w.leads.create)) await tx.initiativeLead.createMany({ data: batch });
  for (const batch of chunks(w.initiativePartners.removeIds)) await tx.initiativePartner.deleteMany({ where: { id: { in: batch } } });
  for (const batch of chunks(w.initiativePartners.create)) await tx.initiativePartner.createMany({ data: batch as never[] });
  for (const batch of chunks(w.initiativeDistricts.remove)) await tx.initiativeDistrict.deleteMany({ where: { OR: batch } });
  for (const batch of chunks(w.initiativeDistricts.create)) await tx.initiativeDistrict.createMany({ data: batch });
  for (const batch of chunks(w.members.remove)) await tx.initiativeMember.deleteMany({ where: { OR: batch } });
  for (const batch of chunks(w.members.create)) await tx.initiativeMember.createMany({ data: batch });
  for (const batch of chunks(w.contributingDepartments.remove)) await tx.initiativeContributingDepartment.deleteMany({ where: { OR: batch } });
  for (const batch of chunks(w.contributingDepartments.create)) await tx.initiativeContributingDepartment.createMany({ data: batch });

  const updatedMilestones = w.milestones.update.map((u) => u.id);
  const milestonesBefore = await milestoneStates(tx, updatedMilestones);
  await writeTable(tx.milestone, w.milestones);
  // A public milestone the file marks done or moves is news to subscribers, as in the app; each
  // subscriber gets one mail for the whole import, listing every change that concerns them in the file's order.
  const milestonesAfter = await milestoneStates(tx, updatedMilestones);
  await notifyMilestoneChanges(tx, updatedMilestones.map((id) => ({ before: milestonesBefore.get(id)!, after: milestonesAfter.get(id)! })), now);
  for (const batch of chunks(w.forecasts)) await tx.milestoneForecast.createMany({ data: batch as never[] });
  await writeTable(tx.kpi, w.kpis);
  await writeTable(tx.kpiMeasurement, w.measurements);
  await writeTable(tx.fundingProgramme, w.fundingProgrammes);
  await writeTable(tx.budgetLine, w.budgetLines);

  const who = actorFields(actor);
  for (const batch of chunks(w.audits)) {
    await tx.auditEvent.createMany({
      data: batch.map((a) => ({
        ...who,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        initiativeId: a.initiativeId ?? null,
        before: toAuditJson(a.before),
        after: toAuditJson(a.after),
        requestId: requestId ?? null,
      })),
    });
  }
}
