// Matrix rows for plan setup: the masterplan, its fields of action and the districts (admins only).
import type { Db } from "@/lib/db/client";
import * as districtMutations from "@/lib/plan/district-mutations";
import * as fieldMutations from "@/lib/plan/field-mutations";
import * as masterplanMutations from "@/lib/plan/masterplan-mutations";
import { adminOnly, adminOnlyOnFreshRow, uniq, type Case } from "./shared";

let k = 0;
/** A fresh field code: "QZ" and three letters counting up (each test file gets a fresh database). */
const letters = () => {
  let v = k++;
  let code = "";
  for (let i = 0; i < 3; i++, v = Math.floor(v / 26)) code = String.fromCharCode(65 + (v % 26)) + code;
  return `QZ${code}`;
};

async function scratchField(db: Db, archived = false) {
  const masterplan = await db.masterplan.findFirstOrThrow({ select: { id: true } });
  const code = letters();
  return db.fieldOfAction.create({
    data: { masterplanId: masterplan.id, code, slug: `matrix-${code.toLowerCase()}-${uniq().toLowerCase()}`, title: "Matrixfeld", sortOrder: 990, archivedAt: archived ? new Date() : null },
  });
}

async function scratchDistrict(db: Db, archived = false) {
  const code = `X${uniq()}`.slice(0, 12);
  return db.district.create({ data: { code, slug: `matrix-${code.toLowerCase()}`, name: "Matrixbezirk", archivedAt: archived ? new Date() : null } });
}

export const CASES: Case[] = [
  {
    // The demo has its masterplan; an admin may create one, but not a second.
    action: masterplanMutations.createMasterplanAction as Case["action"],
    input: async () => ({ title: "Zweiter Masterplan", vision: "Noch einer", periodStart: "2026-01-01", periodEnd: "2030-12-31" }),
    expect: { ...adminOnly, admin: "CONFLICT" },
  },
  {
    action: masterplanMutations.updateMasterplanAction as Case["action"],
    input: async (f) => {
      const m = await f.db.masterplan.findFirstOrThrow();
      return { id: m.id, version: m.version, title: m.title, vision: m.vision, periodStart: m.periodStart.toISOString().slice(0, 10), periodEnd: m.periodEnd.toISOString().slice(0, 10), adoptedAt: "" };
    },
    expect: adminOnly,
  },
  {
    action: fieldMutations.createFieldOfActionAction as Case["action"],
    input: async () => ({ code: letters(), title: "Neues Feld", sortOrder: 995, color: "#336699" }),
    expect: adminOnly,
  },
  {
    action: fieldMutations.updateFieldOfActionAction as Case["action"],
    input: async (f) => {
      const x = await scratchField(f.db);
      return { id: x.id, version: x.version, code: x.code, title: "Umbenannt", description: "", sortOrder: 991, color: "" };
    },
    expect: adminOnly,
  },
  {
    action: fieldMutations.moveFieldOfActionAction as Case["action"],
    input: async (f) => {
      const x = await scratchField(f.db);
      return { id: x.id, version: x.version, direction: "up" };
    },
    expect: adminOnly,
  },
  adminOnlyOnFreshRow(fieldMutations.archiveFieldOfActionAction as Case["action"], scratchField),
  adminOnlyOnFreshRow(fieldMutations.unarchiveFieldOfActionAction as Case["action"], (db) => scratchField(db, true)),
  adminOnlyOnFreshRow(fieldMutations.deleteFieldOfActionAction as Case["action"], scratchField),
  {
    action: districtMutations.createDistrictAction as Case["action"],
    input: async () => ({ code: `N${uniq()}`.slice(0, 12), name: "Neuer Bezirk", sortOrder: 90 }),
    expect: adminOnly,
  },
  {
    action: districtMutations.updateDistrictAction as Case["action"],
    input: async (f) => {
      const d = await scratchDistrict(f.db);
      return { id: d.id, version: d.version, code: d.code, name: "Umbenannt", sortOrder: 91 };
    },
    expect: adminOnly,
  },
  adminOnlyOnFreshRow(districtMutations.archiveDistrictAction as Case["action"], scratchDistrict),
  adminOnlyOnFreshRow(districtMutations.unarchiveDistrictAction as Case["action"], (db) => scratchDistrict(db, true)),
  adminOnlyOnFreshRow(districtMutations.deleteDistrictAction as Case["action"], scratchDistrict),
];
