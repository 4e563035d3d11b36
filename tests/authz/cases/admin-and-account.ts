// Matrix rows for administration (departments, users, partners, funding programmes) and the own account (password, tokens) and KPI measurements.
import type { Db } from "@/lib/db/client";
import { changeOwnPasswordAction } from "@/lib/account/mutations";
import { createDepartmentAction, deleteDepartmentAction, updateDepartmentAction } from "@/lib/departments/mutations";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { archiveFundingProgrammeAction, createFundingProgrammeAction, unarchiveFundingProgrammeAction, updateFundingProgrammeAction } from "@/lib/funding/mutations";
import { createPartnerAction, deletePartnerAction, updatePartnerAction } from "@/lib/partners/mutations";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/mutations";
import { endOtherSessionsAction, endOwnSessionAction, endUserSessionsAction } from "@/lib/sessions/mutations";
import { createSession } from "@/lib/sessions/store";
import * as userMutations from "@/lib/users/mutations";
import { cityToday } from "@/lib/dates";
import { adminOnly, adminOnlyOnFreshRow, everyone, everyoneOnOwnAccount, leadInitiativesWhere, ownRowsOnly, uniq, type Case, type Fixture, type Scope } from "./shared";

async function scratchDepartment(db: Db) {
  return db.department.create({ data: { code: `T${uniq()}`.slice(0, 12), name: "Testamt" } });
}

async function scratchUser(db: Db, active = true) {
  return db.user.create({ data: { email: `m-${uniq().toLowerCase()}@test.example`, name: "Matrix Person", active } });
}

async function scratchPartner(db: Db) {
  const name = `Matrixpartner ${uniq()}`;
  return db.partner.create({ data: { name, slug: name.toLowerCase().replace(/\s+/g, "-"), kind: "COMPANY" } });
}

async function scratchProgramme(db: Db, archived = false) {
  return db.fundingProgramme.create({ data: { name: `Matrixprogramm ${uniq()}`, level: "FEDERAL", archivedAt: archived ? new Date() : null } });
}

