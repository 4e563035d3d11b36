// The internal funding view: planned vs actual budget by funding level (source), by programme
// within its level, by year and by field of action, rolled up to the masterplan total. All five
// groupings come from ONE query (GROUPING SETS), so the page's query count never depends on the number of budget lines. Internal budget
// lines (is_public = false) count too: this is the signed-in app. Archived initiatives are left
// out, as in the portfolio. Amounts leave as exact decimal strings ("1234.50").
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import { FUNDING_LEVELS } from "./levels";

export type FundingFilters = { year: number | null; field: string | null };
export type Sums = { planned: string; actual: string };
export type FundingField = { code: string; title: string };

/** Reads the GET filters; anything malformed is ignored rather than failing the page. */
export function parseFundingFilters(params: Record<string, string | string[] | undefined>): FundingFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  const year = one(params.year);
  const field = one(params.field).toUpperCase();
  return {
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    field: /^[A-Z0-9-]{1,20}$/.test(field) ? field : null,
  };
}

type GroupedRow = {
  by: "programme" | "source" | "year" | "field" | "total";
  funding_source: FundingSource | null;
  programme_id: string | null;
  programme_name: string | null;
  year: number | null;
  field_code: string | null;
  planned: string;
  actual: string;
};

export async function getFundingOverview(db: Db, viewer: Actor | null | undefined, filters: FundingFilters) {
  assertCan(viewer, "portfolio.read");
  const { year, field } = filters;
  const [grouped, fields, years] = await Promise.all([
    db.$queryRaw<GroupedRow[]>`
      SELECT
        CASE WHEN GROUPING(p.id) = 0 THEN 'programme'
             WHEN GROUPING(b.funding_source) = 0 THEN 'source'
             WHEN GROUPING(b.year) = 0 THEN 'year'
             WHEN GROUPING(f.code) = 0 THEN 'field'
             ELSE 'total' END AS by,
        b.funding_source::text AS funding_source, p.id::text AS programme_id, p.name AS programme_name, b.year, f.code AS field_code,
        COALESCE(SUM(b.planned), 0)::numeric(16, 2)::text AS planned,
        COALESCE(SUM(b.actual), 0)::numeric(16, 2)::text AS actual
      FROM budget_lines b
      JOIN initiatives i ON i.id = b.initiative_id AND i.archived_at IS NULL
      JOIN fields_of_action f ON f.id = i.field_of_action_id
      LEFT JOIN funding_programmes p ON p.id = b.programme_id
      WHERE (${year}::int IS NULL OR b.year = ${year}::int)
        AND (${field}::text IS NULL OR f.code = ${field}::text)
      GROUP BY GROUPING SETS ((b.funding_source), (b.funding_source, p.id, p.name), (b.year), (f.code), ())`,
    db.fieldOfAction.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, title: true } }),
    db.$queryRaw<{ year: number }[]>`SELECT DISTINCT year FROM budget_lines ORDER BY year`,
  ]);

  const sums = (r: GroupedRow): Sums => ({ planned: r.planned, actual: r.actual });
  const of = (by: GroupedRow["by"]) => grouped.filter((r) => r.by === by);
  const byField = new Map(of("field").map((r) => [r.field_code!, sums(r)]));
  const total = of("total")[0];
  return {
    filters,
    /** Filter choices: every field of action and every year that has budget lines. */
    options: { fields: fields as FundingField[], years: years.map((y) => Number(y.year)) },
    bySource: of("source")
      .map((r) => ({ source: r.funding_source!, ...sums(r) }))
      .sort((a, b) => FUNDING_LEVELS.indexOf(a.source) - FUNDING_LEVELS.indexOf(b.source)),
    /** Per programme within its level (levels in order, programmes by name); programme null: the level's lines without one. */
    byProgramme: of("programme")
      .map((r) => ({ source: r.funding_source!, programmeId: r.programme_id, programme: r.programme_name, ...sums(r) }))
      .sort(
        (a, b) =>
          FUNDING_LEVELS.indexOf(a.source) - FUNDING_LEVELS.indexOf(b.source) ||
          (a.programme === null ? 1 : 0) - (b.programme === null ? 1 : 0) ||
          (a.programme ?? "").localeCompare(b.programme ?? "", "de"),
      ),
    byYear: of("year")
      .map((r) => ({ year: Number(r.year), ...sums(r) }))
      .sort((a, b) => a.year - b.year),
    /** Fields in their order; with a field filter only that field. Fields without budget show zero. */
    byField: fields
      .filter((f) => !field || f.code === field)
      .map((f) => ({ ...f, ...(byField.get(f.code) ?? ZERO) })),
    /** The masterplan roll-up (the grand total of the selection). */
    total: total ? sums(total) : ZERO,
  };
}

export type FundingOverview = Awaited<ReturnType<typeof getFundingOverview>>;

const ZERO: Sums = { planned: "0.00", actual: "0.00" };

/** Actual as a share of planned, in [0, ∞); null when nothing is planned. */
export function utilisation(s: Sums): number | null {
  const planned = Number(s.planned);
  return planned > 0 ? Number(s.actual) / planned : null;
}
