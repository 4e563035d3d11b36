"use client";
// A public KPI over time: the measurements (solid line with dots) and the target (a dashed,
// labelled horizontal line), so the two differ by line style and label, not by colour alone.
// Fixed size, scaled down by CSS on narrow screens, so the server renders it without measuring.
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";

const WIDTH = 640;
const HEIGHT = 260;

export type KpiChartPoint = { t: number; value: number };

export function KpiChart({ points, target, locale, targetLabel }: { points: KpiChartPoint[]; target: number; locale: string; targetLabel: string }) {
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, notation: "compact" });
  const first = points[0]?.t ?? 0;
  const last = points[points.length - 1]?.t ?? first + 1;
  const values = points.map((p) => p.value).concat(target);
  return (
    <LineChart
      width={WIDTH}
      height={HEIGHT}
      data={points}
      accessibilityLayer={false}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      style={{ width: "100%", maxWidth: WIDTH, height: "auto", aspectRatio: `${WIDTH} / ${HEIGHT}` }}
    >
      <CartesianGrid stroke="#e2e8f0" />
      <XAxis dataKey="t" type="number" scale="time" domain={[first, last]} tickFormatter={(t: number) => month.format(new Date(t))} tick={{ fill: "#334155", fontSize: 12 }} />
      <YAxis domain={[Math.min(0, ...values), "auto"]} tickFormatter={(v: number) => number.format(v)} tick={{ fill: "#334155", fontSize: 12 }} width={64} />
      <ReferenceLine y={target} stroke="#166534" strokeWidth={1.5} strokeDasharray="6 4" label={{ value: targetLabel, position: "insideTopLeft", fill: "#166534", fontSize: 12 }} />
      <Line dataKey="value" stroke="#0b5394" strokeWidth={2.5} dot={{ r: 3, fill: "#0b5394" }} isAnimationActive={false} />
    </LineChart>
  );
}
