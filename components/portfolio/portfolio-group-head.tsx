"use client";
// The heading of a group in the portfolio table, with the group's totals over all its rows (on
// every page, computed by the server in lib/portfolio/page-model.ts): how many initiatives, planned
// and actual budget, and their mean progress (lib/initiatives/progress.ts). A group that began on
// an earlier page is marked as continued.
import { useTranslations } from "next-intl";
import { toPercent } from "@/lib/initiatives/progress";
import type { PortfolioGroupHead as GroupHead } from "@/lib/portfolio/page-model";
import type { PortfolioFacetOptions } from "@/lib/portfolio/row";
import type { GroupBy } from "@/lib/portfolio/table-state";
import { useFormats } from "./portfolio-cells";

export function PortfolioGroupHead({ group, head, options }: { group: GroupBy; head: GroupHead; options: PortfolioFacetOptions }) {
  const t = useTranslations("portfolio");
  const tStatus = useTranslations("status");
  const f = useFormats();
  const { key: value, totals } = head;
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
    // The label stays in view while the table scrolls sideways.
    <span className="inline-block sm:sticky sm:left-2">
      <span className="font-semibold">{label}</span>
      {head.continued && <span className="ml-1 font-normal">{t("groupContinued")}</span>}
      <span className="ml-3 font-normal text-slate-800">
        {t("groupTotals", {
          count: totals.count,
          planned: f.money(totals.planned),
          actual: f.money(totals.actual),
          progress: totals.meanProgress === null ? t("none") : t("percent", { value: toPercent(totals.meanProgress)! }),
        })}
      </span>
    </span>
  );
}
