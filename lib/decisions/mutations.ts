// Council decisions: recorded and attached by whoever leads the initiative they concern (or its
// department's head), or by an admin for the masterplan and its fields (`councilDecision.attach`,
// checked against the target loaded from the database); edited and deleted by admins only
// (`councilDecision.manage`), since one decision may stand behind several initiatives. Every
// change is audited; attaching to an initiative appears in its history. Making a decision public is
// a publication request while PUBLISH_REVIEW is on (lib/publish/gate.ts): it is stored internal and
// becomes public once another person approves it.
import { defineAction } from "@/lib/actions/define-action";
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import type { ResourceFacts } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { initiativeFactsSelect, toFacts } from "@/lib/initiatives/facts";
import { publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { attachDecisionInput, createDecisionInput, deleteDecisionInput, detachDecisionInput, updateDecisionInput, type TargetKind } from "./schemas";

export const decisionSelect = {
  id: true,
  body: true,
  number: true,
  decidedOn: true,
  title: true,
  titleEn: true,
  outcome: true,
  isPublic: true,
  version: true,
} as const satisfies Prisma.CouncilDecisionSelect;

type DecisionRow = Prisma.CouncilDecisionGetPayload<{ select: typeof decisionSelect }>;

/** The decision as answered and audited: its day as YYYY-MM-DD. */
export const decisionSnapshot = (d: DecisionRow) => ({ ...d, decidedOn: d.decidedOn.toISOString().slice(0, 10) });

const findDecision = async (tx: Tx, id: string) => {
  const d = await tx.councilDecision.findUnique({ where: { id }, select: decisionSelect });
  return d ? decisionSnapshot(d) : null;
};

type Target = { kind: TargetKind; id: string; initiativeId: string | null; facts: ResourceFacts };

/** The thing a decision is attached to, with the facts the policy judges it by; null when unknown. */
async function loadTarget(tx: Tx, kind: TargetKind, id: string): Promise<Target | null> {
  if (kind === "initiative") {
    const i = await tx.initiative.findUnique({ where: { id }, select: initiativeFactsSelect });
    return i ? { kind, id, initiativeId: i.id, facts: toFacts(i) } : null;
  }
  // The plan and its fields belong to no department: only the policy's "always" holds (admins).
  const found = kind === "masterplan" ? await tx.masterplan.findUnique({ where: { id }, select: { id: true } }) : await tx.fieldOfAction.findUnique({ where: { id }, select: { id: true } });
  return found ? { kind, id, initiativeId: null, facts: {} } : null;
}

const linkData = (decisionId: string, t: Target) => ({
  decisionId,
  masterplanId: t.kind === "masterplan" ? t.id : null,
  fieldOfActionId: t.kind === "field" ? t.id : null,
  initiativeId: t.kind === "initiative" ? t.id : null,
});

const toDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The same body's decision on the same printed matter and day exists already: a field error. */
async function assertNotRecorded(tx: Tx, d: { body: string; number: string; decidedOn: string }, exceptId?: string) {
  const clash = await tx.councilDecision.findFirst({
    where: { body: d.body, number: d.number, decidedOn: toDay(d.decidedOn), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "This decision is recorded already; attach it instead.", { fieldErrors: { number: ["#decisions.errors.recorded"] } });
}

export const createDecisionAction = defineAction({
  name: "councilDecision.create",
  input: createDecisionInput,
  permission: "councilDecision.attach",
  load: async (tx, input) => {
    const target = await loadTarget(tx, input.targetKind, input.targetId);
    return target ? { ...target.facts, target } : null;
  },
  run: async ({ tx, input: { targetKind: _kind, targetId: _id, ...fields }, resource: { target }, actor, audit }) => {
    await assertNotRecorded(tx, fields);
    // A decision shows on the plan's, a field's or a public initiative's page: always a publication.
    const ask = fields.isPublic && publishReviewOn();
    const created = await tx.councilDecision.create({ data: { ...fields, isPublic: fields.isPublic && !ask, decidedOn: toDay(fields.decidedOn) }, select: decisionSelect });
    const link = await tx.councilDecisionLink.create({ data: linkData(created.id, target), select: { id: true } });
    const after = decisionSnapshot(created);
    audit({ action: "councilDecision.create", entityType: "CouncilDecision", entityId: created.id, initiativeId: target.initiativeId, after: { ...after, attachedTo: { kind: target.kind, id: target.id } } });
    // Asked once it is attached, so the request knows where it would show and whose it is.
    return { ...after, linkId: link.id, ...(ask ? await requestPublication({ tx, actor, audit }, "DECISION", created.id) : {}) };
  },
});

export const updateDecisionAction = defineAction({
  name: "councilDecision.update",
  input: updateDecisionInput,
  permission: "councilDecision.manage",
  load: async (tx, input) => {
    const before = await findDecision(tx, input.id);
    return before ? { before } : null;
  },
  run: async ({ tx, input: { id, version, ...fields }, resource: { before }, actor, audit }) => {
    await assertNotRecorded(tx, fields, id);
    const ask = fields.isPublic && !before.isPublic && publishReviewOn();
    const data = { ...fields, isPublic: fields.isPublic && !ask, decidedOn: toDay(fields.decidedOn) };
    const after = await updateRowVersioned("Council decision", { id, version }, (args) => tx.councilDecision.updateMany(args), data, () => findDecision(tx, id));
    audit({ action: "councilDecision.update", entityType: "CouncilDecision", entityId: id, before, after });
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "DECISION", id)) } : after;
  },
});

