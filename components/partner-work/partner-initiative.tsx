// One initiative on the partner contact's page: its code and title, the partner's milestones with
// the status controls of the initiative page, and the partner's KPIs with the value form.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/kpis/disclosure";
import { KpiMeasurementForm } from "@/components/kpis/kpi-measurement-form";
import { MilestoneStatusControls } from "@/components/milestones/milestone-status-controls";
import type { MilestoneActions } from "@/components/milestones/types";
import type { ActionResult } from "@/lib/actions/define-action";
import type { PartnerInitiative } from "@/lib/partner-work/queries";

export type PartnerActions = {
  milestone: Pick<MilestoneActions, "complete" | "reopen" | "moveForecast">;
  record: (raw: unknown) => Promise<ActionResult<unknown>>;
};

export async function PartnerInitiativeSection({ initiative, today, actions }: { initiative: PartnerInitiative; today: string; actions: PartnerActions }) {
  const [t, tk, format, locale] = await Promise.all([getTranslations("partnerWork"), getTranslations("kpis"), getFormatter(), getLocale()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const number = (n: number) => n.toLocaleString(locale === "en" ? "en-GB" : "de-DE");
  const headingId = `partner-${initiative.code}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-xl font-semibold text-brand-900">
        {initiative.code} · {initiative.title}
      </h2>
      <h3 className="mt-4 text-lg font-semibold">{t("milestonesHeading")}</h3>
      {initiative.milestones.length === 0 ? (
        <p className="mt-2">{t("noMilestones")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {initiative.milestones.map((m) => (
            <li key={m.id} aria-label={m.title} className="rounded border border-slate-200 p-3">
              <p className="font-semibold">{m.title}</p>
              <p className="text-sm">
                {m.completedDate ? t("doneOn", { date: day(m.completedDate) }) : t("forecastOn", { date: day(m.forecastDate), baseline: day(m.baselineDate) })}
              </p>
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <MilestoneStatusControls m={m} today={today} actions={actions.milestone} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-lg font-semibold">{t("kpisHeading")}</h3>
      {initiative.kpis.length === 0 ? (
        <p className="mt-2">{t("noKpis")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {initiative.kpis.map((k) => (
            <li key={k.id} aria-label={k.name} className="rounded border border-slate-200 p-3">
              <p className="font-semibold">{k.name}</p>
              <p className="text-sm">{t("target", { value: number(k.targetValue), unit: k.unit, date: day(k.targetDate) })}</p>
              <p className="text-sm">
                {k.recent.length === 0
                  ? t("noValues")
                  : t("latestValues", { values: k.recent.map((v) => `${day(v.periodDate)}: ${number(v.value)} ${k.unit}`).join("; ") })}
              </p>
              <div className="mt-2">
                <Disclosure summary={tk("record")}>
                  <KpiMeasurementForm
                    action={actions.record}
                    kpiId={k.id}
                    unit={k.unit}
                    today={today}
                    labels={{
                      form: tk("recordLabel", { name: k.name }),
                      periodDate: tk("periodDate"),
                      value: tk("value"),
                      valueHint: tk("valueHint"),
                      note: tk("note"),
                      submit: tk("recordSubmit"),
                      saved: tk("recorded"),
                    }}
                  />
                </Disclosure>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
