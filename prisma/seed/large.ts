// Large data sets for performance work (`npm run db:seed -- --scale medium|large`, `npm run bench`):
// generated initiatives with milestones, KPIs, budgets, reports, risks and audit events, added on
// top of the demo data set across its fields of action, departments, districts, partners and users.
// The sizes are totals for the whole database, demo rows included. Deterministic apart from uuids
// (mulberry32, fixed seed); rows are built in memory and written with createMany in chunks, in one
// transaction, so a failed run leaves the demo data as it was.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { buildAuditEvents } from "./large-audit";
import { buildBudgets, buildKpis, buildReports, buildRisks } from "./large-details";
import { buildInitiatives } from "./large-initiatives";
import { createRng, writeInitiativeRows, type LargeRows, type SeedContext, type TableWrite } from "./large-util";

export type ScaleSizes = { initiatives: number; milestones: number; kpis: number; measurementsPerKpi: number; auditEvents: number };

export const SCALES = {
  medium: { initiatives: 500, milestones: 5_000, kpis: 100, measurementsPerKpi: 30, auditEvents: 10_000 },
  large: { initiatives: 2_000, milestones: 20_000, kpis: 200, measurementsPerKpi: 60, auditEvents: 50_000 },
} as const satisfies Record<string, ScaleSizes>;

export type ScaleName = "demo" | keyof typeof SCALES;
export const SCALE_NAMES: readonly ScaleName[] = ["demo", "medium", "large"];

export function isScaleName(value: string): value is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(value);
}

export type LargeSeedOptions = {
  /** Reference date for everything relative. Default: now. */
  today?: Date;
  /** PRNG seed. Default: a fixed one, so two runs give the same data. */
  seed?: number;
  /** Rows per createMany. Default 5,000. */
  chunkSize?: number;
};

export type Totals = { initiatives: number; milestones: number; kpis: number; measurements: number; auditEvents: number };

export type LargeSeedResult = {
  /** Row counts of the whole database after seeding. */
  totals: Totals;
  /** Rows written per table, in write order. */
  written: { table: string; rows: number; ms: number }[];
  buildMs: number;
  writeMs: number;
};

async function countTotals(prisma: PrismaClient): Promise<Totals> {
  const [initiatives, milestones, kpis, measurements, auditEvents] = await Promise.all([
    prisma.initiative.count(),
    prisma.milestone.count(),
    prisma.kpi.count(),
    prisma.kpiMeasurement.count(),
    prisma.auditEvent.count(),
  ]);
  return { initiatives, milestones, kpis, measurements, auditEvents };
}

/** What the demo data offers to build on: fields, departments (paired as in the demo), districts, partners, users. */
async function loadContext(prisma: PrismaClient, now: Date): Promise<SeedContext> {
  const masterplan = await prisma.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!masterplan) throw new Error("no masterplan: seed the demo data first");
  const [fields, departments, districts, partners, users, pairs, existing] = await Promise.all([
    prisma.fieldOfAction.findMany({ where: { masterplanId: masterplan.id }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true } }),
    prisma.department.findMany({ orderBy: { code: "asc" }, select: { id: true } }),
    prisma.district.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    prisma.partner.findMany({ orderBy: { slug: "asc" }, select: { id: true } }),
    prisma.user.findMany({ where: { active: true }, orderBy: { email: "asc" }, select: { id: true, role: true, departmentId: true } }),
    prisma.initiative.groupBy({ by: ["fieldOfActionId", "departmentId"], _count: { _all: true }, orderBy: [{ fieldOfActionId: "asc" }, { departmentId: "asc" }] }),
    prisma.initiative.findMany({ select: { code: true, slug: true } }),
  ]);
  const admin = users.find((u) => u.role === "ADMIN");
  if (fields.length === 0 || departments.length === 0 || !admin) throw new Error("the demo data is incomplete (fields of action, departments or an admin missing)");
  const departmentsByField = new Map<string, string[]>();
  for (const p of pairs) {
    const list = departmentsByField.get(p.fieldOfActionId) ?? [];
    for (let k = 0; k < p._count._all; k++) list.push(p.departmentId);
    departmentsByField.set(p.fieldOfActionId, list);
  }
  const leadsByDepartment = new Map<string, string[]>();
  const headByDepartment = new Map<string, string>();
  for (const u of users) {
    if (u.role === "PROJECT_LEAD") {
      for (const key of [u.departmentId ?? "*", "*"]) leadsByDepartment.set(key, [...(leadsByDepartment.get(key) ?? []), u.id]);
    }
    if (u.role === "DEPARTMENT_HEAD" && u.departmentId && !headByDepartment.has(u.departmentId)) headByDepartment.set(u.departmentId, u.id);
  }
  return {
    now,
    fields,
    departmentsByField,
    departmentIds: departments.map((d) => d.id),
    districts,
    partnerIds: partners.map((p) => p.id),
    leadsByDepartment,
    headByDepartment,
    adminId: admin.id,
    takenCodes: new Set(existing.map((i) => i.code)),
    takenSlugs: new Set(existing.map((i) => i.slug)),
  };
}

