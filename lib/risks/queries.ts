// Internal reads of an initiative's risks (with score and level) and, for those who may edit them,
// the people who can own a risk. Scoped by the viewer.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import type { Db } from "@/lib/db/client";
import { riskLevel, riskScore } from "./score";

/** Closed risks last; within a group the highest score first. */
const CLOSED_LAST = { OPEN: 0, MITIGATING: 0, OCCURRED: 0, CLOSED: 1 } as const;

/** Null when the initiative does not exist. */
export async function listInitiativeRisks(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const canEdit = can(viewer, "risk.edit", facts);
  const [rows, owners] = await Promise.all([
    db.risk.findMany({
      where: { initiativeId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        description: true,
        probability: true,
        impact: true,
        mitigation: true,
        status: true,
        version: true,
        owner: { select: { id: true, name: true } },
      },
    }),
    canEdit ? db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }) : Promise.resolve([]),
  ]);
  const risks = rows
    .map((r) => {
      const score = riskScore(r.probability, r.impact);
      return { ...r, score, level: riskLevel(score) };
    })
    .sort((a, b) => CLOSED_LAST[a.status] - CLOSED_LAST[b.status] || b.score - a.score);
  return { risks, owners, canEdit };
}

export type InitiativeRisks = NonNullable<Awaited<ReturnType<typeof listInitiativeRisks>>>;
export type RiskRow = InitiativeRisks["risks"][number];
