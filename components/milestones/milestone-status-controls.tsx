// Keeping one milestone current: mark it done in one click (today) or on another past date, take
// a completion back with a reason, or move its forecast with a reason.
import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import type { MilestoneItem } from "@/lib/milestones/queries";
import type { MilestoneActions } from "./types";

const summaryStyle = "cursor-pointer text-sm font-semibold text-brand-700 underline underline-offset-2";
const panelStyle = "mt-2 grid gap-3 rounded border border-slate-200 bg-slate-50 p-3";


/** The milestone as these forms need it; "my work" passes its rows, the initiative page its full items. */
export type StatusControlsMilestone = Pick<MilestoneItem, "id" | "version" | "title" | "forecastDate" | "completedDate">;

export async function MilestoneStatusControls({
  m,
  today,
  actions,
}: {
  m: StatusControlsMilestone;
  today: string;
  actions: Pick<MilestoneActions, "complete" | "reopen" | "moveForecast">;
}) {
  const t = await getTranslations("milestones");
  if (m.completedDate) {
    return (
      <details className="w-full sm:w-auto">
        <summary className={summaryStyle}>{t("reopen")}</summary>
        <ActionForm action={actions.reopen} schema="milestone.reopen" label={t("reopenLabel", { title: m.title })} successMessage={t("reopenedMessage")} resetOnSuccess className={panelStyle}>
          <RowIds row={m} />
          <Field name="reason" label={t("reason")} hint={t("reopenReasonHint")} required />
          <div>
            <SubmitButton variant="secondary">{t("reopenButton")}</SubmitButton>
          </div>
        </ActionForm>
      </details>
    );
  }
  return (
    <>
      <ActionForm action={actions.complete} schema="milestone.complete" label={t("markDoneLabel", { title: m.title })} successMessage={t("doneMessage")}>
        <RowIds row={m} />
        <SubmitButton>{t("markDone")}</SubmitButton>
      </ActionForm>
      <details className="w-full sm:w-auto">
        <summary className={summaryStyle}>{t("otherDate")}</summary>
        <ActionForm action={actions.complete} schema="milestone.complete" label={t("otherDateLabel", { title: m.title })} successMessage={t("doneMessage")} className={panelStyle}>
          <RowIds row={m} />
          <Field name="completedDate" type="date" label={t("completedDate")} hint={t("completedDateHint")} defaultValue={today} max={today} required />
          <div>
            <SubmitButton>{t("markDoneOnDate")}</SubmitButton>
          </div>
        </ActionForm>
      </details>
      <details className="w-full sm:w-auto">
        <summary className={summaryStyle}>{t("move")}</summary>
        <ActionForm action={actions.moveForecast} schema="milestone.moveForecast" label={t("moveLabel", { title: m.title })} successMessage={t("movedMessage")} resetOnSuccess className={panelStyle}>
          <RowIds row={m} />
          <Field name="forecastDate" type="date" label={t("newForecast")} defaultValue={m.forecastDate} min={today} required />
          <Field name="reason" label={t("reason")} hint={t("moveReasonHint")} required />
          <div>
            <SubmitButton>{t("moveButton")}</SubmitButton>
          </div>
        </ActionForm>
      </details>
    </>
  );
}