/** Builds every row for the step from `current` to `sizes` (pure apart from uuids). */
export function buildLargeRows(ctx: SeedContext, current: Totals, sizes: ScaleSizes, seed = 20180618): LargeRows {
  const rng = createRng(seed);
  const rows: LargeRows = {
    initiatives: [], leads: [], initiativeDistricts: [], initiativePartners: [], milestones: [], forecasts: [],
    kpis: [], measurements: [], budgetLines: [], reports: [], risks: [], auditEvents: [],
  };
  const add = (target: number, have: number) => Math.max(0, target - have);
  const initiatives = buildInitiatives(rng, ctx, add(sizes.initiatives, current.initiatives), add(sizes.milestones, current.milestones), rows);
  buildKpis(rng, ctx, initiatives, add(sizes.kpis, current.kpis), add(sizes.kpis * sizes.measurementsPerKpi, current.measurements), rows);
  buildBudgets(rng, ctx, initiatives, rows);
  buildReports(rng, ctx, initiatives, rows);
  buildRisks(rng, ctx, initiatives, rows);
  buildAuditEvents(rng, ctx, initiatives, add(sizes.auditEvents, current.auditEvents), rows);
  return rows;
}

/** Bind parameters Prisma allows per PostgreSQL statement. */
const MAX_BIND_PARAMS = 32_766;

async function writeRows(tx: Tx, rows: LargeRows, chunkSize: number) {
  const written: LargeSeedResult["written"] = [];
  const write: TableWrite = async (table, data, createMany) => {
    const started = performance.now();
    // Keep each chunk within one INSERT's bind parameters; larger ones Prisma splits and sends concurrently on one connection.
    const size = Math.max(1, Math.min(chunkSize, Math.floor(MAX_BIND_PARAMS / Math.max(1, Object.keys(data[0] ?? {}).length))));
    for (let i = 0; i < data.length; i += size) await createMany(data.slice(i, i + size));
    written.push({ table, rows: data.length, ms: Math.round(performance.now() - started) });
  };
  await writeInitiativeRows(tx, rows, write);
  await write("audit_events", rows.auditEvents, (data) => tx.auditEvent.createMany({ data })); // INSERT only: the table is append-only
  return written;
}

/**
 * Grows a database holding the demo data to `sizes` (totals, demo rows included). Tables already at
 * or above a size get nothing more. Runs ANALYZE afterwards so the planner knows the new sizes.
 */
export async function seedLarge(prisma: PrismaClient, sizes: ScaleSizes, opts: LargeSeedOptions = {}): Promise<LargeSeedResult> {
  const now = opts.today ?? new Date();
  const buildStarted = performance.now();
  const ctx = await loadContext(prisma, now);
  const rows = buildLargeRows(ctx, await countTotals(prisma), sizes, opts.seed);
  const buildMs = Math.round(performance.now() - buildStarted);
  const writeStarted = performance.now();
  const written = await prisma.$transaction((tx) => writeRows(tx, rows, opts.chunkSize ?? 5_000), { timeout: 15 * 60_000, maxWait: 10_000 });
  await prisma.$executeRaw`ANALYZE`;
  const writeMs = Math.round(performance.now() - writeStarted);
  return { totals: await countTotals(prisma), written, buildMs, writeMs };
}
