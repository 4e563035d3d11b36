// The quarter as it was approved: the figures frozen with each approved report (health, progress,
// milestones, budget), the initiatives that owed a report but have no frozen figures, the quarter's
// milestones with the dates they were approved with, and the comparison with the previous quarter.
// Unchanged by later edits.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { periodLabel } from "@/lib/reports/labels";
import { InitiativeCell, ReportSection } from "./report-section";
import { SimpleTable } from "./simple-table";

export async function FrozenQuarter({ report }: { report: CouncilReport }) {
  const [t, root] = await Promise.all([getTranslations("councilReport"), getTranslations()]);
  const f = reportFormat(report.locale);
  const { entries, sincePrevious, missing, milestones } = report.frozen;
  return (
    <ReportSection id="cr-frozen" heading={t("frozen.heading")} intro={t("frozen.rule")} pageBreak>
      {sincePrevious && (
        <p className="mt-3 font-semibold" data-testid="since-previous">
          {t("frozen.sincePrevious", { ...sincePrevious, period: periodLabel(root, sincePrevious.period) })}
        </p>
      )}
      {entries.length === 0 && missing.length === 0 ? (
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
          })).concat(
            missing.map((m) => ({
              key: m.initiativeCode,
              cells: [
                <InitiativeCell key="i" code={m.initiativeCode} title={m.initiativeTitle} />,
                <em key="n" data-testid="no-approved-report">{t(m.approved ? "frozen.notFrozen" : "frozen.noReport")}</em>,
                "–",
                "–",
                "–",
                "–",
              ],
            })),
          )}
        />
      )}
      <h3 id="cr-frozen-milestones" className="mt-8 text-lg font-semibold text-brand-900">{t("frozen.milestonesHeading")}</h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("frozen.milestonesIntro")}</p>
      {milestones.length === 0 ? (
        <p className="mt-3">{t("frozen.milestonesNone")}</p>
      ) : (
        <SimpleTable
          locale={report.locale}
          caption={t("frozen.milestonesHeading")}
          columns={[{ label: t("col.initiative") }, { label: t("col.milestone") }, { label: t("col.milestoneBaseline") }, { label: t("col.forecast") }, { label: t("frozen.stateAtEnd") }]}
          rows={milestones.map((m, i) => ({
            key: `${m.initiativeCode}-${i}`,
            cells: [
              <span key="i" className="font-mono">{m.initiativeCode}</span>,
              m.milestoneTitle,
              f.date(m.baselineDate),
              f.date(m.forecastDate),
              m.state === "done" ? t("frozen.state.done", { date: f.date(m.completedDate!) }) : t(`frozen.state.${m.state}`),
            ],
          }))}
        />
      )}
    </ReportSection>
  );
}
