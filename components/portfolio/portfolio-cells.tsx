"use client";
// How each portfolio column shows its value. Formats are fixed (time zone UTC for calendar dates,
// Europe/Berlin for instants) so the server's first render and the browser's agree.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Health } from "@/lib/generated/prisma/enums";
import { toPercent } from "@/lib/initiatives/progress";
import { toCents, type PortfolioRow } from "@/lib/portfolio/row";
import type { ColumnId } from "@/lib/portfolio/table-state";

const healthStyle: Record<Health, string> = {
  ON_TRACK: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  AT_RISK: "bg-amber-100 text-amber-950 ring-amber-300",
  OFF_TRACK: "bg-red-100 text-red-900 ring-red-300",
};

type Formats = { money: (amount: string) => string; day: (iso: string) => string; instant: (iso: string) => string };

/** One set of formatters per locale: every cell asks for them, and building Intl formatters is slow (a page of 100 rows has 1,500 cells). */
const formatsByLocale = new Map<string, Formats>();

function formatsFor(locale: string): Formats {
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    const instant = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
    formats = {
      money: (amount) => money.format(toCents(amount) / 100),
      day: (iso) => day.format(new Date(`${iso}T00:00:00Z`)),
      instant: (iso) => instant.format(new Date(iso)),
    };
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

export function useFormats(): Formats {
  return formatsFor(useLocale());
}

/** The translators and formats a cell needs, made once per table rather than once per cell. */
export type CellContext = {
  t: ReturnType<typeof useTranslations<"portfolio">>;
  tStatus: ReturnType<typeof useTranslations<"status">>;
  tHealth: ReturnType<typeof useTranslations<"health">>;
  f: Formats;
};

export function useCellContext(): CellContext {
  return { t: useTranslations("portfolio"), tStatus: useTranslations("status"), tHealth: useTranslations("health"), f: useFormats() };
}

/** A cell's content (a plain function, not a component: a page of 100 rows has 1,500 cells). */
export function portfolioCell(id: ColumnId, row: PortfolioRow, { t, tStatus, tHealth, f }: CellContext) {
  const none = <>{t("none")}</>;
  switch (id) {
    case "code":
      return <span className="font-mono whitespace-nowrap">{row.code}</span>;
    case "title":
      return (
        // No prefetch: a page of up to 100 links would otherwise fetch 100 initiative pages.
        <Link href={`/app/initiatives/${row.code}`} prefetch={false} className="text-brand-700 underline underline-offset-2 print:text-black print:no-underline">
          {row.title}
        </Link>
      );
    case "field":
      return <span title={row.fieldCode}>{row.fieldTitle}</span>;
    case "department":
      return <abbr title={row.departmentName} className="no-underline">{row.departmentCode}</abbr>;
    case "leads":
      return row.leads.length ? <>{row.leads.join(", ")}</> : none;
    case "status":
      return <span className="whitespace-nowrap">{tStatus(row.status)}</span>;
    case "health":
      return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 ring-1 print:ring-0 ${healthStyle[row.health]}`}>{tHealth(row.health)}</span>;
    case "progress":
      return row.progress === null ? none : <>{t("percent", { value: toPercent(row.progress)! })}</>;
    case "nextMilestone":
      return row.nextMilestoneTitle ? <>{row.nextMilestoneTitle}</> : none;
    case "nextMilestoneDate":
      return row.nextMilestoneDate ? <span className="whitespace-nowrap">{f.day(row.nextMilestoneDate)}</span> : none;
    case "delay":
      return row.delayDays === null ? none : <span className={row.delayDays > 0 ? "font-semibold text-red-800" : undefined}>{row.delayDays}</span>;
    case "overdue":
      return <>{row.overdueMilestones}</>;
    case "planned":
      return <span className="whitespace-nowrap">{f.money(row.budgetPlanned)}</span>;
    case "actual":
      return <span className="whitespace-nowrap">{f.money(row.budgetActual)}</span>;
    case "lastUpdate":
      return row.lastUpdate ? <span className="whitespace-nowrap">{f.instant(row.lastUpdate)}</span> : <>{t("never")}</>;
    case "stale":
      return row.stale ? <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-amber-950 ring-1 ring-amber-300 print:ring-0">{t("staleBadge")}</span> : null;
    case "partners":
      return row.partnerNames.length ? <>{row.partnerNames.join(", ")}</> : none;
    case "districts":
      return row.districtNames.length ? <>{row.districtNames.join(", ")}</> : none;
  }
}

/** Right-aligned columns hold numbers. */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set(["progress", "delay", "overdue", "planned", "actual"]);

/**
 * Columns whose meaning the page states in words (app/(internal)/app/portfolio/page.tsx): the
 * header points to that definition (aria-describedby) and shows it as a tooltip.
 */
export const COLUMN_DEFINITIONS: Partial<Record<ColumnId, { id: string; key: "delayDefinition" }>> = {
  delay: { id: "delay-definition", key: "delayDefinition" },
  overdue: { id: "delay-definition", key: "delayDefinition" },
};
