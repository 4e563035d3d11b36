// Milestone punctuality: the on-time share, overdue milestones and mean delays (lib/milestones/lateness.ts)
// as key figures, the trend per quarter of completion as a line with its table. The rule is stated
// in words next to the numbers.
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { portfolioHref, type DashboardFilters, type PunctualityFigures } from "@/lib/dashboard/queries";
import { DashboardLineChart } from "./line-chart";
import { DashboardSection, SingleFigure } from "./dashboard-section";

/** The trend shows the most recent quarters; older ones add little to a glance. */
const TREND_QUARTERS = 12;

export async function PunctualitySection({ figures, filters }: { figures: PunctualityFigures; filters: DashboardFilters }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const oneDecimal = (n: number) => format.number(n, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = (share: number) => format.number(Math.round(share * 1000) / 10, { maximumFractionDigits: 1 });
  const days = (n: number | null) => (n === null ? t("none") : t("punctuality.days", { days: oneDecimal(n) }));
  const trend = figures.trend.slice(-TREND_QUARTERS);
  const title = t("punctuality.trendTitle");
  return (
    <DashboardSection id="dashboard-punctuality" heading={t("punctuality.heading")}>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        {t("punctuality.rule")} {filters.period && t("punctuality.rulePeriod", { period: filters.period.text })}
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="dashboard-punctuality">
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("punctuality.onTime")}</dt>
          <dd className="text-lg font-semibold">
            {figures.onTimeShare === null
              ? t("none")
              : t("punctuality.onTimeValue", { share: percent(figures.onTimeShare), onTime: figures.onTime, completed: figures.completed })}
          </dd>
        </div>
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("punctuality.delayDone")}</dt>
          <dd className="text-lg font-semibold">{days(figures.averageDelayDaysDone)}</dd>
        </div>
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("punctuality.open")}</dt>
          <dd className="text-lg font-semibold">{figures.open}</dd>
        </div>
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("punctuality.overdue")}</dt>
          <dd className="text-lg font-semibold">{figures.overdue}</dd>
        </div>
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("punctuality.delayOpen")}</dt>
          <dd className="text-lg font-semibold">{days(figures.averageDelayDaysOpen)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm">
        <Link href={portfolioHref(filters, { overdue: true })} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {t("punctuality.overdueLink")}
        </Link>
      </p>
      <SingleFigure
        empty={trend.length === 0 && t("punctuality.empty")}
        id="dashboard-punctuality-trend"
        title={title}
        description={t("punctuality.trendDescription", { count: trend.length })}
        chart={<DashboardLineChart width={720} unit=" %" label={t("punctuality.share")} data={trend.map((q) => ({ label: q.quarter, value: Math.round(q.onTimeShare * 1000) / 10 }))} />}
        rowHeader={t("punctuality.colQuarter")}
        columns={[t("punctuality.colCompleted"), t("punctuality.colOnTime"), t("punctuality.colShare"), t("punctuality.colDelay")]}
        rows={trend.map((q) => ({
          header: { text: q.quarter },
          cells: [{ text: String(q.completed) }, { text: String(q.onTime) }, { text: t("progress.value", { value: percent(q.onTimeShare) }) }, { text: oneDecimal(q.averageDelayDays) }],
        }))}
      />
    </DashboardSection>
  );
}
