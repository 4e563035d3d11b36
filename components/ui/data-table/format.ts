// Locale formatting of plain cell values. Date columns hold UTC midnight of a calendar day, so
// "date" is formatted in UTC (the day never shifts); "datetime" is an instant, shown in the city's zone.
import type { CellFormat, CellValue } from "./types";

const NUMERIC = new Set<CellFormat>(["integer", "number", "decimal1", "currency", "currencyCents", "percent"]);

export function isNumericFormat(format: CellFormat | undefined): boolean {
  return format !== undefined && NUMERIC.has(format);
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

/** Intl formatters are slow to build and a page has thousands of cells: one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** The text of a plain value in a format; null, undefined and unparsable values give "–". */
export function formatCell(value: CellValue, format: CellFormat = "text", locale: string, timeZone = "Europe/Berlin"): string {
  if (value === null || value === undefined || value === "") return "–";
  switch (format) {
    case "text":
      return value instanceof Date ? formatCell(value, "date", locale, timeZone) : String(value);
    case "date":
    case "datetime": {
      const d = asDate(value);
      if (!d) return String(value);
      return format === "date"
        ? dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(d)
        : dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(d);
    }
    default: {
      const n = asNumber(value);
      if (n === null) return String(value);
      const options: Intl.NumberFormatOptions =
        format === "integer"
          ? { maximumFractionDigits: 0 }
          : format === "decimal1"
            ? { minimumFractionDigits: 1, maximumFractionDigits: 1 }
            : format === "currency"
              ? { style: "currency", currency: "EUR", maximumFractionDigits: 0 }
              : format === "currencyCents"
                ? { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 }
                : format === "percent"
                  ? { style: "percent", maximumFractionDigits: 0 }
                  : { maximumFractionDigits: 2 };
      return numberFormat(locale, options).format(n);
    }
  }
}
