// The names behind the ids in a page of audit events, looked up in one batch: at most one query
// per kind of row (users, initiatives, ...) however many events the page holds. Callers have
// already been allowed to read these events (audit.read or initiative.history.read), and only
// names and titles leave here.
import type { Db } from "@/lib/db/client";
import { collectReferenceIds, type AuditEventLike, type ReferenceKind, type ReferenceNames } from "./describe";

type Named = { id: string; label: string };

const byName = (rows: { id: string; name: string }[]): Named[] => rows.map((r) => ({ id: r.id, label: r.name }));
const byCodeTitle = (rows: { id: string; code: string | null; title: string }[]): Named[] =>
  rows.map((r) => ({ id: r.id, label: r.code ? `${r.code} ${r.title}` : r.title }));

const loaders: Record<ReferenceKind, (db: Db, ids: string[]) => Promise<Named[]>> = {
  users: async (db, ids) => byName(await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  initiatives: async (db, ids) => byCodeTitle(await db.initiative.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, title: true } })),
  departments: async (db, ids) => byName(await db.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  fieldsOfAction: async (db, ids) => byCodeTitle(await db.fieldOfAction.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, title: true } })),
  districts: async (db, ids) => byName(await db.district.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  partners: async (db, ids) => byName(await db.partner.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  fundingProgrammes: async (db, ids) => byName(await db.fundingProgramme.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  milestones: async (db, ids) => byCodeTitle(await db.milestone.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, title: true } })),
  kpis: async (db, ids) => byName(await db.kpi.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  risks: async (db, ids) => (await db.risk.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({ id: r.id, label: r.title })),
  statusReports: async (db, ids) =>
    (await db.statusReport.findMany({ where: { id: { in: ids } }, select: { id: true, period: true } })).map((r) => ({ id: r.id, label: r.period })),
  // "year · SOURCE": describe.ts translates the source.
  budgetLines: async (db, ids) =>
    (await db.budgetLine.findMany({ where: { id: { in: ids } }, select: { id: true, year: true, fundingSource: true } })).map((r) => ({
      id: r.id,
      label: `${r.year} · ${r.fundingSource}`,
    })),
  masterplans: async (db, ids) => (await db.masterplan.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({ id: r.id, label: r.title })),
  tokens: async (db, ids) => byName(await db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  // A measured value is named by its KPI.
  kpiMeasurements: async (db, ids) =>
    (await db.kpiMeasurement.findMany({ where: { id: { in: ids } }, select: { id: true, kpi: { select: { name: true } } } })).map((r) => ({ id: r.id, label: r.kpi.name })),
};

/** Names for every id the events mention; kinds without ids cost no query. */
export async function loadAuditNames(db: Db, events: AuditEventLike[]): Promise<ReferenceNames> {
  const ids = collectReferenceIds(events);
  const kinds = (Object.keys(loaders) as ReferenceKind[]).filter((k) => ids[k].size > 0);
  const found = await Promise.all(kinds.map((k) => loaders[k](db, [...ids[k]])));
  const names: ReferenceNames = {};
  kinds.forEach((kind, i) => {
    names[kind] = new Map(found[i]!.map((r) => [r.id, r.label]));
  });
  return names;
}
