// One milestone on the internal initiative page: title, state (done / open / overdue), weight,
// dates and slip, responsible partner, forecast history, and for those who may edit, the
// compact forms to keep it current. Stacks on a phone.
import { getFormatter, getTranslations } from "next-intl/server";
import { dateValue } from "@/lib/milestones/dates";
import type { MilestoneItem } from "@/lib/milestones/queries";
import { ForecastHistory } from "./forecast-history";
import { FactBadge, MilestoneStateBadge } from "./milestone-badges";
import { MilestoneEditControls, MilestoneOrderControls } from "./milestone-plan-controls";
import { MilestoneStatusControls } from "./milestone-status-controls";
import type { MilestoneActions, PartnerOption } from "./types";

type Props = {
  m: MilestoneItem;
  position: number;
  last: boolean;
  today: string;
  /** Present only when the viewer may edit this initiative's milestones. */
  edit?: { actions: MilestoneActions; partners: PartnerOption[] };
};

export async function MilestoneRow({ m, position, last, today, edit }: Props) {
  const t = await getTranslations("milestones");
  const format = await getFormatter();
  const day = (iso: string) => <time dateTime={iso}>{format.dateTime(dateValue(iso), { dateStyle: "medium", timeZone: "UTC" })}</time>;
  const slip = m.slipDays === 0 ? t("slipNone") : m.slipDays > 0 ? t("slipLate", { days: m.slipDays }) : t("slipEarly", { days: -m.slipDays });
  const headingId = `milestone-${m.id}`;
  const facts: [string, React.ReactNode][] = [
    [t("baseline"), day(m.baselineDate)],
    [t("forecast"), day(m.forecastDate)],
    [t("completed"), m.completedDate ? day(m.completedDate) : t("state.open")],
    [t("slip"), slip],
    [t("responsiblePartner"), m.responsiblePartnerName ?? "–"],
  ];
  return (
    <li aria-labelledby={headingId} className={`rounded border p-3 ${m.overdue ? "border-red-300 border-l-4" : "border-slate-200"}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <h3 id={headingId} className="font-semibold">
          <span className="mr-2 text-sm font-normal text-slate-700">{t("position", { n: position })}</span>
          {m.title}
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <MilestoneStateBadge completed={!!m.completedDate} overdue={m.overdue} />
          <FactBadge>{t("weightValue", { weight: m.weight })}</FactBadge>
          {!m.isPublic && <FactBadge>{t("internal")}</FactBadge>}
        </div>
      </div>
      {m.overdue && <p className="mt-1 text-sm text-red-900">{t("overdueHint")}</p>}
      {m.description && <p className="mt-1 text-sm whitespace-pre-line">{m.description}</p>}
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ForecastHistory title={m.title} history={m.history} />
      {edit && (
        <div className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3 sm:flex-row sm:flex-wrap sm:items-start">
          <MilestoneStatusControls m={m} today={today} actions={edit.actions} />
          <MilestoneOrderControls m={m} first={position === 1} last={last} action={edit.actions.reorder} />
          <MilestoneEditControls m={m} partners={edit.partners} actions={edit.actions} />
        </div>
      )}
    </li>
  );
}
