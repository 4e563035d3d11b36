"use client";
// How each portfolio column shows its value. Formats are fixed (time zone UTC for calendar dates,
// Europe/Berlin for instants) so the server's first render and the browser's agree.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Health } from "@/lib/generated/prisma/enums";
import { toPercent } from "@/lib/initiatives/progress";
import { toCents, type PortfolioRow } from "@/lib/portfolio/row";
import type { ColumnId } from "@/lib/portfolio/table-state";

// Short named utilities (app/globals.css): these classes repeat on every row of a 100-row page.
const healthStyle: Record<Health, string> = { ON_TRACK: "badge tone-good", AT_RISK: "badge tone-warn", OFF_TRACK: "badge tone-bad" };

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
      return row.code;
    case "title":
      return (
        // No prefetch: a page of up to 100 links would otherwise fetch 100 initiative pages.
        <>
          <Link href={`/app/initiatives/${row.code}`} prefetch={false} className="link">
            {row.title}
          </Link>
          {row.slipRisks?.map((r) => (
            <span key={r.predecessor} className="badge tone-warn ml-1" data-slip-flag>
              <span aria-hidden="true">⚠ </span>
              {t("slipRisk", { predecessor: r.predecessor, days: r.days })}
            </span>
          ))}
        </>
      );
    case "field":
      return <span title={row.fieldCode}>{row.fieldTitle}</span>;
    case "department":
      return <abbr title={row.departmentName} className="no-underline">{row.departmentCode}</abbr>;
    case "leads":
      return row.leads.length ? <>{row.leads.join(", ")}</> : none;
    case "status":
      return tStatus(row.status);
    case "health":
      return <span className={healthStyle[row.health]}>{tHealth(row.health)}</span>;
    case "progress":
      return row.progress === null ? none : <>{t("percent", { value: toPercent(row.progress)! })}</>;
    case "nextMilestone":
      return row.nextMilestoneTitle ? <>{row.nextMilestoneTitle}</> : none;
    case "nextMilestoneDate":
      return row.nextMilestoneDate ? f.day(row.nextMilestoneDate) : none;
    case "delay":
      return row.delayDays === null ? none : <span className={row.delayDays > 0 ? "font-semibold text-red-800" : undefined}>{row.delayDays}</span>;
    case "overdue":
      return <>{row.overdueMilestones}</>;
    case "planned":
      return f.money(row.budgetPlanned);
    case "actual":
      return f.money(row.budgetActual);
    case "lastUpdate":
      return row.lastUpdate ? f.instant(row.lastUpdate) : t("never");
    case "stale":
      return row.stale ? <span className="badge tone-warn">{t("staleBadge")}</span> : null;
    case "partners":
      return row.partnerNames.length ? <>{row.partnerNames.join(", ")}</> : none;
    case "districts":
      return row.districtNames.length ? <>{row.districtNames.join(", ")}</> : none;
  }
}

/** Classes of a column's cells: whole-column styles sit on the cell, not on a wrapper in each one. */
export const COLUMN_CLASSES: Partial<Record<ColumnId, string>> = {
  code: "max-w-28 font-mono whitespace-nowrap",
  title: "sm:min-w-56 sm:max-w-80",
  status: "whitespace-nowrap",
  nextMilestoneDate: "whitespace-nowrap",
  planned: "whitespace-nowrap",
  actual: "whitespace-nowrap",
  lastUpdate: "whitespace-nowrap",
};

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
