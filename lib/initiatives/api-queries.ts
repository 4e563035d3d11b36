// Reads of the internal API (/api/v1/initiatives): the portfolio list with filters and one
// initiative with its milestones and KPIs. Scoped by the viewer through the policy; explicit
// field lists; dates as YYYY-MM-DD, timestamps as ISO strings, decimals as numbers.
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { kpiTargetSelect } from "@/lib/kpis/queries";
import { initiativeHeadSelect, initiativePeriodSelect } from "./head-select";
import { InitiativeStatus } from "@/lib/generated/prisma/enums";

const CODE = /^[A-Z0-9-]{1,20}$/;
const code = z.string().trim().toUpperCase().regex(CODE, { message: "#codeFormat" });

/** Query parameters of GET /api/v1/initiatives. Unknown parameters are rejected, so a typo does not silently return everything. */
export const portfolioFilterInput = z.strictObject({
  status: z.enum(InitiativeStatus).optional(),
  field: code.optional(),
  department: code.optional(),
});

export type PortfolioFilter = z.infer<typeof portfolioFilterInput>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const num = (d: { toNumber(): number }) => d.toNumber();

export function isInitiativeCode(value: string): boolean {
  return CODE.test(value);
}

export async function listPortfolioForApi(db: Db, viewer: Actor | null | undefined, filter: PortfolioFilter = {}) {
  assertCan(viewer, "portfolio.read");
  const rows = await db.initiative.findMany({
    where: {
      archivedAt: null,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.field ? { fieldOfAction: { code: filter.field } } : {}),
      ...(filter.department ? { department: { code: filter.department } } : {}),
    },
    orderBy: { code: "asc" },
    select: {
      code: true,
      slug: true,
      title: true,
      status: true,
      health: true,
      visibility: true,
      updatedAt: true,
      fieldOfAction: { select: { code: true } },
      department: { select: { code: true } },
    },
  });
  return rows.map(({ fieldOfAction, department, ...r }) => ({
    ...r,
    fieldOfActionCode: fieldOfAction.code,
    departmentCode: department.code,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** One initiative (archived ones too, marked by archivedAt) with milestones and KPIs; null when unknown. */
export async function getInitiativeDetailForApi(db: Db, viewer: Actor | null | undefined, initiativeCode: string) {
  assertCan(viewer, "portfolio.read");
  if (!isInitiativeCode(initiativeCode)) return null;
  const i = await db.initiative.findUnique({
    where: { code: initiativeCode },
    select: {
      ...initiativeHeadSelect,
      visibility: true,
      tags: true,
      ...initiativePeriodSelect,
      archivedAt: true,
      updatedAt: true,
      fieldOfAction: { select: { code: true, title: true } },
      department: { select: { code: true, name: true } },
      leads: { orderBy: { createdAt: "asc" }, select: { user: { select: { name: true } } } },
      milestones: {
        orderBy: [{ sortOrder: "asc" }, { baselineDate: "asc" }],
        select: { id: true, title: true, description: true, weight: true, baselineDate: true, forecastDate: true, completedDate: true, isPublic: true },
      },
      kpis: {
        orderBy: { name: "asc" },
        select: {
          ...kpiTargetSelect,
          isPublic: true,
          measurements: { orderBy: { periodDate: "desc" }, take: 1, select: { periodDate: true, value: true, note: true, updatedAt: true } },
        },
      },
    },
  });
  if (!i) return null;
  return {
    code: i.code,
    slug: i.slug,
    title: i.title,
    summary: i.summary,
    description: i.description,
    status: i.status,
    health: i.health,
    healthReason: i.healthReason,
    visibility: i.visibility,
    tags: i.tags,
    plannedStart: day(i.plannedStart),
    plannedEnd: day(i.plannedEnd),
    actualStart: day(i.actualStart),
    actualEnd: day(i.actualEnd),
    archivedAt: i.archivedAt?.toISOString() ?? null,
    updatedAt: i.updatedAt.toISOString(),
    fieldOfAction: i.fieldOfAction,
    department: i.department,
    leads: i.leads.map((l) => ({ name: l.user.name })),
    milestones: i.milestones.map((m) => ({
      ...m,
      baselineDate: day(m.baselineDate),
      forecastDate: day(m.forecastDate),
      completedDate: day(m.completedDate),
    })),
    kpis: i.kpis.map(({ measurements, ...k }) => {
      const latest = measurements[0];
      return {
        ...k,
        baselineValue: num(k.baselineValue),
        baselineDate: day(k.baselineDate),
        targetValue: num(k.targetValue),
        targetDate: day(k.targetDate),
        latestMeasurement: latest
          ? { periodDate: day(latest.periodDate), value: num(latest.value), note: latest.note, updatedAt: latest.updatedAt.toISOString() }
          : null,
      };
    }),
  };
}

export type InitiativeDetail = NonNullable<Awaited<ReturnType<typeof getInitiativeDetailForApi>>>;
