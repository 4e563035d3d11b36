// The projection in one or two sentences ("erreicht das Ziel voraussichtlich am …", "verfehlt das
// Ziel voraussichtlich um …", "keine Prognose möglich") and the method in plain words.
import { getTranslations } from "next-intl/server";
import type { KpiDetail } from "@/lib/kpis/queries";
import { MIN_TREND_POINTS } from "@/lib/kpis/projection";
import type { KpiFormat } from "./kpi-detail-format";

/** Average days per month, to state the trend per month (readers think in months, the maths in days). */
const DAYS_PER_MONTH = 365.25 / 12;

export async function KpiDetailVerdict({ kpi, f }: { kpi: KpiDetail; f: KpiFormat }) {
  const t = await getTranslations("kpiDetail");
  const p = kpi.projection;
  const target = f.value(kpi.targetValue);
  const targetDate = f.date(kpi.plan.target.date);
  let sentence: string;
  let detail: string | null = null;
  switch (p.kind) {
    case "insufficient":
      sentence = t("verdict.insufficient", { min: MIN_TREND_POINTS, count: p.count });
      break;
    case "reached":
      sentence = t("verdict.reached", { date: f.date(p.on), value: f.value(p.latest.value), target });
      break;
    case "onTrack":
      sentence = t("verdict.onTrack", { date: f.date(p.on) });
      break;
    case "miss":
      sentence = t("verdict.miss", { gap: f.value(p.gap), date: targetDate, projected: f.value(p.valueAtTarget), target });
      detail = p.lateOn ? t("verdict.missLate", { date: f.date(p.lateOn) }) : t("verdict.missAway");
      break;
    case "overdue":
      sentence = t("verdict.overdue", { date: targetDate, value: f.value(p.latest.value), gap: f.value(p.gap) });
      break;
  }
  const trend = p.kind === "onTrack" || p.kind === "miss" ? p.trend : null;
  const tone = p.kind === "onTrack" || p.kind === "reached" ? "border-green-700 bg-green-50" : p.kind === "insufficient" ? "border-slate-400 bg-slate-50" : "border-amber-700 bg-amber-50";
  return (
    <section aria-labelledby="kpi-verdict-heading" className="mt-6">
      <h2 id="kpi-verdict-heading" className="text-xl font-semibold">{t("verdictHeading")}</h2>
      <div className={`mt-2 rounded border-l-4 p-3 ${tone}`} data-testid="kpi-verdict" data-kind={p.kind}>
        <p className="font-semibold">{sentence}</p>
        {detail && <p className="mt-1">{detail}</p>}
        {trend && (
          <p className="mt-1 text-sm text-slate-700">
            {t("trendBasis", {
              count: trend.used.length,
              from: f.date(trend.used[0]!.date),
              to: f.date(trend.used[trend.used.length - 1]!.date),
              slope: `${trend.slopePerDay >= 0 ? "+" : "−"}${f.value(Math.abs(trend.slopePerDay * DAYS_PER_MONTH))}`,
            })}
          </p>
        )}
      </div>
      <h3 className="mt-4 text-base font-semibold">{t("methodHeading")}</h3>
      <p className="mt-1 max-w-3xl text-sm">{t("method", { min: MIN_TREND_POINTS })}</p>
    </section>
  );
}
