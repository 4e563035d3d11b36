// Number, money and date formatting shared by the council report's page and its PDF, so both show
// the same figures in the same way. Dates arrive as YYYY-MM-DD calendar days.
import { dateValue } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";

export function reportFormat(locale: Locale) {
  const tag = locale === "de" ? "de-DE" : "en-GB";
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const moneyFmt = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const numberFmt = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
  return {
    date: (iso: string) => dateFmt.format(dateValue(iso)),
    /** Whole euros: the council reads budgets, not cents. */
    money: (amount: string) => moneyFmt.format(Number(amount)),
    /** A decimal string without trailing zeros, in the locale's notation. */
    number: (value: string) => numberFmt.format(Number(value)),
    percent: (value: number | null) => (value === null ? "–" : `${numberFmt.format(value)} %`),
  };
}

export type ReportFormat = ReturnType<typeof reportFormat>;
