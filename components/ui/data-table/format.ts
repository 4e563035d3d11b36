// Locale formatting of plain cell values. Date columns hold UTC midnight of a calendar day, so
// "date" is formatted in UTC (the day never shifts); "datetime" is an instant, shown in the city's zone.
import type { CellFormat, CellValue } from "./types";

export function isNumericFormat(format: CellFormat | undefined): boolean {
  return format !== undefined && Object.hasOwn(NUMBER_OPTIONS, format);
}

function asNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function asDate(value: CellValue): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

type NumericFormat = Exclude<CellFormat, "text" | "date" | "datetime">;

const NUMBER_OPTIONS: Record<NumericFormat, Intl.NumberFormatOptions> = {
  integer: { maximumFractionDigits: 0 },
  number: { maximumFractionDigits: 2 },
  decimal1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  currency: { style: "currency", currency: "EUR", maximumFractionDigits: 0 },
  currencyCents: { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 },
  percent: { style: "percent", maximumFractionDigits: 0 },
};

/** Intl formatters are slow to build and a page has thousands of cells: one per format, locale and zone. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter(format: Exclude<CellFormat, "text">, locale: string, timeZone: string): Intl.NumberFormat | Intl.DateTimeFormat {
  const key = `${format}|${locale}|${format === "datetime" ? timeZone : ""}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      format === "date"
        ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" })
        : format === "datetime"
          ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone })
          : new Intl.NumberFormat(locale, NUMBER_OPTIONS[format]);
    formatters.set(key, f);
  }
  return f;
}

/** The text of a plain value in a format; null, undefined and unparsable values give "–". */
export function formatCell(value: CellValue, format: CellFormat = "text", locale: string, timeZone = "Europe/Berlin"): string {
  if (value === null || value === undefined || value === "") return "–";
  if (format === "text") return value instanceof Date ? formatCell(value, "date", locale, timeZone) : String(value);
  if (format === "date" || format === "datetime") {
    const d = asDate(value);
    return d ? (formatter(format, locale, timeZone) as Intl.DateTimeFormat).format(d) : String(value);
  }
  const n = asNumber(value);
  return n === null ? String(value) : (formatter(format, locale, timeZone) as Intl.NumberFormat).format(n);
}
