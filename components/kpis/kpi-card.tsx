// One KPI (of an initiative, a field of action or the masterplan): baseline → latest → target with
// dates and attainment, direction, how often a value is due and when the next one is, the latest
// measurements, and (for those allowed) the forms to record a value and to edit or delete it. The
// forms sit in <details> panels that stay open after saving (ActionForm refreshes in place), so
// the scroll position is kept. The server actions come in as props (components never import app/).
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import type { ActionResult } from "@/lib/actions/define-action";
import type { KpiRow } from "@/lib/kpis/queries";
import { Disclosure } from "./disclosure";
import { KpiDefinitionFields } from "./kpi-definition-fields";
import { KpiMeasurementForm } from "./kpi-measurement-form";

type Act = (raw: unknown) => Promise<ActionResult<unknown>>;
/** The record, edit and delete actions (the same action definitions for every kind of KPI). */
export type KpiCardActions = { record: Act; update: Act; remove: Act };

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Measurement = KpiRow["recent"][number];

export async function KpiCard({
  kpi,
  canDefine,
  canRecord,
  partners,
  today,
  actions,
}: {
  kpi: KpiRow;
  canDefine: boolean;
  canRecord: boolean;
  /** The initiative's partners (initiative KPIs): offered as the one responsible for the values. */
  partners?: { id: string; name: string }[];
  today: string;
  actions: KpiCardActions;
}) {
  const t = await getTranslations("kpis");
  const tf = await getTranslations("forms");
  const td = await getTranslations("kpiDetail");
  const ta = await getTranslations("dashboard.kpis.class");
  const format = await getFormatter();
  const locale = await getLocale();
  const date = (iso: string) => format.dateTime(utcDay(iso), { dateStyle: "medium", timeZone: "UTC" });
  const value = (v: string) => `${format.number(Number(v), { maximumFractionDigits: 4 })} ${kpi.unit}`;
  const latest = kpi.recent[0];
  const recentColumns: DataTableColumn<Measurement>[] = [
    { id: "date", header: t("colDate"), value: (m) => m.periodDate, format: "date" },
    { id: "value", header: t("colValue"), cell: (m) => value(m.value), align: "end", className: "tabular-nums" },
    { id: "note", header: t("colNote"), cell: (m) => m.note },
    { id: "recordedBy", header: t("colRecordedBy"), value: (m) => m.recordedBy },
  ];
  const headingId = `kpi-${kpi.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold">{kpi.name}</h3>
        <p className="text-sm text-slate-700">
          {t(`valueType.${kpi.valueType}`)} · <span aria-hidden="true">{kpi.direction === "HIGHER_IS_BETTER" ? "↑" : "↓"}</span> {t(`direction.${kpi.direction}`)} ·{" "}
          {kpi.isPublic ? t("public") : t("internal")} · {t(`frequency.${kpi.frequency}`)} ·{" "}
          <span className={kpi.nextDue.due ? "font-semibold text-red-800" : undefined}>
            {t(kpi.nextDue.due ? "dueSince" : "dueOn", { date: date(kpi.nextDue.date) })}
          </span>
        </p>
      </div>
      {kpi.description && <p className="mt-1 whitespace-pre-line">{kpi.description}</p>}
      <p className="mt-1 text-sm">
        <Link href={`/app/kpis/${kpi.id}`} className="text-brand-700 underline underline-offset-2">{td("cardLink", { name: kpi.name })}</Link>
      </p>

      <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="rounded bg-slate-50 p-2">
          <dt className="text-sm font-semibold">{t("baseline")}</dt>
          <dd className="text-lg tabular-nums">{value(kpi.baselineValue)}</dd>
          <dd className="text-sm text-slate-700">{t("asOf", { date: date(kpi.baselineDate) })}</dd>
        </div>
        <div className="rounded bg-brand-50 p-2">
          <dt className="text-sm font-semibold">{t("latest")}</dt>
          {latest ? (
            <>
              <dd className="text-lg font-semibold tabular-nums">{value(latest.value)}</dd>
              <dd className="text-sm text-slate-700">{t("asOf", { date: date(latest.periodDate) })}</dd>
            </>
          ) : (
            <dd className="text-slate-700">{t("noMeasurement")}</dd>
          )}
          <dd className="text-sm">
            {t("attainment")}: <span className={kpi.attainment === "BEHIND" ? "font-semibold text-red-800" : "font-semibold"}>{ta(kpi.attainment)}</span>
          </dd>
        </div>
        <div className="rounded bg-slate-50 p-2">
          <dt className="text-sm font-semibold">{t("target")}</dt>
          <dd className="text-lg tabular-nums">{value(kpi.targetValue)}</dd>
          <dd className="text-sm text-slate-700">{t("until", { date: date(kpi.targetDate) })}</dd>
        </div>
      </dl>

      {(kpi.method || kpi.source || kpi.responsiblePartner) && (
        <dl className="mt-3 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
          {kpi.method && <div><dt className="font-semibold">{t("method")}</dt><dd className="whitespace-pre-line">{kpi.method}</dd></div>}
          {kpi.source && <div><dt className="font-semibold">{t("source")}</dt><dd>{kpi.source}</dd></div>}
          {kpi.responsiblePartner && <div><dt className="font-semibold">{t("responsiblePartner")}</dt><dd>{kpi.responsiblePartner.name}</dd></div>}
        </dl>
      )}

      {kpi.recent.length > 0 && (
        <div className="mt-3">
          <DataTable
            columns={recentColumns}
            rows={kpi.recent}
            rowKey={(m) => m.id}
            caption={t("recentCaption", { name: kpi.name })}
            captionVisible
            locale={locale}
            minWidth="28rem"
          />
          <p className="mt-1 text-xs text-slate-700">{t("measurementCount", { count: kpi.measurementCount })}</p>
        </div>
      )}

      <div className="mt-3 space-y-2">
        {canRecord && (
          <Disclosure summary={t("record")}>
            <KpiMeasurementForm
              action={actions.record}
              kpiId={kpi.id}
              unit={kpi.unit}
              today={today}
              labels={{
                form: t("recordLabel", { name: kpi.name }),
                periodDate: t("periodDate"),
                value: t("value"),
                valueHint: t("valueHint"),
                note: t("note"),
                submit: t("recordSubmit"),
                saved: t("recorded"),
              }}
            />
          </Disclosure>
        )}
        {canDefine && (
          <Disclosure summary={t("edit")}>
            <ActionForm action={actions.update} schema="kpi.update" label={t("editLabel", { name: kpi.name })} booleans={["isPublic"]} className="grid gap-3 sm:grid-cols-2">
              <RowIds row={kpi} />
              <KpiDefinitionFields kpi={kpi} partners={partners} />
              <div className="sm:col-span-2">
                <SubmitButton>{tf("save")}</SubmitButton>
              </div>
            </ActionForm>
            {kpi.measurementCount === 0 ? (
              <DeleteForm action={actions.remove} label={t("deleteLabel", { name: kpi.name })} className="mt-4 border-t border-slate-200 pt-3" row={kpi}>{t("delete")}</DeleteForm>
            ) : (
              <p className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700">{t("deleteBlocked")}</p>
            )}
          </Disclosure>
        )}
      </div>
    </article>
  );
}