export const deleteDecisionAction = defineAction({
  name: "councilDecision.delete",
  input: deleteDecisionInput,
  permission: "councilDecision.manage",
  load: async (tx, input) => {
    const before = await findDecision(tx, input.id);
    return before ? { before } : null;
  },
  run: async ({ tx, input: { id, version }, resource: { before }, audit }) => {
    // The links go with it (ON DELETE CASCADE).
    const { count } = await tx.councilDecision.deleteMany({ where: { id, version } });
    if (count === 0) throw new AppError("CONFLICT", "Council decision was changed by someone else in the meantime.", { current: await findDecision(tx, id) });
    audit({ action: "councilDecision.delete", entityType: "CouncilDecision", entityId: id, before });
    return { id };
  },
});

export const attachDecisionAction = defineAction({
  name: "councilDecision.attach",
  input: attachDecisionInput,
  permission: "councilDecision.attach",
  load: async (tx, input) => {
    const [decision, target] = await Promise.all([findDecision(tx, input.decisionId), loadTarget(tx, input.targetKind, input.targetId)]);
    return decision && target ? { ...target.facts, target, decision } : null;
  },
  run: async ({ tx, resource: { target, decision }, audit }) => {
    const data = linkData(decision.id, target);
    const existing = await tx.councilDecisionLink.findFirst({ where: data, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "The decision is attached here already.", { fieldErrors: { decisionId: ["#decisions.errors.attached"] } });
    const link = await tx.councilDecisionLink.create({ data, select: { id: true } });
    audit({ action: "councilDecision.attach", entityType: "CouncilDecision", entityId: decision.id, initiativeId: target.initiativeId, after: { number: decision.number, attachedTo: { kind: target.kind, id: target.id } } });
    return { linkId: link.id };
  },
});

export const detachDecisionAction = defineAction({
  name: "councilDecision.detach",
  input: detachDecisionInput,
  permission: "councilDecision.attach",
  load: async (tx, input) => {
    const link = await tx.councilDecisionLink.findUnique({
      where: { id: input.linkId },
      select: { id: true, decisionId: true, masterplanId: true, fieldOfActionId: true, initiativeId: true, decision: { select: { number: true } } },
    });
    if (!link) return null;
    const kind: TargetKind = link.initiativeId ? "initiative" : link.fieldOfActionId ? "field" : "masterplan";
    const target = await loadTarget(tx, kind, (link.initiativeId ?? link.fieldOfActionId ?? link.masterplanId)!);
    return target ? { ...target.facts, target, link } : null;
  },
  run: async ({ tx, resource: { target, link }, audit }) => {
    await tx.councilDecisionLink.delete({ where: { id: link.id } });
    audit({ action: "councilDecision.detach", entityType: "CouncilDecision", entityId: link.decisionId, initiativeId: target.initiativeId, before: { number: link.decision.number, attachedTo: { kind: target.kind, id: target.id } } });
    return { linkId: link.id };
  },
});
