// The quarter as it was approved: the figures frozen with each approved report (health, progress,
// milestones, budget) and the comparison with the previous quarter. Unchanged by later edits.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { InitiativeCell, ReportSection } from "./report-section";
import { SimpleTable } from "./simple-table";

export async function FrozenQuarter({ report }: { report: CouncilReport }) {
  const [t, root] = await Promise.all([getTranslations("councilReport"), getTranslations()]);
  const f = reportFormat(report.locale);
  const { entries, sincePrevious } = report.frozen;
  return (
    <ReportSection id="cr-frozen" heading={t("frozen.heading")} intro={t("frozen.rule")} pageBreak>
      {sincePrevious && (
        <p className="mt-3 font-semibold" data-testid="since-previous">
          {t("frozen.sincePrevious", { ...sincePrevious, period: sincePrevious.period })}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="mt-3">{t("frozen.none")}</p>
      ) : (
        <SimpleTable
          locale={report.locale}
          caption={t("frozen.heading")}
          columns={[
            { label: t("col.initiative") },
            { label: t("col.health") },
            { label: t("col.progress"), numeric: true },
            { label: t("frozen.milestonesDone"), numeric: true },
            { label: t("col.planned"), numeric: true },
            { label: t("col.actual"), numeric: true },
          ]}
          rows={entries.map((e) => ({
            key: e.initiativeCode,
            cells: [
              <InitiativeCell key="i" code={e.initiativeCode} title={e.initiativeTitle} />,
              root(`health.${e.health}`),
              f.percent(e.progressPercent),
              `${e.milestonesDone}/${e.milestonesTotal}`,
              f.money(e.budgetPlanned),
              f.money(e.budgetActual),
            ],
          }))}
        />
      )}
    </ReportSection>
  );
}
