// Reads of plan baselines for the signed-in app: the list, and the comparison of two sides (a
// baseline or "today"), scoped by the viewer's right to read the internal portfolio.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { comparePlans, type PlanComparison } from "./compare";
import { comparisonSide } from "./schemas";
import { readBaselineSnapshot, readCurrentSnapshot } from "./snapshot-sql";
import type { PlanSnapshot } from "./types";

export type BaselineSummary = { id: string; name: string; baselineDate: string; note: string; createdAt: Date; initiativeCount: number };

/** Baselines of the (first) masterplan, oldest plan date first, without checking the viewer: callers do. */
export async function baselineList(db: Db): Promise<{ masterplanId: string | null; baselines: BaselineSummary[] }> {
  const masterplan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!masterplan) return { masterplanId: null, baselines: [] };
  const rows = await db.planBaseline.findMany({
    where: { masterplanId: masterplan.id },
    orderBy: [{ baselineDate: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, baselineDate: true, note: true, createdAt: true, _count: { select: { initiatives: true } } },
  });
  return {
    masterplanId: masterplan.id,
    baselines: rows.map((b) => ({ id: b.id, name: b.name, baselineDate: isoDate(b.baselineDate), note: b.note, createdAt: b.createdAt, initiativeCount: b._count.initiatives })),
  };
}

export async function listBaselines(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "portfolio.read");
  return baselineList(db);
}

/** One side of a comparison as a snapshot; null when the baseline does not exist. */
export async function snapshotOf(db: Db, masterplanId: string, side: string): Promise<PlanSnapshot | null> {
  if (side === "today") return readCurrentSnapshot(db, masterplanId);
  const exists = await db.planBaseline.findFirst({ where: { id: side, masterplanId }, select: { id: true } });
  return exists ? readBaselineSnapshot(db, side) : null;
}

export type RevisionComparison = { from: string; to: string; baselines: BaselineSummary[]; comparison: PlanComparison | null };

/**
 * The comparison the revisions page shows: `from` defaults to the oldest baseline (the adopted
 * plan), `to` to today. Without any baseline there is nothing to compare (comparison null).
 */
export async function compareRevisions(db: Db, viewer: Actor | null | undefined, request: { from?: string; to?: string }): Promise<RevisionComparison> {
  assertCan(viewer, "portfolio.read");
  const { masterplanId, baselines } = await baselineList(db);
  const from = request.from ?? baselines[0]?.id ?? "today";
  const to = request.to ?? "today";
  if (!masterplanId || baselines.length === 0) return { from, to, baselines, comparison: null };
  if (!comparisonSide.safeParse(from).success || !comparisonSide.safeParse(to).success) throw new AppError("NOT_FOUND", "No such baseline.");
  const [a, b] = await Promise.all([snapshotOf(db, masterplanId, from), snapshotOf(db, masterplanId, to)]);
  if (!a || !b) throw new AppError("NOT_FOUND", "No such baseline.");
  return { from, to, baselines, comparison: comparePlans(a, b) };
}
