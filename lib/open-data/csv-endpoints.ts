// The CSV downloads of the open-data API: the same loaders as the JSON endpoints, every row
// (no paging), flattened into columns. Column names equal the JSON field names (nested ones
// joined, e.g. initiativeCode) so re-users can switch between the two formats.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { joinList, toCsv, type Column, type CsvDialect } from "@/lib/csv/write";
import { publicBody, type PublicHandler } from "./http";
import { listInitiatives } from "./initiatives";
import {
  budgetCsvQuery,
  initiativesCsvQuery,
  kpisCsvQuery,
  milestonesCsvQuery,
  noQuery,
  type BudgetRecord,
  type DistrictRecord,
  type FieldRecord,
  type InitiativeRecord,
  type KpiRecord,
  type MilestoneRecord,
  type PartnerRecord,
} from "./schemas";
import { getMasterplan, listBudget, listDistricts, listKpis, listMilestones, listPartners } from "./tables";

export type CsvEndpoint = {
  path: string;
  operationId: string;
  summary: string;
  query: z.ZodObject;
  /** Column names in order, for the documentation. */
  columns: string[];
  handler: PublicHandler;
};

const col = <R>(header: string, value: Column<R>["value"]): Column<R> => ({ header, value });

export const INITIATIVE_COLUMNS: Column<InitiativeRecord>[] = [
  col("code", (r) => r.code),
  col("slug", (r) => r.slug),
  col("title", (r) => r.title),
  col("summary", (r) => r.summary),
  col("fieldCode", (r) => r.field.code),
  col("fieldTitle", (r) => r.field.title),
  col("department", (r) => r.department),
  col("status", (r) => r.status),
  col("health", (r) => r.health),
  col("plannedStart", (r) => r.plannedStart),
  col("plannedEnd", (r) => r.plannedEnd),
  col("actualStart", (r) => r.actualStart),
  col("actualEnd", (r) => r.actualEnd),
  col("progress", (r) => r.progress),
  col("progressPercent", (r) => r.progressPercent),
  col("overdueMilestones", (r) => r.overdueMilestones),
  col("lastUpdated", (r) => r.lastUpdated),
  col("districts", (r) => joinList(r.districts)),
  col("partners", (r) => joinList(r.partners)),
  col("url", (r) => r.url),
];

export const MILESTONE_COLUMNS: Column<MilestoneRecord>[] = [
  col("id", (r) => r.id),
  col("initiativeCode", (r) => r.initiative.code),
  col("initiativeSlug", (r) => r.initiative.slug),
  col("title", (r) => r.title),
  col("baselineDate", (r) => r.baselineDate),
  col("forecastDate", (r) => r.forecastDate),
  col("completedDate", (r) => r.completedDate),
  col("slipDays", (r) => r.slipDays),
  col("delayDays", (r) => r.delayDays),
  col("overdue", (r) => r.overdue),
  col("responsiblePartner", (r) => r.responsiblePartner),
];

type MeasurementRow = { kpi: KpiRecord; periodDate: string; value: number };
export const KPI_COLUMNS: Column<MeasurementRow>[] = [
  col("kpiId", (r) => r.kpi.id),
  col("scope", (r) => r.kpi.scope),
  col("fieldCode", (r) => r.kpi.field),
  col("initiativeCode", (r) => r.kpi.initiative?.code),
  col("name", (r) => r.kpi.name),
  col("unit", (r) => r.kpi.unit),
  col("valueType", (r) => r.kpi.valueType),
  col("direction", (r) => r.kpi.direction),
  col("baselineValue", (r) => r.kpi.baselineValue),
  col("baselineDate", (r) => r.kpi.baselineDate),
  col("targetValue", (r) => r.kpi.targetValue),
  col("targetDate", (r) => r.kpi.targetDate),
  col("periodDate", (r) => r.periodDate),
  col("value", (r) => r.value),
];

type ParticipationRow = { partner: PartnerRecord; link: PartnerRecord["initiatives"][number] };
export const PARTNER_COLUMNS: Column<ParticipationRow>[] = [
  col("partnerSlug", (r) => r.partner.slug),
  col("partnerName", (r) => r.partner.name),
  col("kind", (r) => r.partner.kind),
  col("website", (r) => r.partner.website),
  col("initiativeCode", (r) => r.link.code),
  col("initiativeSlug", (r) => r.link.slug),
  col("role", (r) => r.link.role),
  col("contribution", (r) => r.link.contribution),
];

