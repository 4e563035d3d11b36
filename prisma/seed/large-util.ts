// Deterministic randomness, date helpers and the shared types of the large data set generator
// (prisma/seed/large*.ts). Everything except the uuids is a pure function of the seed and `today`.
import type { Tx } from "@/lib/db/client";
import type { Health, InitiativeStatus, Prisma } from "@/lib/generated/prisma/client";

export type Rng = {
  next: () => number;
  int: (lo: number, hi: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(xs: readonly T[]) => T;
  /** Up to k distinct elements, in their original order. */
  sample: <T>(xs: readonly T[], k: number) => T[];
};

/** mulberry32: a tiny, fast PRNG; good enough for example data, and reproducible. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    sample: (xs, k) => {
      const idx = xs.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j]!, idx[i]!];
      }
      return idx
        .slice(0, Math.max(0, k))
        .sort((x, y) => x - y)
        .map((i) => xs[i]!);
    },
  };
}

/** Splits `total` into `n` random parts between lo and hi (as far as the total allows), summing exactly to `total`. */
export function allocate(rng: Rng, n: number, total: number, lo: number, hi: number): number[] {
  if (n <= 0) return [];
  const min = Math.min(lo, Math.floor(total / n));
  const max = Math.max(hi, Math.ceil(total / n));
  const parts = Array.from({ length: n }, () => rng.int(Math.max(min, lo), Math.min(max, hi)));
  let diff = total - parts.reduce((s, x) => s + x, 0);
  while (diff !== 0) {
    const i = rng.int(0, n - 1);
    if (diff > 0 && parts[i]! < max) {
      parts[i]!++;
      diff--;
    } else if (diff < 0 && parts[i]! > min) {
      parts[i]!--;
      diff++;
    }
  }
  return parts;
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
export const addMonths = (d: Date, n: number) => utc(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
export const dayOf = (d: Date) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
export const minD = (...ds: Date[]) => new Date(Math.min(...ds.map((d) => d.getTime())));
export const maxD = (...ds: Date[]) => new Date(Math.max(...ds.map((d) => d.getTime())));
export const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A quarter `offset` quarters from the one containing d, as "2026-Q3" with its first and last day. */
export function quarterAt(d: Date, offset: number): { period: string; start: Date; end: Date } {
  const idx = d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3) + offset;
  const y = Math.floor(idx / 4);
  const q = idx - y * 4;
  return { period: `${y}-Q${q + 1}`, start: utc(y, q * 3, 1), end: utc(y, q * 3 + 3, 0) };
}

/** What the generator knows about the demo data it builds on. */
export type SeedContext = {
  now: Date;
  fields: { id: string; code: string }[];
  /** Department ids per field of action, as often as the demo data pairs them (for weighted picks). */
  departmentsByField: Map<string, string[]>;
  departmentIds: string[];
  districts: { id: string; name: string }[];
  partnerIds: string[];
  /** Project leads per department id; every project lead under "*". */
  leadsByDepartment: Map<string, string[]>;
  headByDepartment: Map<string, string>;
  adminId: string;
  takenCodes: Set<string>;
  takenSlugs: Set<string>;
};

/** One generated initiative, as the later generators (KPIs, reports, audit events) need it. */
export type GenInitiative = {
  id: string;
  title: string;
  departmentId: string;
  status: InitiativeStatus;
  health: Health;
  leads: string[];
  partnerIds: string[];
  createdAt: Date;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  /** End of work for completed, cancelled or paused initiatives. */
  stopDate: Date | null;
  milestones: { id: string; title: string; baseline: Date; forecast: Date; completed: Date | null }[];
};

/** Initiatives and the rows that hang off them, as the demo and the large seed build them for createMany. */
export type InitiativeRows = {
  initiatives: Prisma.InitiativeCreateManyInput[];
  leads: Prisma.InitiativeLeadCreateManyInput[];
  initiativeDistricts: Prisma.InitiativeDistrictCreateManyInput[];
  initiativePartners: Prisma.InitiativePartnerCreateManyInput[];
  milestones: Prisma.MilestoneCreateManyInput[];
  forecasts: Prisma.MilestoneForecastCreateManyInput[];
  kpis: Prisma.KpiCreateManyInput[];
  measurements: Prisma.KpiMeasurementCreateManyInput[];
  budgetLines: Prisma.BudgetLineCreateManyInput[];
  reports: Prisma.StatusReportCreateManyInput[];
  risks: Prisma.RiskCreateManyInput[];
};

export type LargeRows = InitiativeRows & { auditEvents: Prisma.AuditEventCreateManyInput[] };

/** Writes one table's rows (the large seed in chunks, timed; the demo at once). */
export type TableWrite = <T extends object>(table: string, data: T[], createMany: (chunk: T[]) => Promise<unknown>) => Promise<void>;

/** Writes the initiatives and the rows that hang off them, parents first, for the demo and the large seed. */
export async function writeInitiativeRows(tx: Tx, rows: InitiativeRows, write: TableWrite) {
  await write("initiatives", rows.initiatives, (data) => tx.initiative.createMany({ data }));
  await write("initiative_leads", rows.leads, (data) => tx.initiativeLead.createMany({ data }));
  await write("initiative_districts", rows.initiativeDistricts, (data) => tx.initiativeDistrict.createMany({ data }));
  await write("initiative_partners", rows.initiativePartners, (data) => tx.initiativePartner.createMany({ data }));
  await write("milestones", rows.milestones, (data) => tx.milestone.createMany({ data }));
  await write("milestone_forecasts", rows.forecasts, (data) => tx.milestoneForecast.createMany({ data }));
  await write("kpis", rows.kpis, (data) => tx.kpi.createMany({ data }));
  await write("kpi_measurements", rows.measurements, (data) => tx.kpiMeasurement.createMany({ data }));
  await write("budget_lines", rows.budgetLines, (data) => tx.budgetLine.createMany({ data }));
  await write("status_reports", rows.reports, (data) => tx.statusReport.createMany({ data }));
  await write("risks", rows.risks, (data) => tx.risk.createMany({ data }));
}
