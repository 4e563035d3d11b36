// Reads of funding programmes: the admin list (every field, with how many budget lines use each)
// and the choices the new-budget-line form offers (active programmes only; a line keeps the
// programme it was planned with, archived or not).
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { FundingSource } from "@/lib/generated/prisma/enums";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** A programme's own fields, as the admin page lists them and the actions return them. */
export const programmeSelect = {
  id: true,
  name: true,
  level: true,
  grantReference: true,
  fundingRate: true,
  periodFrom: true,
  periodTo: true,
  url: true,
  archivedAt: true,
  version: true,
} as const;

export async function listFundingProgrammes(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "fundingProgramme.manage");
  const rows = await db.fundingProgramme.findMany({
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { ...programmeSelect, _count: { select: { budgetLines: true } } },
  });
  return rows.map(({ _count, archivedAt, ...p }) => ({
    ...p,
    fundingRate: p.fundingRate?.toFixed(2) ?? null,
    periodFrom: day(p.periodFrom),
    periodTo: day(p.periodTo),
    archived: archivedAt !== null,
    lines: _count.budgetLines,
  }));
}

export type FundingProgrammeRow = Awaited<ReturnType<typeof listFundingProgrammes>>[number];
export type ProgrammeChoice = { id: string; name: string; level: FundingSource };

/** Programmes a budget line may name: the active ones, by level and name (for the budget forms). */
export async function listProgrammeChoices(db: Db, viewer: Actor | null | undefined): Promise<ProgrammeChoice[]> {
  assertCan(viewer, "portfolio.read");
  return db.fundingProgramme.findMany({
    where: { archivedAt: null },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, level: true },
  });
}
