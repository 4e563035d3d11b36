// What each portfolio column holds in a download, typed so that CSV and XLSX write numbers as
// numbers and dates as dates, and neutralise formula injection in text (OWASP "CSV Injection").
import { createTranslator } from "next-intl";
import { cityToday } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { toPercent } from "@/lib/initiatives/progress";
import { toCents, type PortfolioRow } from "./row";
import type { ColumnId } from "./table-state";

export type ExportCell =
  | { kind: "text"; value: string }
  | { kind: "integer"; value: number }
  | { kind: "money"; cents: number }
  | { kind: "percent"; value: number }
  | { kind: "date"; value: string }
  | null;

/** Text a spreadsheet would read as a formula starts with one of these (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to text that a spreadsheet would otherwise run as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

type Labels = {
  status: (s: string) => string;
  health: (h: string) => string;
  slipRisk: (r: { predecessor: string; days: number }) => string;
  yes: string;
  no: string;
};

const text = (value: string | null | undefined): ExportCell => (value ? { kind: "text", value: neutralise(value) } : null);
const list = (values: string[]): ExportCell => text(values.join("; "));

const CELLS: Record<ColumnId, (r: PortfolioRow, l: Labels) => ExportCell> = {
  code: (r) => text(r.code),
  title: (r) => text(r.title),
  field: (r) => text(`${r.fieldCode} – ${r.fieldTitle}`),
  department: (r) => text(`${r.departmentCode} – ${r.departmentName}`),
  leads: (r) => list(r.leads),
  status: (r, l) => text(l.status(r.status)),
  health: (r, l) => text(l.health(r.health)),
  progress: (r) => (r.progress === null ? null : { kind: "percent", value: toPercent(r.progress)! }),
  nextMilestone: (r) => text(r.nextMilestoneTitle),
  nextMilestoneDate: (r) => (r.nextMilestoneDate ? { kind: "date", value: r.nextMilestoneDate } : null),
  delay: (r) => (r.delayDays === null ? null : { kind: "integer", value: r.delayDays }),
  overdue: (r) => ({ kind: "integer", value: r.overdueMilestones }),
  planned: (r) => ({ kind: "money", cents: toCents(r.budgetPlanned) }),
  actual: (r) => ({ kind: "money", cents: toCents(r.budgetActual) }),
  // The day of the last change in the city's calendar.
  lastUpdate: (r) => (r.lastUpdate ? { kind: "date", value: cityToday(new Date(r.lastUpdate)) } : null),
  stale: (r, l) => text(r.stale ? l.yes : l.no),
  partners: (r) => list(r.partnerNames),
  districts: (r) => list(r.districtNames),
};


/**
 * A download's columns: the table's, and beside the title its slip flags in words ("Gefährdet
 * durch / At risk from"), which the screen shows inside the title cell but a spreadsheet wants in
 * a column of their own, to filter and sort by.
 */
type ExportColumnId = ColumnId | "atRisk";
const expandColumns = (columns: readonly ColumnId[]): ExportColumnId[] => columns.flatMap((c): ExportColumnId[] => (c === "title" ? ["title", "atRisk"] : [c]));

const EXPORT_CELLS: Record<ExportColumnId, (r: PortfolioRow, l: Labels) => ExportCell> = {
  ...CELLS,
  atRisk: (r, l) => list((r.slipRisks ?? []).map(l.slipRisk)),
};

const catalogues = { de, en } as const;

/** Header row in the user's language and the typed cells of `rows` for `columns` (with the slip flags beside the title), in that order. */
export function exportTable(
  rows: readonly PortfolioRow[],
  columns: readonly ColumnId[],
  locale: Locale,
): { headers: string[]; rows: ExportCell[][]; sheetName: string; fileName: string } {
  const t = createTranslator({ locale, messages: catalogues[locale] });
  const labels: Labels = {
    status: (s) => t(`status.${s}` as never),
    health: (h) => t(`health.${h}` as never),
    slipRisk: (r) => t("portfolio.slipRisk", { predecessor: r.predecessor, days: r.days }),
    yes: t("portfolio.yes"),
    no: t("portfolio.no"),
  };
  const exported = expandColumns(columns);
  return {
    headers: exported.map((c) => neutralise(c === "atRisk" ? t("portfolio.atRiskColumn") : t(`portfolio.col.${c}` as never))),
    rows: rows.map((r) => exported.map((c) => EXPORT_CELLS[c](r, labels))),
    sheetName: t("portfolio.sheetName"),
    fileName: t("portfolio.fileName"),
  };
}
