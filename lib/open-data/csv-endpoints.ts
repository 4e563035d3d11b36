// The CSV downloads of the open-data API: the same loaders as the JSON endpoints, every row
// (no paging), flattened into columns. Column names equal the JSON field names (nested ones
// joined, e.g. initiativeCode) so re-users can switch between the two formats.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { joinList, toCsv, type Cell, type Column, type CsvDialect } from "@/lib/csv/write";
import { publicBody, type PublicHandler } from "./http";
import { listDecisions } from "./decisions";
import { getFundingRollup } from "./funding";
import { listInitiatives } from "./initiatives";
import {
  budgetCsvQuery,
  initiativesCsvQuery,
  kpisCsvQuery,
  milestonesCsvQuery,
  noQuery,
  type BudgetRecord,
  type DecisionRecord,
  type DistrictRecord,
  type FundingRollupRecord,
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

/** Keys of R whose values a cell can hold as they are. */
type CellKey<R> = { [K in keyof R]: R[K] extends Cell ? K : never }[keyof R] & string;

/** Columns that are fields of a part of the row (the row itself by default), under the same names (the JSON field names). */
const fieldsOf = <R, P>(part: (row: R) => P, ...keys: CellKey<P>[]): Column<R>[] => keys.map((key) => col<R>(key, (r) => part(r)[key] as Cell));
const fields = <R>(...keys: CellKey<R>[]): Column<R>[] => fieldsOf((r: R) => r, ...keys);

export const INITIATIVE_COLUMNS: Column<InitiativeRecord>[] = [
  ...fields<InitiativeRecord>("code", "slug", "title", "titleEn", "summary", "summaryEn"),
  col("fieldCode", (r) => r.field.code),
  col("fieldTitle", (r) => r.field.title),
  col("fieldTitleEn", (r) => r.field.titleEn),
  ...fields<InitiativeRecord>(
    "department",
    "status",
    "health",
    "plannedStart",
    "plannedEnd",
    "actualStart",
    "actualEnd",
    "progress",
    "progressPercent",
    "overdueMilestones",
    "lastUpdated",
  ),
  col("districts", (r) => joinList(r.districts)),
  col("partners", (r) => joinList(r.partners)),
  ...fields<InitiativeRecord>("url"),
];

export const MILESTONE_COLUMNS: Column<MilestoneRecord>[] = [
  col("id", (r) => r.id),
  col("initiativeCode", (r) => r.initiative.code),
  col("initiativeSlug", (r) => r.initiative.slug),
  ...fields<MilestoneRecord>("title", "titleEn", "baselineDate", "forecastDate", "completedDate", "slipDays", "delayDays", "overdue", "responsiblePartner"),
];

type MeasurementRow = { kpi: KpiRecord; periodDate: string; value: number };
export const KPI_COLUMNS: Column<MeasurementRow>[] = [
  col("kpiId", (r) => r.kpi.id),
  ...fieldsOf((r: MeasurementRow) => r.kpi, "scope"),
  col("fieldCode", (r) => r.kpi.field),
  col("initiativeCode", (r) => r.kpi.initiative?.code),
  ...fieldsOf((r: MeasurementRow) => r.kpi, "name", "nameEn", "unit", "unitEn", "valueType", "direction", "baselineValue", "baselineDate", "targetValue", "targetDate"),
  ...fields<MeasurementRow>("periodDate", "value"),
];

type ParticipationRow = { partner: PartnerRecord; link: PartnerRecord["initiatives"][number] };
export const PARTNER_COLUMNS: Column<ParticipationRow>[] = [
  col("partnerSlug", (r) => r.partner.slug),
  col("partnerName", (r) => r.partner.name),
  ...fieldsOf((r: ParticipationRow) => r.partner, "kind", "website"),
  col("initiativeCode", (r) => r.link.code),
  col("initiativeSlug", (r) => r.link.slug),
  ...fieldsOf((r: ParticipationRow) => r.link, "role", "contribution"),
];

export const BUDGET_COLUMNS: Column<BudgetRecord>[] = [
  col("initiativeCode", (r) => r.initiative.code),
  col("initiativeSlug", (r) => r.initiative.slug),
  ...fields<BudgetRecord>("year", "fundingSource", "fundingProgramme"),
  col("planned", (r) => ({ decimal: r.planned })),
  col("actual", (r) => ({ decimal: r.actual })),
];

/** One row per level and programme (programme columns empty: the level's lines without one); the level's sums are the rows' sums. */
type FundingRow = { level: FundingRollupRecord["levels"][number]; entry: FundingRollupRecord["levels"][number]["programmes"][number] };
export const FUNDING_COLUMNS: Column<FundingRow>[] = [
  col("level", (r) => r.level.level),
  col("programme", (r) => r.entry.programme?.name ?? null),
  col("fundingRate", (r) => (r.entry.programme?.fundingRate ? { decimal: r.entry.programme.fundingRate } : null)),
  col("periodFrom", (r) => r.entry.programme?.periodFrom ?? null),
  col("periodTo", (r) => r.entry.programme?.periodTo ?? null),
  col("url", (r) => r.entry.programme?.url ?? null),
  col("planned", (r) => ({ decimal: r.entry.planned })),
  col("actual", (r) => ({ decimal: r.entry.actual })),
];

/** One row per decision; what it is attached to as lists of codes and slugs (`;`-separated). */
export const DECISION_COLUMNS: Column<DecisionRecord>[] = [
  ...fields<DecisionRecord>("body", "number", "decidedOn", "title", "titleEn", "outcome", "url"),
  col("masterplan", (r) => r.attachedTo.masterplan),
  col("fieldCodes", (r) => joinList(r.attachedTo.fields.map((f) => f.code))),
  col("fieldSlugs", (r) => joinList(r.attachedTo.fields.map((f) => f.slug))),
  col("initiativeCodes", (r) => joinList(r.attachedTo.initiatives.map((i) => i.code))),
  col("initiativeSlugs", (r) => joinList(r.attachedTo.initiatives.map((i) => i.slug))),
];

export const FIELD_COLUMNS = fields<FieldRecord>("code", "slug", "title", "titleEn", "description", "descriptionEn", "progress", "initiativeCount");

export const DISTRICT_COLUMNS = fields<DistrictRecord>("code", "slug", "name", "initiativeCount");

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
  funding: endpoint("funding", "Public funding per level and programme as CSV", noQuery, FUNDING_COLUMNS, async ({ db }) =>
    (await getFundingRollup(db)).levels.flatMap((level) => level.programmes.map((entry) => ({ level, entry }))),
  ),
  fields: endpoint("fields", "Fields of action as CSV", noQuery, FIELD_COLUMNS, async ({ db }) => (await getMasterplan(db))?.fields ?? []),
  districts: endpoint("districts", "Districts as CSV", noQuery, DISTRICT_COLUMNS, async ({ db }) => listDistricts(db)),
  decisions: endpoint("decisions", "Public council decisions as CSV, one row per decision", noQuery, DECISION_COLUMNS, async ({ db }) => listDecisions(db)),
} satisfies Record<string, CsvEndpoint>;
