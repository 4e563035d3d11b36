// Number and date formatting shared by the KPI detail components: values with the KPI's unit in
// the reader's locale, calendar dates (stored as UTC midnight) in words.
import { dateValue } from "@/lib/dates";

export type KpiFormat = { value: (v: number | string) => string; date: (iso: string) => string; number: (v: number) => string };

export function kpiFormat(locale: string, unit: string): KpiFormat {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  // Measurements keep up to four decimals (the column's scale); computed values are rounded to two.
  const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  return {
    value: (v) => `${typeof v === "string" ? exact.format(v as Intl.StringNumericLiteral) : number.format(v)} ${unit}`.trim(),
    date: (iso) => dates.format(dateValue(iso)),
    number: (v) => number.format(v),
  };
}
