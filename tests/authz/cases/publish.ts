// Matrix rows for the four eyes before publishing (PUBLISH_REVIEW): approving and rejecting a
// publication request is for an admin or the head of the target's department — never for the one
// who asked, whatever their role — and the requester alone may withdraw it. "Own" targets are
// initiatives of the demo head's department (DIGI), "foreign" ones of another (VERK).
import type { Db } from "@/lib/db/client";
import { previewInitiative, previewTarget } from "@/lib/publish/preview";
import { approvePublishAction, rejectPublishAction, withdrawPublishAction } from "@/lib/publish/mutations";
import { nobody, uniq, type Case, type Fixture, type Outcome, type Expectation, type RoleKey, type Scope } from "./shared";

/** Someone who is none of the matrix actors: the requester of the requests the actors decide on. */
const requester = (db: Db) => db.user.findUniqueOrThrow({ where: { email: "tobias.kraemer@demo.masterplan.example" }, select: { id: true } });

/** A fresh internal initiative with a pending request to publish it, asked by `requestedById`. */
export async function scratchPublishRequest(db: Db, scope: Scope, requestedById: string) {
  const department = await db.department.findUniqueOrThrow({ where: { code: scope === "own" ? "DIGI" : "VERK" } });
  const field = await db.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } });
  const code = uniq();
  const i = await db.initiative.create({
    data: { code: `PUB${code}`.slice(0, 20), slug: `publish-${code.toLowerCase()}`, title: `Veröffentlichung ${code}`, fieldOfActionId: field.id, departmentId: department.id },
  });
  const snapshot = (await previewInitiative(db, i.id))!;
  return db.publishRequest.create({
    data: { targetKind: "INITIATIVE", targetId: i.id, targetVersion: i.version, initiativeId: i.id, departmentId: department.id, label: i.title, snapshot, requestedById },
  });
}

/** A fresh internal milestone or KPI of a public initiative of the head's department, with a pending request to publish it. */
export async function scratchPartPublishRequest(db: Db, kind: "MILESTONE" | "KPI", requestedById: string) {
  const i = await db.initiative.findFirstOrThrow({ where: { department: { code: "DIGI" }, visibility: "PUBLIC", archivedAt: null }, orderBy: { code: "asc" } });
  const title = `Teil ${uniq()}`;
  const target =
    kind === "MILESTONE"
      ? await db.milestone.create({ data: { initiativeId: i.id, title, baselineDate: new Date("2027-06-30"), forecastDate: new Date("2027-06-30"), isPublic: false } })
      : await db.kpi.create({
          data: { scope: "INITIATIVE", initiativeId: i.id, name: title, unit: "Anzahl", isPublic: false, baselineValue: 0, baselineDate: new Date("2024-01-01"), targetValue: 5, targetDate: new Date("2028-12-31") },
        });
  const snapshot = (await previewTarget(db, kind, target.id))!;
  return db.publishRequest.create({
    data: { targetKind: kind, targetId: target.id, targetVersion: target.version, initiativeId: i.id, departmentId: i.departmentId, label: `${i.code}: ${title}`, snapshot, requestedById },
  });
}

const reviewers: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
const foreignReviewers: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" };

function decision(action: Case["action"], extra: object): Case[] {
  const byOther = async (f: Fixture, scope: Scope) => {
    const r = await scratchPublishRequest(f.db, scope, (await requester(f.db)).id);
    return { id: r.id, version: r.version, ...extra };
  };
  return [
    { action, input: (f) => byOther(f, "own"), expect: reviewers, foreign: { input: (f) => byOther(f, "foreign"), expect: foreignReviewers } },
    // Four eyes: whoever asked may not decide, not even an admin or the department's head.
    {
      action,
      input: async (f, role) => {
        const r = await scratchPublishRequest(f.db, "own", f.actors[role].id);
        return { id: r.id, version: r.version, ...extra };
      },
      expect: nobody,
    },
  ];
}

/** A milestone's or KPI's request: the department's head or an admin approves another's, nobody their own. */
function partApproval(kind: "MILESTONE" | "KPI"): Case[] {
  const action = approvePublishAction as Case["action"];
  return [
    { action, input: async (f) => { const r = await scratchPartPublishRequest(f.db, kind, (await requester(f.db)).id); return { id: r.id, version: r.version }; }, expect: reviewers },
    { action, input: async (f, role) => { const r = await scratchPartPublishRequest(f.db, kind, f.actors[role].id); return { id: r.id, version: r.version }; }, expect: nobody },
  ];
}

export const CASES: Case[] = [
  ...decision(approvePublishAction as Case["action"], {}),
  ...partApproval("MILESTONE"),
  ...partApproval("KPI"),
  ...decision(rejectPublishAction as Case["action"], { comment: "Bitte Beschreibung ergänzen." }),
  {
    action: withdrawPublishAction as Case["action"],
    input: async (f, role) => {
      const r = await scratchPublishRequest(f.db, "own", f.actors[role].id);
      return { id: r.id, version: r.version };
    },
    expect: { admin: "ok", head: "ok", council: "ok", lead: "ok", viewer: "ok" },
    foreign: {
      input: async (f) => {
        const r = await scratchPublishRequest(f.db, "own", (await requester(f.db)).id);
        return { id: r.id, version: r.version };
      },
      expect: nobody,
    },
  },
];
