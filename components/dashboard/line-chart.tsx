"use client";
// A line over quarters for the dashboard (punctuality trend), at a fixed size like the bar chart.
// Points carry a visible marker so the line does not rely on colour; the numbers are in the table.
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { AXIS_TICK } from "@/components/ui/chart-style";
import { ChartPlaceholder, useInBrowser } from "@/components/ui/in-browser";

export function DashboardLineChart({
  data,
  label,
  color = "#084177",
  width = 640,
  height = 260,
  max = 100,
  unit,
}: {
  data: { label: string; value: number }[];
  /** Name of the series (also the value axis' label). */
  label: string;
  color?: string;
  width?: number;
  height?: number;
  max?: number;
  unit?: string;
}) {
  // Drawn in the browser only (components/ui/in-browser.ts): the server sends a box of the chart's size.
  const inBrowser = useInBrowser();
  if (!inBrowser) return <ChartPlaceholder width={width} height={height} />;
  return (
    <div className="overflow-x-auto">
      <LineChart width={width} height={height} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis domain={[0, max]} unit={unit} width={56} tick={AXIS_TICK} />
        <Line dataKey="value" name={label} stroke={color} strokeWidth={2} dot={{ r: 4, fill: color }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
