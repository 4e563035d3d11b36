// The roadmap's loader: one page of (non-archived) initiatives, grouped by field of action, with
// their planned and actual periods and their milestones, filtered by the portfolio table's URL
// parameters (lib/portfolio/table-state.ts, the shared contract), plus the filter form's options.
// A fixed number of SQL queries whatever the portfolio's size: the page is cut in the database.
// Each milestone carries its lateness by lib/milestones/lateness.ts: overdue and since how many
// days, its delay against the baseline, and the pure forecast slip the dashed line draws.
import { initiativePeriodSelect } from "@/lib/initiatives/head-select";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { appNow, cityToday, isoDate } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { milestoneLateness, milestoneScheduleSelect } from "@/lib/milestones/lateness";
import { MILESTONE_ORDER } from "@/lib/milestones/records";
import type { PortfolioTableState } from "@/lib/portfolio/table-state";

/** Initiatives per roadmap page: about two screens; a page of 100 (1,000 milestones, 1.7 MB of HTML and payload) cost 200 ms of server time. */
/** The default page: 25 initiatives, as the portfolio table (its `size` parameter, 25/50/100, applies here too). */
export const ROADMAP_PAGE_SIZE = 25;

export type RoadmapFilters = Pick<PortfolioTableState, "q" | "field" | "dept" | "status" | "health" | "partner" | "district">;

const insensitive = (value: string) => ({ contains: value, mode: "insensitive" as const });

/** The filters as a Prisma condition: each facet narrows (any selected value matches), every search word must occur. */
export function roadmapWhere(f: RoadmapFilters): Prisma.InitiativeWhereInput {
  const and: Prisma.InitiativeWhereInput[] = [{ archivedAt: null }];
  if (f.field.length) and.push({ fieldOfAction: { code: { in: f.field } } });
  if (f.dept.length) and.push({ department: { code: { in: f.dept } } });
  if (f.status.length) and.push({ status: { in: f.status } });
  if (f.health.length) and.push({ health: { in: f.health } });
  if (f.partner.length) and.push({ partners: { some: { partner: { slug: { in: f.partner } } } } });
  if (f.district.length) and.push({ districts: { some: { district: { slug: { in: f.district } } } } });
  for (const word of f.q.split(/\s+/).filter(Boolean).slice(0, 8)) {
    and.push({
      OR: [
        { code: insensitive(word) },
        { title: insensitive(word) },
        { fieldOfAction: { title: insensitive(word) } },
        { department: { name: insensitive(word) } },
        { department: { code: insensitive(word) } },
        { leads: { some: { user: { name: insensitive(word) } } } },
        { partners: { some: { partner: { name: insensitive(word) } } } },
        { districts: { some: { district: { name: insensitive(word) } } } },
      ],
    });
  }
  return { AND: and };
}

const day = (d: Date | null) => (d ? isoDate(d) : null);

export async function getRoadmap(db: Db, viewer: Actor | null | undefined, filters: RoadmapFilters, page = 1, today = cityToday(appNow()), pageSize: number = ROADMAP_PAGE_SIZE) {
  assertCan(viewer, "portfolio.read");
  const where = roadmapWhere(filters);
  const total = await db.initiative.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const initiatives = await db.initiative.findMany({
    where,
    orderBy: [{ fieldOfAction: { sortOrder: "asc" } }, { fieldOfAction: { code: "asc" } }, { code: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: {
      code: true,
      title: true,
      status: true,
      health: true,
      ...initiativePeriodSelect,
      fieldOfAction: { select: { code: true, title: true } },
      milestones: { orderBy: [...MILESTONE_ORDER], select: milestoneScheduleSelect },
    },
  });
  const groups: { field: { code: string; title: string }; rows: RoadmapRow[] }[] = [];
  for (const i of initiatives) {
    const row: RoadmapRow = {
      code: i.code,
      title: i.title,
      status: i.status,
      health: i.health,
      planned: i.plannedStart && i.plannedEnd ? { start: isoDate(i.plannedStart), end: isoDate(i.plannedEnd) } : null,
      // Running work is drawn up to today; work that never started has no actual bar.
      actual: i.actualStart ? { start: isoDate(i.actualStart), end: day(i.actualEnd) ?? today, ongoing: !i.actualEnd } : null,
      milestones: i.milestones.map((m) => {
        const dates = { baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: day(m.completedDate) };
        const l = milestoneLateness(dates, today);
        return { id: m.id, title: m.title, ...dates, slipDays: l.slipDays!, delayDays: l.delayDays!, overdue: l.overdue, overdueDays: l.overdueDays };
      }),
    };
    const last = groups[groups.length - 1];
    if (last && last.field.code === i.fieldOfAction.code) last.rows.push(row);
    else groups.push({ field: i.fieldOfAction, rows: [row] });
  }
  return { total, page: current, pages, pageSize, groups, today };
}

export type RoadmapRow = {
  code: string;
  title: string;
  status: InitiativeStatus;
  health: Health;
  planned: { start: string; end: string } | null;
  actual: { start: string; end: string; ongoing: boolean } | null;
  milestones: RoadmapMilestone[];
};

/** A milestone on the roadmap with its lateness (lib/milestones/lateness.ts) on the roadmap's day. */
export type RoadmapMilestone = {
  id: string;
  title: string;
  baselineDate: string;
  forecastDate: string;
  completedDate: string | null;
  /** Forecast (or completion) minus baseline: the re-planning the dashed line shows. */
  slipDays: number;
  /** delayDays: how late against the baseline today (completed: completion − baseline). */
  delayDays: number;
  overdue: boolean;
  /** Days since the due date while overdue, else 0. */
  overdueDays: number;
};

export type Roadmap = Awaited<ReturnType<typeof getRoadmap>>;

/** Every date a row draws, for the common time axis of a page. */
export function roadmapDates(groups: Roadmap["groups"]): string[] {
  return groups.flatMap((g) =>
    g.rows.flatMap((r) => [
      r.planned?.start,
      r.planned?.end,
      r.actual?.start,
      r.actual?.end,
      ...r.milestones.flatMap((m) => [m.baselineDate, m.forecastDate, m.completedDate]),
    ]).filter((d): d is string => !!d),
  );
}

/** The filter form's choices: fields in masterplan order, departments, partners and districts. */
export async function roadmapFilterOptions(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "portfolio.read");
  const [fields, departments, partners, districts] = await Promise.all([
    db.fieldOfAction.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, title: true } }),
    db.department.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    db.partner.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.district.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
  ]);
  return { fields, departments, partners, districts };
}

export type RoadmapFilterOptions = Awaited<ReturnType<typeof roadmapFilterOptions>>;
