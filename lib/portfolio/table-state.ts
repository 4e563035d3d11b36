// The portfolio table's whole state as URL parameters, parsed by ONE zod schema that the server
// page (so the first render already matches the URL), the client table and the export route share.
// Parameter names are a contract: the dashboard and the roadmap link here with them.
//   q, field, dept, status, health, partner, district (comma-separated lists), stale=1, overdue=1,
//   group (field|department|partner|status), sort (<column>.<asc|desc>), cols (visible ids in order),
//   page (1-based), size (25|50|100)
// Column ids that were renamed stay readable (LEGACY_COLUMN_IDS: "slip" is now "delay"), so old
// links keep their sorting and columns; links are always written with the current ids.
// The schema never fails: an invalid value is dropped (lists keep their valid items) and its
// parameter is reported in `invalid`, so a hand-edited or outdated link still opens the table.
import { z } from "zod";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";

export const COLUMN_IDS = [
  "code",
  "title",
  "field",
  "department",
  "leads",
  "status",
  "health",
  "progress",
  "nextMilestone",
  "nextMilestoneDate",
  "delay",
  "overdue",
  "planned",
  "actual",
  "lastUpdate",
  "stale",
  "partners",
  "districts",
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Former column ids still accepted in links: the delay column was "slip" (forecast − baseline) until issue 11. */
export const LEGACY_COLUMN_IDS: Readonly<Record<string, ColumnId>> = { slip: "delay" };

/** A column id from a link, a former id read as its successor. */
const COLUMN_ID = z
  .string()
  .transform((id) => LEGACY_COLUMN_IDS[id] ?? id)
  .pipe(z.enum(COLUMN_IDS));

/** Shown when the URL names no columns; overdue count, partners and districts can be switched on. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = COLUMN_IDS.filter((id) => !["overdue", "partners", "districts"].includes(id));

export const GROUP_BYS = ["field", "department", "partner", "status"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** The facet filters: URL parameter → the row values it tests. */
export const FACETS = ["field", "dept", "status", "health", "partner", "district"] as const;
export type Facet = (typeof FACETS)[number];

export type SortState = { id: ColumnId; desc: boolean };

export type PortfolioTableState = {
  q: string;
  field: string[];
  dept: string[];
  status: InitiativeStatus[];
  health: Health[];
  partner: string[];
  district: string[];
  stale: boolean;
  overdue: boolean;
  group: GroupBy | null;
  sort: SortState | null;
  cols: ColumnId[];
  page: number;
  size: PageSize;
};

export const DEFAULT_STATE: PortfolioTableState = {
  q: "",
  field: [],
  dept: [],
  status: [],
  health: [],
  partner: [],
  district: [],
  stale: false,
  overdue: false,
  group: null,
  sort: null,
  cols: [...DEFAULT_COLUMNS],
  page: 1,
  size: 25,
};

type Parsed<T> = { value: T; bad: boolean };

/** A parameter's raw value(s) as trimmed, non-empty, comma-separated parts. */
const parts = z.unknown().transform((raw): string[] => {
  const values = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return values
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
});

function list<T extends string>(item: z.ZodType<T>) {
  return parts.transform((ps): Parsed<T[]> => {
    const ok = ps.flatMap((p) => {
      const r = item.safeParse(p);
      return r.success ? [r.data] : [];
    });
    return { value: [...new Set(ok)], bad: ok.length !== ps.length };
  });
}

function scalar<T>(item: z.ZodType<T>, fallback: T) {
  return parts.transform((ps): Parsed<T> => {
    if (ps.length === 0) return { value: fallback, bad: false };
    const r = item.safeParse(ps.join(","));
    return r.success ? { value: r.data, bad: false } : { value: fallback, bad: true };
  });
}

/** The search text is one value: commas in it are text, not separators. */
const text = z.unknown().transform((raw): Parsed<string> => {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  if (typeof value !== "string" || value.length > 200) return { value: "", bad: true };
  return { value: value.trim(), bad: false };
});

const CODE = z.string().regex(/^[A-Z][A-Z0-9]{0,11}$/);
const SLUG = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const FLAG = z.enum(["1", "true"]).transform(() => true);
const SORT = z
  .string()
  .regex(/^[A-Za-z]+\.(asc|desc)$/)
  .transform((s) => s.split(".") as [string, string])
  .pipe(z.tuple([COLUMN_ID, z.enum(["asc", "desc"])]))
  .transform(([id, dir]): SortState => ({ id, desc: dir === "desc" }));

const PARAMS = ["q", "field", "dept", "status", "health", "partner", "district", "stale", "overdue", "group", "sort", "cols", "page", "size"] as const;

/** Absent parameters become null, so every field's transform runs and supplies its default. */
const withEveryParam = (raw: unknown) => {
  const record = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(PARAMS.map((key) => [key, record[key] ?? null]));
};

export const portfolioStateSchema = z.preprocess(
  withEveryParam,
  z.object({
    q: text,
    field: list(CODE),
    dept: list(CODE),
    status: list(z.enum(InitiativeStatus)),
    health: list(z.enum(Health)),
    partner: list(SLUG),
    district: list(SLUG),
    stale: scalar(FLAG, false),
    overdue: scalar(FLAG, false),
    group: scalar(z.enum(GROUP_BYS).nullable(), null),
    sort: scalar(SORT.nullable(), null),
    cols: list(COLUMN_ID),
    page: scalar(z.coerce.number().int().min(1).max(100_000), 1),
    size: scalar(z.enum(["25", "50", "100"]).transform((s) => Number(s) as PageSize), 25 as PageSize),
  }),
).transform((parsed) => {
  const state = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.value])) as PortfolioTableState;
  if (state.cols.length === 0) state.cols = [...DEFAULT_COLUMNS];
  const invalid = Object.entries(parsed)
    .filter(([, v]) => v.bad)
    .map(([k]) => k as keyof PortfolioTableState);
  return { state, invalid };
});

export type ParsedPortfolioState = { state: PortfolioTableState; invalid: (keyof PortfolioTableState)[] };

/** Parses search params (Next's object, URLSearchParams or a plain record); never throws. */
export function parsePortfolioState(params: URLSearchParams | Record<string, string | string[] | undefined>): ParsedPortfolioState {
  const record: Record<string, string | string[] | undefined> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  } else Object.assign(record, params);
  return portfolioStateSchema.parse(record);
}

/**
 * The state as a query string (without "?"), leaving out what equals the default so links stay
 * short. `omit` drops parameters that do not belong to a link (e.g. `page` for the export).
 */
export function serializePortfolioState(state: PortfolioTableState, omit: readonly (keyof PortfolioTableState)[] = []): string {
  const p = new URLSearchParams();
  const put = (key: keyof PortfolioTableState, value: string) => {
    if (!omit.includes(key)) p.set(key, value);
  };
  if (state.q.trim()) put("q", state.q.trim());
  for (const key of FACETS) if (state[key].length) put(key, state[key].join(","));
  if (state.stale) put("stale", "1");
  if (state.overdue) put("overdue", "1");
  if (state.group) put("group", state.group);
  if (state.sort) put("sort", `${state.sort.id}.${state.sort.desc ? "desc" : "asc"}`);
  if (state.cols.join(",") !== DEFAULT_COLUMNS.join(",")) put("cols", state.cols.join(","));
  if (state.page !== 1) put("page", String(state.page));
  if (state.size !== 25) put("size", String(state.size));
  // Commas are legal in a query string; keeping them readable makes shared links legible.
  return p.toString().replace(/%2C/g, ",");
}
