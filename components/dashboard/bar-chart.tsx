"use client";
// A bar chart for the dashboard's figures: grouped or stacked series over categories, drawn with
// Recharts at a fixed size (no ResponsiveContainer, which measures the browser window) so the
// page does not shift when it appears. Display-ready props only: labels arrive translated.
// Segments are separated by a white outline and every series is named in the legend; the
// numbers themselves are in the figure's table.
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import { AXIS_TICK } from "@/components/ui/chart-style";
import { ChartPlaceholder, useInBrowser } from "@/components/ui/in-browser";

export type ChartSeries = { key: string; label: string; color: string };

export function DashboardBarChart({
  data,
  series,
  stacked = false,
  horizontal = false,
  width = 640,
  height = 300,
  max,
  unit,
  compactLocale,
}: {
  /** One object per category: `label` plus one number per series key. */
  data: ({ label: string } & Record<string, number | string>)[];
  series: ChartSeries[];
  stacked?: boolean;
  /** Bars run left to right with the categories on the vertical axis (for long labels). */
  horizontal?: boolean;
  width?: number;
  height?: number;
  /** Upper end of the value axis (e.g. 100 for percentages). */
  max?: number;
  unit?: string;
  /** Large values (money) as compact ticks ("1,2 Mio.") in this locale. */
  compactLocale?: string;
}) {
  // Drawn in the browser only (components/ui/in-browser.ts): the server sends a box of the chart's size.
  const inBrowser = useInBrowser();
  if (!inBrowser) return <ChartPlaceholder width={width} height={height} />;
  const compact = compactLocale ? new Intl.NumberFormat(compactLocale, { notation: "compact", maximumFractionDigits: 1 }) : null;
  const valueAxis = {
    type: "number" as const,
    domain: [0, max ?? "auto"] as [number, number | "auto"],
    unit,
    tick: AXIS_TICK,
    allowDecimals: false,
    tickFormatter: compact ? (v: number) => compact.format(v) : undefined,
  };
  const categoryAxis = { type: "category" as const, dataKey: "label", tick: AXIS_TICK, interval: 0 };
  return (
    <div className="overflow-x-auto">
      <BarChart
        width={width}
        height={height}
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
        {horizontal ? <YAxis {...categoryAxis} width={170} /> : <YAxis {...valueAxis} width={72} />}
        <Legend wrapperStyle={{ fontSize: 12, color: "#1e293b" }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stroke="#ffffff"
            strokeWidth={1}
            stackId={stacked ? "stack" : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
