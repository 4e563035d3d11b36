"use client";
// The heading row of a group in the portfolio table, with the group's totals: how many
// initiatives, planned and actual budget, and their mean progress (lib/initiatives/progress.ts).
import { useTranslations } from "next-intl";
import { groupTotals } from "@/lib/portfolio/filter-sort";
import type { PortfolioFacetOptions, PortfolioRow } from "@/lib/portfolio/row";
import type { GroupBy } from "@/lib/portfolio/table-state";
import { toPercent } from "@/lib/initiatives/progress";
import { useFormats } from "./portfolio-cells";

export function PortfolioGroupRow({
  group,
  value,
  options,
  rows,
  colSpan,
}: {
  group: GroupBy;
  value: string;
  options: PortfolioFacetOptions;
  rows: PortfolioRow[];
  colSpan: number;
}) {
  const t = useTranslations("portfolio");
  const tStatus = useTranslations("status");
  const f = useFormats();
  const totals = groupTotals(rows);
  const label =
    group === "status"
      ? tStatus(value as never)
      : group === "partner"
        ? value === ""
          ? t("groupNoPartner")
          : (options.partners.find((p) => p.value === value)?.label ?? value)
        : group === "field"
          ? `${value} – ${options.fields.find((o) => o.value === value)?.label ?? ""}`
          : `${value} – ${options.departments.find((o) => o.value === value)?.label ?? ""}`;
  return (
    <tr className="border-b border-slate-300 bg-slate-100 break-after-avoid">
      <th scope="rowgroup" colSpan={colSpan} className="px-2 py-2 text-left">
        <span className="font-semibold">{label}</span>
        <span className="ml-3 font-normal text-slate-800">
          {t("groupTotals", {
            count: totals.count,
            planned: f.money(totals.planned),
            actual: f.money(totals.actual),
            progress: totals.meanProgress === null ? t("none") : t("percent", { value: toPercent(totals.meanProgress)! }),
          })}
        </span>
      </th>
    </tr>
  );
}
