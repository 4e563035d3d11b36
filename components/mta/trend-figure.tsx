// The trend chart with its data table inside a ChartFigure: rows are milestones, columns the
// report dates, each cell the forecast in effect then (or the completion). Turns the loader's
// ISO dates into the reader's language before handing display-ready props to the client chart.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/ui/chart-figure";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { dateValue } from "@/lib/dates";
import { dayNumber, type TrendCell } from "@/lib/mta/trend";
import type { TrendChartData } from "@/lib/mta/queries";
import { MtaChart } from "./mta-chart";

/** Room around the data so lines on the edge and the "today" label stay clear of the frame; both axes alike. */
function padded([min, max]: [number, number]): [number, number] {
  const pad = Math.max(15, Math.round((max - min) * 0.03));
  return [min - pad, max + pad];
}

type Props = {
  id: string;
  title: string;
  description: React.ReactNode;
  chart: TrendChartData;
  /** Shown next to the short label, e.g. the title, or "INF-02 · title" on the field page. */
  names: string[];
  today: string;
};

export async function TrendFigure({ id, title, description, chart, names, today }: Props) {
  const t = await getTranslations("mta");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (iso: string) => format.dateTime(dateValue(iso), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const yearsOnly = chart.ticks.length > 1 && chart.ticks.every((tick) => tick.endsWith("-01-01"));
  const tickLabel = (iso: string) => (yearsOnly ? iso.slice(0, 4) : `Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1} ${iso.slice(0, 4)}`);
  const series = chart.rows.map((r, i) => ({
    label: r.label,
    name: names[i] ?? r.title,
    points: r.points.map((p, j) => (j === r.points.length - 1 ? { ...p, label: r.label } : p)),
  }));
  const cellText = (c: TrendCell) => {
    if (c.kind === "none") return <><span aria-hidden="true">–</span><span className="sr-only">{t("cellNone")}</span></>;
    if (c.kind === "done") return <span className="font-semibold">{t("cellDone", { date: day(c.date) })}</span>;
    return c.overdue ? <span className="text-red-800">{t("cellOverdue", { date: day(c.date) })}</span> : day(c.date);
  };
  type Row = { row: TrendChartData["rows"][number]; name: string };
  const columns: DataTableColumn<Row>[] = [
    {
      id: "milestone",
      header: t("milestone"),
      rowHeader: true,
      className: "min-w-48",
      cell: ({ row, name }) => (
        <>
          <strong>{row.label}</strong> {name}
        </>
      ),
    },
    ...chart.dates.map(
      (d, j): DataTableColumn<Row> => ({
        id: d.date,
        header: (
          <span className="whitespace-nowrap">
            {d.period ? t("quarterEnd", { period: d.period }) : t("todayColumn")}
            <br />
            <time dateTime={d.date} className="font-normal">{day(d.date)}</time>
          </span>
        ),
        className: "whitespace-nowrap",
        cell: ({ row }) => cellText(row.cells[j]!),
      }),
    ),
  ];
  const table = (
    <DataTable
      columns={columns}
      rows={chart.rows.map((row, i) => ({ row, name: names[i] ?? row.title }))}
      rowKey={({ row }) => row.id}
      caption={t("tableCaption", { title })}
      captionVisible
      locale={locale}
      stickyFirstColumn
      dense
    />
  );
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      tableLabel={t("tableLabel")}
      table={table}
      chart={
        <MtaChart
          series={series}
          domain={padded(chart.domain)}
          ticks={chart.ticks.map((tick) => ({ value: dayNumber(tick), label: tickLabel(tick) }))}
          today={dayNumber(today)}
          texts={{ x: t("axisReportDate"), y: t("axisForecast"), today: t("today"), diagonal: t("diagonal") }}
        />
      }
    />
  );
}
