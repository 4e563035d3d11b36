// One public KPI (Kennzahl): what it measures, baseline, latest value and target, and its
// measurements as a chart with the same numbers in a table (ChartFigure). Name, description and
// unit in English where the city wrote them, units otherwise translated or neutral (lib/i18n/content).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/ui/chart-figure";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { isLocale } from "@/lib/i18n/config";
import { contentText, contentUnit, withUnitText } from "@/lib/i18n/content";
import type { PublicKpi } from "@/lib/public/initiative-queries";
import { KpiChart } from "./kpi-chart";
import { Localized } from "./localized";

type Measurement = PublicKpi["measurements"][number];

export async function KpiFigure({ kpi, id }: { kpi: PublicKpi; id: string }) {
  const t = await getTranslations("publicKpi");
  const format = await getFormatter();
  const current = await getLocale();
  const locale = isLocale(current) ? current : "de";
  const name = contentText(locale, kpi.name, kpi.nameEn);
  const description = contentText(locale, kpi.description, kpi.descriptionEn);
  // A German unit left on the English site (no English, none of the common ones) keeps lang="de".
  const unit = contentUnit(locale, kpi.unit, kpi.unitEn);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const num = (v: number) => format.number(v, { maximumFractionDigits: 4 });
  const withUnit = (v: number) => withUnitText(num(v), unit.text);
  const latest = kpi.measurements[kpi.measurements.length - 1];
  const facts = (
    <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">{t("baseline")}</dt>
      <dd>{t("valueAt", { value: withUnit(kpi.baselineValue), date: day(kpi.baselineDate) })}</dd>
      <dt className="font-semibold">{t("latest")}</dt>
      <dd>{latest ? t("valueAt", { value: withUnit(latest.value), date: day(latest.date) }) : t("noMeasurement")}</dd>
      <dt className="font-semibold">{t("target")}</dt>
      <dd>
        {t("valueAt", { value: withUnit(kpi.targetValue), date: day(kpi.targetDate) })} · {t(`direction.${kpi.direction}`)}
      </dd>
      {kpi.method && (<><dt className="font-semibold">{t("method")}</dt><Localized as="dd" value={contentText(locale, kpi.method, null)} /></>)}
      {kpi.source && (<><dt className="font-semibold">{t("source")}</dt><Localized as="dd" value={contentText(locale, kpi.source, null)} /></>)}
    </dl>
  );
  const columns: DataTableColumn<Measurement>[] = [
    { id: "date", header: t("colDate"), value: (m) => m.date, format: "date", rowHeader: true },
    { id: "value", header: unit.text ? t("colValue", { unit: unit.text }) : t("colValueNoUnit"), value: (m) => m.value, cell: (m) => num(m.value), align: "end", className: "tabular-nums" },
  ];
  const table = (
    <DataTable
      columns={columns}
      rows={kpi.measurements}
      rowKey={(m) => m.date.toISOString()}
      caption={t("tableCaption", { name: name.text })}
      locale={locale}
    />
  );
  return (
    <div className="mt-4">
      <ChartFigure
        id={id}
        title={<Localized value={name} />}
        description={
          <>
            {kpi.description && <Localized value={description} className="block" />}
            {unit.text ? t("chartDescription", { name: name.text, unit: unit.text, target: withUnit(kpi.targetValue) }) : t("chartDescriptionNoUnit", { name: name.text, target: withUnit(kpi.targetValue) })}
          </>
        }
        chart={
          kpi.measurements.length > 0 ? (
            <KpiChart points={kpi.measurements.map((m) => ({ t: m.date.getTime(), value: m.value }))} target={kpi.targetValue} locale={locale} targetLabel={t("targetLine")} />
          ) : (
            <p>{t("noMeasurements")}</p>
          )
        }
        table={table}
        tableLabel={t("tableLabel")}
      />
      {facts}
    </div>
  );
}
