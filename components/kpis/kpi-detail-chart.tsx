"use client";
// A KPI over time: measurements (solid with dots), the planned path from baseline to target
// (dashed), the projection of the trend (dotted) and the target value (a labelled horizontal line).
// Line styles and the legend tell the series apart, not colour alone. Fixed size (scaled down by
// CSS on narrow screens) so the chart does not depend on measuring its container.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";
import { AXIS_TICK, fixedSizeChart, LEGEND_STYLE } from "@/components/ui/chart-style";
import type { KpiSeriesRow } from "@/lib/kpis/queries";

const WIDTH = 760;
const HEIGHT = 360;
const DAY_MS = 86_400_000;

export type KpiDetailChartLabels = { measured: string; planned: string; projected: string; target: string };

export function KpiDetailChart({ rows, target, locale, labels }: { rows: KpiSeriesRow[]; target: number; locale: string; labels: KpiDetailChartLabels }) {
  // Time as a number axis, so uneven intervals between measurements keep their true spacing.
  const data = rows.map((r) => ({ ...r, t: Date.parse(`${r.date}T00:00:00Z`) }));
  const year = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, notation: "compact" });
  const first = data[0]?.t ?? 0;
  const last = data[data.length - 1]?.t ?? first + DAY_MS;
  const ticks = timeTicks(first, last);
  return (
    <LineChart data={data} {...fixedSizeChart(WIDTH, HEIGHT, { top: 16, right: 24, bottom: 8, left: 8 })}>
      <CartesianGrid stroke="#e2e8f0" />
      <XAxis dataKey="t" type="number" scale="time" domain={[first, last]} ticks={ticks} tickFormatter={(t: number) => year.format(new Date(t))} tick={AXIS_TICK} />
      <YAxis tickFormatter={(v: number) => number.format(v)} tick={AXIS_TICK} width={64} />
      <ReferenceLine y={target} stroke="#166534" strokeWidth={1.5} label={{ value: labels.target, position: "insideTopLeft", fill: "#166534", fontSize: 12 }} />
      <Line name={labels.planned} legendType="plainline" dataKey="planned" stroke="#475569" strokeWidth={2} strokeDasharray="8 5" dot={false} connectNulls isAnimationActive={false} />
      <Line name={labels.projected} legendType="plainline" dataKey="projected" stroke="#b45309" strokeWidth={2.5} strokeDasharray="2 4" strokeLinecap="round" dot={false} connectNulls isAnimationActive={false} />
      <Line name={labels.measured} dataKey="measured" stroke="#1e40af" strokeWidth={2.5} dot={{ r: 3, fill: "#1e40af" }} connectNulls isAnimationActive={false} />
      <Legend wrapperStyle={LEGEND_STYLE} />
    </LineChart>
  );
}

/** Ticks on the first day of each quarter (under two years), half-year (under four) or year. */
function timeTicks(first: number, last: number): number[] {
  const from = new Date(first);
  const span = (last - first) / DAY_MS;
  const months = span < 730 ? 3 : span < 1461 ? 6 : 12;
  const ticks: number[] = [];
  let y = from.getUTCFullYear();
  let m = Math.floor(from.getUTCMonth() / months) * months;
  for (let i = 0; i < 200; i++) {
    const t = Date.UTC(y, m, 1);
    if (t > last) break;
    if (t >= first) ticks.push(t);
    m += months;
    if (m >= 12) [y, m] = [y + Math.floor(m / 12), m % 12];
  }
  return ticks;
}