export const BUDGET_COLUMNS: Column<BudgetRecord>[] = [
  col("initiativeCode", (r) => r.initiative.code),
  col("initiativeSlug", (r) => r.initiative.slug),
  col("year", (r) => r.year),
  col("fundingSource", (r) => r.fundingSource),
  col("planned", (r) => ({ decimal: r.planned })),
  col("actual", (r) => ({ decimal: r.actual })),
];

export const FIELD_COLUMNS: Column<FieldRecord>[] = [
  col("code", (r) => r.code),
  col("slug", (r) => r.slug),
  col("title", (r) => r.title),
  col("description", (r) => r.description),
  col("progress", (r) => r.progress),
  col("initiativeCount", (r) => r.initiativeCount),
];

export const DISTRICT_COLUMNS: Column<DistrictRecord>[] = [
  col("code", (r) => r.code),
  col("slug", (r) => r.slug),
  col("name", (r) => r.name),
  col("initiativeCount", (r) => r.initiativeCount),
];

/** `dialect=excel-de` gives what German Excel opens directly (`;`, decimal comma); the default is RFC 4180. */
const dialectParam = {
  dialect: z.enum(["rfc4180", "excel-de"]).optional().describe("rfc4180 (default: comma, decimal point) or excel-de (semicolon, decimal comma, for German Excel)"),
};

/** `query` is the endpoint's parameters with `dialect` already added (see `endpoint`). */
function csvHandler<S extends z.ZodObject, R>(query: z.ZodObject, filename: string, columns: Column<R>[], rows: (ctx: { db: Db; query: z.infer<S> }) => Promise<R[]>) {
  return publicBody(query, async (ctx) => ({
    body: toCsv(columns, await rows(ctx as unknown as { db: Db; query: z.infer<S> }), { bom: true, dialect: (ctx.query as { dialect?: CsvDialect }).dialect ?? "rfc4180" }),
    contentType: "text/csv; charset=utf-8; header=present",
    filename,
  }));
}

function endpoint<S extends z.ZodObject, R>(
  name: string,
  summary: string,
  query: S,
  columns: Column<R>[],
  rows: (ctx: { db: Db; query: z.infer<S> }) => Promise<R[]>,
): CsvEndpoint {
  const withDialect = query.extend(dialectParam);
  return { path: `/${name}.csv`, operationId: `${name}Csv`, summary, query: withDialect, columns: columns.map((c) => c.header), handler: csvHandler<S, R>(withDialect, `${name}.csv`, columns, rows) };
}

export const CSV_ENDPOINTS = {
  initiatives: endpoint("initiatives", "Published initiatives as CSV", initiativesCsvQuery, INITIATIVE_COLUMNS, async ({ db, query }) => (await listInitiatives(db, query)).rows),
  milestones: endpoint("milestones", "Public milestones as CSV", milestonesCsvQuery, MILESTONE_COLUMNS, async ({ db, query }) => (await listMilestones(db, query)).rows),
  kpis: endpoint("kpis", "KPI measurements as CSV, one row per measurement", kpisCsvQuery, KPI_COLUMNS, async ({ db, query }) =>
    (await listKpis(db, query)).rows.flatMap((kpi) => kpi.measurements.map((m) => ({ kpi, ...m }))),
  ),
  partners: endpoint("partners", "Partners as CSV, one row per partner and initiative", noQuery, PARTNER_COLUMNS, async ({ db }) =>
    (await listPartners(db)).flatMap((partner) => partner.initiatives.map((link) => ({ partner, link }))),
  ),
  budget: endpoint("budget", "Public budget lines as CSV", budgetCsvQuery, BUDGET_COLUMNS, async ({ db, query }) => (await listBudget(db, query)).rows),
  fields: endpoint("fields", "Fields of action as CSV", noQuery, FIELD_COLUMNS, async ({ db }) => (await getMasterplan(db))?.fields ?? []),
  districts: endpoint("districts", "Districts as CSV", noQuery, DISTRICT_COLUMNS, async ({ db }) => listDistricts(db)),
} satisfies Record<string, CsvEndpoint>;
