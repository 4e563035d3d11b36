"use client";
// Planned vs actual funds as grouped bars, one group per category (funding source, year or field).
// Planned bars are solid, actual bars hatched, and the legend names both, so colour is not the only
// carrier. Fixed size (scaled down by CSS on narrow screens): no measuring of the container.
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import { AXIS_TICK, fixedSizeChart, LEGEND_STYLE } from "@/components/ui/chart-style";

const WIDTH = 760;
const HEIGHT = 320;
const PLANNED = "#1e3a8a";
const ACTUAL = "#b45309";

export type FundingBarRow = { label: string; planned: number; actual: number };

export function FundingBarChart({ id, rows, locale, labels }: { id: string; rows: FundingBarRow[]; locale: string; labels: { planned: string; actual: string } }) {
  const euro = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", notation: "compact", maximumFractionDigits: 1 });
  const hatch = `${id}-hatch`;
  return (
    <BarChart data={rows} {...fixedSizeChart(WIDTH, HEIGHT, { top: 8, right: 16, bottom: 8, left: 16 })}>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fde68a" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={ACTUAL} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
      <YAxis tickFormatter={(v: number) => euro.format(v)} tick={AXIS_TICK} width={80} />
      <Bar name={labels.planned} dataKey="planned" fill={PLANNED} isAnimationActive={false} />
      <Bar name={labels.actual} dataKey="actual" fill={`url(#${hatch})`} stroke={ACTUAL} strokeWidth={1.5} isAnimationActive={false} />
      <Legend wrapperStyle={LEGEND_STYLE} />
    </BarChart>
  );
}
