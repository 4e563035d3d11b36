// Matrix rows for creating and editing initiatives: master data, status and health, visibility,
// archive, project leads and partners. "Own" targets are initiatives of the demo department head's
// department (DIGI) that the demo project lead leads; "foreign" ones belong to another department
// (VERK) and are not led by the demo lead (swapped ids).
import type { Db } from "@/lib/db/client";
import { createInitiativeAction } from "@/lib/initiatives/mutations/create";
import { addContributingDepartmentAction, removeContributingDepartmentAction } from "@/lib/initiatives/mutations/departments";
import { addInitiativeLeadAction, removeInitiativeLeadAction } from "@/lib/initiatives/mutations/leads";
import { removeInitiativeMemberAction, setInitiativeMemberAction } from "@/lib/initiatives/mutations/members";
import { addInitiativePartnerAction, removeInitiativePartnerAction, updateInitiativePartnerAction } from "@/lib/initiatives/mutations/partners";
import { archiveInitiativeAction, setInitiativeStatusAction, setInitiativeVisibilityAction, unarchiveInitiativeAction } from "@/lib/initiatives/mutations/state";
import { updateInitiativeAction } from "@/lib/initiatives/mutations/update";
import { uniq, type Case, type Fixture, type Outcome, type Expectation, type RoleKey } from "./shared";

type Scope = "own" | "foreign";

/** Only admins and the head of the initiative's department may change it; leads, council and viewers may not. */
const editors: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
const foreignExpect: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" };

/** A code nobody has, in the initiative format (five random capitals, two digits). */
const freshCode = () =>
  `${Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("")}-${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;

const departmentId = async (db: Db, scope: Scope) => (await db.department.findUniqueOrThrow({ where: { code: scope === "own" ? "DIGI" : "VERK" } })).id;

/** A fresh initiative: in DIGI led by the demo lead, or in VERK led by nobody we act as. */
async function scratchInitiative(f: Fixture, scope: Scope, extra: { archivedAt?: Date } = {}) {
  const field = await f.db.fieldOfAction.findFirstOrThrow({ where: { code: scope === "own" ? "VER" : "MOB" } });
  return f.db.initiative.create({
    data: {
      code: freshCode(),
      slug: `matrix-${uniq().toLowerCase()}`,
      title: "Matrixvorhaben",
      fieldOfActionId: field.id,
      departmentId: await departmentId(f.db, scope),
      ...extra,
      ...(scope === "own" ? { leads: { create: { userId: f.actors.lead.id } } } : {}),
    },
  });
}

async function scratchLink(f: Fixture, scope: Scope) {
  const i = await scratchInitiative(f, scope);
  const partner = await f.db.partner.findFirstOrThrow({ orderBy: { name: "asc" } });
  return f.db.initiativePartner.create({ data: { initiativeId: i.id, partnerId: partner.id, role: "OPERATOR" } });
}

/** Someone who may lead initiatives and is none of the matrix actors. */
const leadCandidate = (db: Db) => db.user.findUniqueOrThrow({ where: { email: "tobias.kraemer@demo.masterplan.example" } });

/** A new initiative with everything the form can set in one go: districts, a lead, a partner, a first milestone. */
async function createInput(f: Fixture, scope: Scope) {
  const [field, district, partner, leadUser] = await Promise.all([
    f.db.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } }),
    f.db.district.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" } }),
    f.db.partner.findFirstOrThrow({ orderBy: { name: "asc" } }),
    leadCandidate(f.db),
  ]);
  return {
    code: freshCode(),
    title: `Neues Vorhaben ${uniq()}`,
    fieldOfActionId: field.id,
    departmentId: await departmentId(f.db, scope),
    status: "PROPOSED",
    health: "ON_TRACK",
    visibility: "INTERNAL",
    districtIds: [district.id],
    leadUserIds: [leadUser.id],
    partners: [{ partnerId: partner.id, role: "OPERATOR" }],
    milestones: [{ title: "Konzept abgestimmt", code: "M1", baselineDate: "2027-03-31" }],
  };
}

async function updateInput(f: Fixture, scope: Scope) {
  const i = await scratchInitiative(f, scope);
  return { id: i.id, version: i.version, code: i.code, title: "Umbenannt", fieldOfActionId: i.fieldOfActionId, departmentId: i.departmentId, tags: "Matrix" };
}

/** One row per action: editors on own targets, and swapped ids on another department's targets. */
function row(action: Case["action"], input: (f: Fixture, scope: Scope) => Promise<unknown>): Case {
  return { action, input: (f) => input(f, "own"), expect: editors, foreign: { input: (f) => input(f, "foreign"), expect: foreignExpect } };
}

export const CASES: Case[] = [
  // For a new initiative the facts are the chosen department: a head may create only in their own,
  // and sets leads, partners and milestones only there, as on the initiative page.
  row(createInitiativeAction as Case["action"], createInput),
  row(updateInitiativeAction as Case["action"], updateInput),
  row(setInitiativeStatusAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    return { id: i.id, version: i.version, status: "IN_PROGRESS", health: "AT_RISK", healthReason: "Matrix" };
  }),
  row(setInitiativeVisibilityAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    return { id: i.id, version: i.version, visibility: "PUBLIC" };
  }),
  row(archiveInitiativeAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    return { id: i.id, version: i.version };
  }),
  row(unarchiveInitiativeAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope, { archivedAt: new Date() });
    return { id: i.id, version: i.version };
  }),
  row(addInitiativeLeadAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    return { initiativeId: i.id, userId: (await leadCandidate(f.db)).id };
  }),
  row(removeInitiativeLeadAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    const user = await leadCandidate(f.db);
    await f.db.initiativeLead.create({ data: { initiativeId: i.id, userId: user.id } });
    return { initiativeId: i.id, userId: user.id };
  }),
  // Deputies and editors are assigned like the leads (tests/authz/responsibilities.test.ts: what they may then do).
  row(setInitiativeMemberAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    return { initiativeId: i.id, userId: (await leadCandidate(f.db)).id, role: "DEPUTY" };
  }),
  row(removeInitiativeMemberAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    const user = await leadCandidate(f.db);
    await f.db.initiativeMember.create({ data: { initiativeId: i.id, userId: user.id, role: "EDITOR" } });
    return { initiativeId: i.id, userId: user.id };
  }),
  row(addContributingDepartmentAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    return { initiativeId: i.id, departmentId: (await f.db.department.findUniqueOrThrow({ where: { code: "SCHUL" } })).id };
  }),
  row(removeContributingDepartmentAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    const other = await f.db.department.findUniqueOrThrow({ where: { code: "SCHUL" } });
    await f.db.initiativeContributingDepartment.create({ data: { initiativeId: i.id, departmentId: other.id } });
    return { initiativeId: i.id, departmentId: other.id };
  }),
  row(addInitiativePartnerAction as Case["action"], async (f, scope) => {
    const i = await scratchInitiative(f, scope);
    const partner = await f.db.partner.findFirstOrThrow({ orderBy: { name: "asc" } });
    return { initiativeId: i.id, partnerId: partner.id, role: "FUNDING_PARTNER", contribution: "Matrix", committedAmount: "1.000,00" };
  }),
  row(updateInitiativePartnerAction as Case["action"], async (f, scope) => {
    const link = await scratchLink(f, scope);
    return { id: link.id, version: link.version, role: "OPERATOR", contribution: "Matrix", committedAmount: "12.5" };
  }),
  row(removeInitiativePartnerAction as Case["action"], async (f, scope) => {
    const link = await scratchLink(f, scope);
    return { id: link.id, version: link.version };
  }),
];
