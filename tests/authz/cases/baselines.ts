// Matrix rows for masterplan revisions: freezing a baseline (admins only) and marking an initiative
// merged into / superseded by another (like every change of an initiative: admins, and the head of
// its department; `foreign`: an initiative of another department).
import { freezeBaselineAction } from "@/lib/baselines/mutations";
import type { Db } from "@/lib/db/client";
import { setInitiativeSuccessorAction } from "@/lib/initiatives/mutations/succession";
import { adminOnly, uniq, type Case, type Fixture } from "./shared";

type Scope = "own" | "foreign";

/** A fresh initiative in DIGI (the demo head's department) or VERK, and a successor for it. */
async function scratch(db: Db, scope: Scope) {
  const [field, department] = await Promise.all([
    db.fieldOfAction.findFirstOrThrow({ where: { code: scope === "own" ? "VER" : "MOB" } }),
    db.department.findUniqueOrThrow({ where: { code: scope === "own" ? "DIGI" : "VERK" } }),
  ]);
  const make = (title: string) => {
    const code = `SUCC-${uniq()}`.slice(0, 14);
    return db.initiative.create({ data: { code, slug: code.toLowerCase(), title, fieldOfActionId: field.id, departmentId: department.id }, select: { id: true, code: true, version: true } });
  };
  return { initiative: await make("Matrix: wird zusammengelegt"), successor: await make("Matrix: Nachfolger") };
}

const successorInput = (scope: Scope) => async (f: Fixture) => {
  const { initiative, successor } = await scratch(f.db, scope);
  return { id: initiative.id, version: initiative.version, kind: "MERGED_INTO", successorCode: successor.code };
};

export const CASES: Case[] = [
  {
    action: freezeBaselineAction as Case["action"],
    input: async () => ({ name: `Matrix-Stand ${uniq()}`, baselineDate: "2026-03-12", note: "" }),
    expect: adminOnly,
  },
  {
    action: setInitiativeSuccessorAction as Case["action"],
    input: successorInput("own"),
    expect: { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" },
    foreign: { input: successorInput("foreign"), expect: { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" } },
  },
];