async function scratchToken(db: Db, userId: string) {
  const token = await db.apiToken.create({
    data: { userId, name: "matrix", prefix: "abcdefgh", tokenHash: `hash-${uniq()}`, scopes: ["READ"], expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return token.id;
}

async function scratchSession(db: Db, userId: string) {
  const now = new Date();
  return createSession(db, { userId, now, expiresAt: new Date(now.getTime() + 3_600_000), userAgent: "matrix", address: "192.0.2.1" });
}

/** A KPI of an initiative that the demo project lead leads (department DIGI), or of one in another department. */
async function kpiOf(f: Fixture, scope: Scope) {
  const kpi = await f.db.kpi.findFirstOrThrow({ where: { initiative: leadInitiativesWhere(f, scope) }, select: { id: true, valueType: true } });
  return { kpiId: kpi.id, periodDate: cityToday(), value: 50, note: "Matrix" };
}

export const CASES: Case[] = [
  {
    action: createDepartmentAction as Case["action"],
    input: async () => ({ code: `D${uniq()}`.slice(0, 12), name: "Neues Amt" }),
    expect: adminOnly,
  },
  {
    action: updateDepartmentAction as Case["action"],
    input: async (f) => {
      const d = await scratchDepartment(f.db);
      return { id: d.id, version: d.version, code: d.code, name: "Umbenannt" };
    },
    expect: adminOnly,
  },
  adminOnlyOnFreshRow(deleteDepartmentAction as Case["action"], scratchDepartment),
  {
    // Acts on the caller's own account only; an injected user id is ignored.
    action: changeOwnPasswordAction as Case["action"],
    input: async (f) => {
      const next = `ein neues langes Passwort ${uniq()}`;
      return { id: f.actors.admin.id, userId: f.actors.admin.id, currentPassword: "correct horse battery staple", newPassword: next, confirmPassword: next };
    },
    expect: everyoneOnOwnAccount,
  },
  {
    action: userMutations.createUserAction as Case["action"],
    input: async () => ({ email: `neu-${uniq().toLowerCase()}@test.example`, name: "Neue Person", role: "VIEWER", departmentId: "" }),
    expect: adminOnly,
  },
  {
    action: userMutations.updateUserAction as Case["action"],
    input: async (f) => {
      const u = await scratchUser(f.db);
      return { id: u.id, version: u.version, name: "Umbenannt", role: "VIEWER", departmentId: "" };
    },
    expect: adminOnly,
  },
  adminOnlyOnFreshRow(userMutations.deactivateUserAction as Case["action"], scratchUser),
  adminOnlyOnFreshRow(userMutations.reactivateUserAction as Case["action"], (db) => scratchUser(db, false)),
  {
    action: userMutations.issuePasswordResetLinkAction as Case["action"],
    input: async (f) => ({ id: (await scratchUser(f.db)).id }),
    expect: adminOnly,
  },
  {
    action: userMutations.issueTemporaryPasswordAction as Case["action"],
    input: async (f) => ({ id: (await scratchUser(f.db)).id }),
    expect: adminOnly,
  },
  {
    action: createPartnerAction as Case["action"],
    input: async () => ({ name: `Partner ${uniq()}`, kind: "COMPANY" }),
    expect: adminOnly,
  },
  {
    action: updatePartnerAction as Case["action"],
    input: async (f) => {
      const p = await scratchPartner(f.db);
      return { id: p.id, version: p.version, name: `${p.name} neu`, kind: p.kind };
    },
    expect: adminOnly,
  },
  adminOnlyOnFreshRow(deletePartnerAction as Case["action"], scratchPartner),
  {
    action: createFundingProgrammeAction as Case["action"],
    input: async () => ({ name: `Programm ${uniq()}`, level: "EU", fundingRate: "40", periodFrom: "2021-01-01", periodTo: "2027-12-31", url: "https://www.efre.nrw" }),
    expect: adminOnly,
  },
  {
    action: updateFundingProgrammeAction as Case["action"],
    input: async (f) => {
      const p = await scratchProgramme(f.db);
      return { id: p.id, version: p.version, name: `${p.name} neu`, level: p.level, grantReference: "RL 2026" };
    },
    expect: adminOnly,
  },
  adminOnlyOnFreshRow(archiveFundingProgrammeAction as Case["action"], (db) => scratchProgramme(db)),
  adminOnlyOnFreshRow(unarchiveFundingProgrammeAction as Case["action"], (db) => scratchProgramme(db, true)),
  {
    action: createTokenAction as Case["action"],
    input: async () => ({ name: `Token ${uniq()}`, scopes: ["READ"], expiresInDays: 30 }),
    expect: everyone,
  },
  // Swapped id: somebody else's token or session. Nobody, not even an admin, revokes another user's
  // token or ends their sessions one by one.
  ownRowsOnly(revokeTokenAction as Case["action"], scratchToken),
  ownRowsOnly(endOwnSessionAction as Case["action"], scratchSession, everyoneOnOwnAccount),
  {
    // Acts on the caller's own sessions only; an injected user id is ignored.
    action: endOtherSessionsAction as Case["action"],
    input: async (f, role) => {
      await scratchSession(f.db, f.actors[role].id);
      return { id: f.actors.admin.id, userId: f.actors.admin.id };
    },
    expect: everyoneOnOwnAccount,
  },
  {
    action: endUserSessionsAction as Case["action"],
    input: async (f) => {
      const u = await scratchUser(f.db);
      await scratchSession(f.db, u.id);
      return { id: u.id };
    },
    expect: adminOnly,
  },
  {
    action: recordKpiMeasurementAction as Case["action"],
    input: (f) => kpiOf(f, "own"),
    expect: { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "ok", viewer: "FORBIDDEN" },
    // Swapped id: a KPI of an initiative in another department that the lead does not lead.
    foreign: {
      input: (f) => kpiOf(f, "foreign"),
      expect: { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" },
    },
  },
];
