// A partner's key figures: initiatives, committed funds, milestones responsible, share on time,
// overdue and mean delay (lib/milestones/lateness.ts), with the rules in words.
import { getLocale, getTranslations } from "next-intl/server";
import { formatEuro } from "@/lib/funding/format";
import { onTimeShare, type PartnerReport } from "@/lib/partners/report-queries";

export async function PartnerFigures({ totals }: { totals: PartnerReport["totals"] }) {
  const [t, locale] = await Promise.all([getTranslations("partnerView"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const days = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const share = onTimeShare(totals);
  const figures: [string, string][] = [
    [t("figInitiatives"), String(totals.initiatives)],
    [t("figCommitted"), formatEuro(locale, totals.committed)],
    [t("figResponsible"), String(totals.responsible)],
    [t("figOnTime"), share === null ? t("noneCompleted") : t("share", { percent: percent.format(share), onTime: totals.onTime, completed: totals.completed })],
    [t("figOverdue"), String(totals.overdue)],
    [t("figMeanDelay"), totals.meanDelayDays === null ? t("meanDelayNone") : t("meanDelay", { days: days.format(totals.meanDelayDays) })],
  ];
  return (
    <section aria-labelledby="partner-figures-heading" className="mt-6">
      <h2 id="partner-figures-heading" className="text-xl font-semibold">{t("figures")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="partner-figures">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded bg-slate-50 p-2">
            <dt className="text-sm font-semibold">{label}</dt>
            <dd className="text-lg tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("punctualityRule")} {t("meanDelayRule")}</p>
    </section>
  );
}
