// Defining KPIs (Kennzahlen): create, edit (version-checked) and delete while no value has been
// measured yet. An initiative's KPIs belong to its department: `kpi.define` (admins and that
// department's head). The masterplan's and the fields of action's KPIs are part of the plan's
// structure: created under `structure.manage`, and edited or deleted through the same actions as an
// initiative's, where the loaded KPI decides — no department, and `structure.manage` besides — so
// admins only. Every change is audited (with the initiative, if any). The rows they read and
// compare have the shape of queries.ts (kpiDefinitionRowSelect), like every other read of a KPI.
import { defineAction } from "@/lib/actions/define-action";
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import { initiativeRowActions } from "@/lib/actions/initiative-row-actions";
import { can, type Actor } from "@/lib/authz/policy";
import { initiativeFactsSelect, toFacts } from "@/lib/initiatives/facts";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { dateValue } from "@/lib/dates";
import { assertPartnerOfInitiative } from "@/lib/milestones/records";
import { partBecomesVisible, publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { createKpiDefinitionInput, createPlanKpiDefinitionInput, deleteKpiDefinitionInput, updateKpiDefinitionInput } from "./definition-schemas";
import { findKpiDefinition, kpiDefinitionRowSelect, plainKpiValues } from "./queries";

/**
 * The facts of a KPI: its initiative's; for a KPI of the masterplan or a field of action no
 * department at all, and only for those who may manage the plan's structure.
 */
async function loadKpi(tx: Tx, id: string, actor: Actor) {
  const kpi = await tx.kpi.findUnique({
    where: { id },
    select: { ...kpiDefinitionRowSelect, initiative: { select: initiativeFactsSelect }, _count: { select: { measurements: true } } },
  });
  if (!kpi) return null;
  const { initiative, _count, ...before } = kpi;
  if (!initiative && !can(actor, "structure.manage")) throw new AppError("FORBIDDEN", "You may not do this.");
  const facts = initiative ? toFacts(initiative) : { initiativeId: null, departmentId: null, leadUserIds: [] as string[] };
  return { ...facts, before: plainKpiValues(before), measurements: _count.measurements };
}

const kpis = initiativeRowActions({ entity: "kpi", entityType: "Kpi", permission: "kpi.define", load: loadKpi, find: findKpiDefinition });

/** A new KPI shown on the public site is a publication request while PUBLISH_REVIEW is on: created internal, public once approved. */
const asksToPublish = async (tx: Tx, isPublic: boolean, initiativeId: string | null) => isPublic && publishReviewOn() && (await partBecomesVisible(tx, initiativeId));

export const createKpiDefinitionAction = kpis.create({
  input: createKpiDefinitionInput,
  create: async ({ tx, input }) => {
    await assertPartnerOfInitiative(tx, input.initiativeId, input.responsiblePartnerId ?? null);
    const ask = await asksToPublish(tx, input.isPublic, input.initiativeId);
    const created = await tx.kpi.create({
      data: { ...input, isPublic: ask ? false : input.isPublic, scope: "INITIATIVE", baselineDate: dateValue(input.baselineDate), targetDate: dateValue(input.targetDate) },
      select: kpiDefinitionRowSelect,
    });
    return plainKpiValues(created);
  },
  // Asked for public, created internal: the gate held it back for a request.
  afterCreate: async ({ tx, actor, audit, input }, created) => (input.isPublic && !created.isPublic ? requestPublication({ tx, actor, audit }, "KPI", created.id) : null),
});

/** Only an initiative's KPI has a responsible partner (one who works on the initiative). */
async function assertResponsiblePartner(tx: Tx, initiativeId: string | null, partnerId: string | null | undefined) {
  if (!partnerId) return;
  if (!initiativeId) {
    throw new AppError("VALIDATION", "Only an initiative's KPI has a responsible partner.", { fieldErrors: { responsiblePartnerId: ["#milestones.errors.partnerNotInInitiative"] } });
  }
  await assertPartnerOfInitiative(tx, initiativeId, partnerId);
}

export const createPlanKpiDefinitionAction = defineAction({
  name: "kpi.createForPlan",
  input: createPlanKpiDefinitionInput,
  permission: "structure.manage",
  // The owner must exist: the masterplan, or one of its fields of action.
  load: async (tx, input): Promise<{ archivedAt: Date | null } | null> =>
    input.scope === "MASTERPLAN"
      ? (await tx.masterplan.findUnique({ where: { id: input.ownerId }, select: { id: true } })) && { archivedAt: null }
      : tx.fieldOfAction.findUnique({ where: { id: input.ownerId }, select: { archivedAt: true } }),
  run: async ({ tx, input, resource, actor, audit }) => {
    // An archived field keeps its KPIs (and takes their values) but gets no new ones.
    if (resource.archivedAt) {
      throw new AppError("CONFLICT", "The field of action is archived.", { fieldErrors: { _form: ["#planKpis.archivedField"] } });
    }
    const { scope, ownerId, ...fields } = input;
    await assertResponsiblePartner(tx, null, fields.responsiblePartnerId);
    const ask = await asksToPublish(tx, fields.isPublic, null);
    const created = plainKpiValues(
      await tx.kpi.create({
        data: {
          ...fields,
          isPublic: ask ? false : fields.isPublic,
          scope,
          ...(scope === "MASTERPLAN" ? { masterplanId: ownerId } : { fieldOfActionId: ownerId }),
          baselineDate: dateValue(input.baselineDate),
          targetDate: dateValue(input.targetDate),
        },
        select: kpiDefinitionRowSelect,
      }),
    );
    audit({ action: "kpi.create", entityType: "Kpi", entityId: created.id, after: { ...created, scope, ownerId } });
    return { id: created.id, ...(ask ? await requestPublication({ tx, actor, audit }, "KPI", created.id) : {}) };
  },
});

export const updateKpiDefinitionAction = kpis.edit("update", {
  input: updateKpiDefinitionInput,
  edit: async ({ tx, actor, audit, resource, input: { id, version, ...data } }) => {
    await assertResponsiblePartner(tx, resource.initiativeId, data.responsiblePartnerId);
    // Showing it on the public site is a publication request while PUBLISH_REVIEW is on.
    const ask = data.isPublic && !resource.before.isPublic && publishReviewOn() && (await partBecomesVisible(tx, resource.initiativeId));
    const after = await updateRowVersioned(
      "Kpi",
      { id, version },
      (args) => tx.kpi.updateMany(args),
      { ...data, isPublic: ask ? false : data.isPublic, baselineDate: dateValue(data.baselineDate), targetDate: dateValue(data.targetDate) },
      () => findKpiDefinition(tx, id),
    );
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "KPI", id)) } : after;
  },
});

export const deleteKpiDefinitionAction = kpis.remove({
  input: deleteKpiDefinitionInput,
  remove: ({ tx, input, resource: { measurements } }) => {
    // Measured values are the record of what happened; a KPI that has them is kept.
    if (measurements > 0) {
      throw new AppError("CONFLICT", "The KPI has measurements and cannot be deleted.", { fieldErrors: { _form: ["#kpis.deleteBlocked"] } });
    }
    return tx.kpi.deleteMany({ where: { id: input.id, version: input.version, measurements: { none: {} } } });
  },
});
