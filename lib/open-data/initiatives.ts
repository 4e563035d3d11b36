// Open-data reads of initiatives: the filtered, paged list and one initiative in full. Published
// data only (visibility PUBLIC and not archived; public milestones, KPIs and budget lines; the
// public summary of APPROVED reports), each query with an explicit select, never a whole row. The
// number of SQL statements is the same for one initiative or two thousand.
import { initiativePeriodSelect } from "@/lib/initiatives/head-select";
import type { Db } from "@/lib/db/client";
import { cityToday, isoDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { toPercent } from "@/lib/initiatives/progress";
import { milestoneLateness, milestoneScheduleSelect } from "@/lib/milestones/lateness";
import {
  milestoneDays,
  loadPublicMeasurements,
  NO_FIGURES,
  publicInitiativeFigures,
  publicInitiativeWhere,
  publicKpiSelect,
  publicKpiWhere,
  publicProgress,
  publicSummariesSelect,
  type InitiativeFigures,
} from "@/lib/public/initiative-queries";
import { publicInitiativeCardSelect } from "@/lib/public/list-queries";
import type { InitiativeDetailRecord, InitiativeFilter, InitiativeRecord, Page } from "./schemas";

// What "published" means is defined once, for the pages and the open data alike.
export { publicInitiativeWhere };

const optDate = (d: Date | null) => (d ? isoDate(d) : null);

/** The published figures of an initiative record (never the internal counts behind them). */
const pick = (f: ReturnType<typeof publicFigures> | undefined) => ({
  progress: f?.progress ?? null,
  progressPercent: f?.progressPercent ?? null,
  overdueMilestones: f?.overdueMilestones ?? 0,
  lastUpdated: f?.lastUpdated ?? null,
});

/** A field-of-action parameter matches its code (any case) or its slug. */
export function fieldWhere(field: string | undefined): Prisma.FieldOfActionWhereInput | undefined {
  return field ? { OR: [{ code: field.toUpperCase() }, { slug: field }] } : undefined;
}

/** Link to the initiative's page on the citizens' site. */
export function initiativeUrl(slug: string): string {
  return `${env().appUrl}/initiatives/${encodeURIComponent(slug)}`;
}

/**
 * Progress and the other figures of the citizens' site, per initiative, from one query: progress by
 * the one formula over the public milestones (exactly as on the initiative's page), the same
 * figure in whole percent as the site shows it, overdue public milestones, the day of the last update.
 */
export async function figuresByInitiative(db: Db, ids: { id: string; status: InitiativeRecord["status"] }[], today: string) {
  const figures = await publicInitiativeFigures(db, ids.map((i) => i.id), today);
  return new Map(ids.map((i) => [i.id, publicFigures(i.status, figures.get(i.id) ?? NO_FIGURES)]));
}

function publicFigures(status: InitiativeRecord["status"], f: InitiativeFigures) {
  const progress = publicProgress(status, f);
  return { progress, progressPercent: toPercent(progress), overdueMilestones: f.overdueMilestones, lastUpdated: f.lastUpdated, figures: f };
}

function initiativeWhere(f: InitiativeFilter): Prisma.InitiativeWhereInput {
  return {
    ...publicInitiativeWhere,
    ...(f.field ? { fieldOfAction: fieldWhere(f.field) } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.district ? { districts: { some: { district: { slug: f.district } } } } : {}),
    ...(f.partner ? { partners: { some: { partner: { slug: f.partner } } } } : {}),
  };
}

const listSelect = {
  ...publicInitiativeCardSelect,
  ...initiativePeriodSelect,
  department: { select: { name: true } },
  districts: { orderBy: { district: { sortOrder: "asc" } }, select: { district: { select: { slug: true } } } },
  partners: { orderBy: { partner: { slug: "asc" } }, select: { partner: { select: { slug: true } } } },
} satisfies Prisma.InitiativeSelect;

type Identity = { code: string; slug: string; title: string; titleEn: string | null; summary: string; summaryEn: string | null };
/** What the list and the detail both begin with: which initiative, in both languages. */
const identity = (i: Identity): Identity => ({ code: i.code, slug: i.slug, title: i.title, titleEn: i.titleEn, summary: i.summary, summaryEn: i.summaryEn });

/** Published initiatives matching the filter, ordered by code; all of them when `page` is omitted (CSV). */
export async function listInitiatives(db: Db, filter: InitiativeFilter, page?: Page): Promise<{ total: number; rows: InitiativeRecord[] }> {
  const where = initiativeWhere(filter);
  const [found, total] = await Promise.all([
    db.initiative.findMany({ where, orderBy: { code: "asc" }, select: listSelect, ...(page ? { take: page.limit, skip: page.offset } : {}) }),
    page ? db.initiative.count({ where }) : Promise.resolve(-1),
  ]);
  const figures = await figuresByInitiative(db, found, cityToday());
  const rows = found.map((i) => ({
    ...identity(i),
    field: i.fieldOfAction,
    department: i.department.name,
    status: i.status,
    health: i.health,
    plannedStart: optDate(i.plannedStart),
    plannedEnd: optDate(i.plannedEnd),
    actualStart: optDate(i.actualStart),
    actualEnd: optDate(i.actualEnd),
    ...pick(figures.get(i.id)),
    // A partner linked twice (two roles) is listed once.
    districts: i.districts.map((d) => d.district.slug),
    partners: [...new Set(i.partners.map((p) => p.partner.slug))],
    url: initiativeUrl(i.slug),
  }));
  return { total: total < 0 ? rows.length : total, rows };
}

/** One published initiative with its public details, or null (unknown, internal or archived). */
export async function getInitiativeDetail(db: Db, slug: string): Promise<InitiativeDetailRecord | null> {
  const i = await db.initiative.findFirst({
    where: { ...publicInitiativeWhere, slug },
    select: {
      ...listSelect,
      description: true,
      descriptionEn: true,
      plainLanguageSummary: true,
      plainLanguageSummaryEn: true,
      healthReason: true,
      districts: { orderBy: { district: { sortOrder: "asc" } }, select: { district: { select: { slug: true, name: true } } } },
      partners: {
        orderBy: [{ partner: { name: "asc" } }, { role: "asc" }],
        select: { role: true, contribution: true, partner: { select: { slug: true, name: true, kind: true } } },
      },
      milestones: {
        where: { isPublic: true },
        orderBy: [{ sortOrder: "asc" }, { baselineDate: "asc" }],
        select: {
          ...milestoneScheduleSelect,
          titleEn: true,
          responsiblePartner: { select: { slug: true } },
          forecasts: { orderBy: { reportedAt: "asc" }, select: { reportedAt: true, forecastDate: true, reason: true } },
        },
      },
      statusReports: publicSummariesSelect,
      budgetLines: {
        where: { isPublic: true },
        orderBy: [{ year: "asc" }, { fundingSource: "asc" }, { programme: { name: "asc" } }],
        select: { year: true, fundingSource: true, programme: { select: { name: true } }, planned: true, actual: true },
      },
      kpis: { where: publicKpiWhere, orderBy: { name: "asc" }, select: kpiSelect },
    },
  });
  if (!i) return null;
  const today = cityToday();
  const [figures, measurements] = await Promise.all([figuresByInitiative(db, [i], today), measurementsFor(db, i.kpis.map((k) => k.id))]);
  const own = figures.get(i.id)!;
  return {
    ...identity(i),
    description: i.description,
    descriptionEn: i.descriptionEn,
    plainLanguageSummary: i.plainLanguageSummary,
    plainLanguageSummaryEn: i.plainLanguageSummaryEn,
    field: i.fieldOfAction,
    department: i.department.name,
    status: i.status,
    health: i.health,
    healthReason: i.healthReason,
    plannedStart: optDate(i.plannedStart),
    plannedEnd: optDate(i.plannedEnd),
    actualStart: optDate(i.actualStart),
    actualEnd: optDate(i.actualEnd),
    ...pick(own),
    progressBasis: { publicMilestones: own.figures.publicMilestones, allMilestones: own.figures.allMilestones },
    url: initiativeUrl(i.slug),
    districts: i.districts.map((d) => d.district),
    partners: i.partners.map((p) => ({ ...p.partner, role: p.role, contribution: p.contribution })),
    milestones: i.milestones.map((m) => ({
      ...milestoneDates(m, today),
      id: m.id,
      title: m.title,
      titleEn: m.titleEn,
      responsiblePartner: m.responsiblePartner?.slug ?? null,
      forecastHistory: m.forecasts.map((f) => ({ reportedOn: isoDate(f.reportedAt), forecastDate: isoDate(f.forecastDate), reason: f.reason })),
    })),
    statusReports: i.statusReports,
    budget: i.budgetLines.map((b) => ({
      year: b.year,
      fundingSource: b.fundingSource,
      fundingProgramme: b.programme?.name ?? null,
      planned: b.planned.toFixed(2),
      actual: b.actual.toFixed(2),
    })),
    kpis: i.kpis.map(({ initiative: _i, fieldOfAction: _f, ...k }) => kpiOut(k, measurements)),
  };
}

/** Dates, slip, delay and overdue of a milestone on `today`, by the one definition (lib/milestones/lateness.ts). */
export function milestoneDates(m: { baselineDate: Date; forecastDate: Date; completedDate: Date | null }, today: string) {
  const d = milestoneDays(m);
  const { slipDays, delayDays, overdue } = milestoneLateness(d, today);
  // Both dates are required columns; the schema's types say so.
  return { baselineDate: d.baselineDate!, forecastDate: d.forecastDate!, completedDate: d.completedDate, slipDays: slipDays!, delayDays, overdue };
}

export const kpiSelect = {
  ...publicKpiSelect,
  scope: true,
  fieldOfAction: { select: { code: true } },
  initiative: { select: { code: true, slug: true } },
} satisfies Prisma.KpiSelect;

type KpiRow = Omit<Prisma.KpiGetPayload<{ select: typeof kpiSelect }>, "fieldOfAction" | "initiative">;
export type Measurements = Map<string, { periodDate: string; value: number }[]>;

/** Measurements of the given KPIs in one query, oldest first, as the site reads them (lib/public). */
export async function measurementsFor(db: Db, kpiIds: string[]): Promise<Measurements> {
  const byKpi = await loadPublicMeasurements(db, kpiIds);
  return new Map([...byKpi].map(([id, list]) => [id, list.map((m) => ({ periodDate: isoDate(m.date), value: m.value }))]));
}

export function kpiOut(k: KpiRow, measurements: Measurements) {
  return {
    ...k,
    baselineValue: k.baselineValue.toNumber(),
    baselineDate: isoDate(k.baselineDate),
    targetValue: k.targetValue.toNumber(),
    targetDate: isoDate(k.targetDate),
    measurements: measurements.get(k.id) ?? [],
  };
}
