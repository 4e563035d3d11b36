// A public KPI over time as plain server-rendered SVG: the measurements (solid line with dots) and
// the target (a dashed, labelled horizontal line), told apart by line style and label, not by
// colour alone. No chart library and no JavaScript on the citizens' pages: the chart is in the
// HTML (and in print) before any script runs. Fixed viewBox, scaled by CSS on narrow screens.
import { niceTicks } from "@/lib/charts/nice-ticks";

const WIDTH = 640;
const HEIGHT = 260;
const M = { top: 16, right: 24, bottom: 28, left: 64 };

export type KpiChartPoint = { t: number; value: number };

export function KpiChart({ points, target, locale, targetLabel }: { points: KpiChartPoint[]; target: number; locale: string; targetLabel: string }) {
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, notation: "compact" });
  const first = points[0]?.t ?? 0;
  const last = points.length > 1 ? points[points.length - 1]!.t : first + 1;
  const values = points.map((p) => p.value).concat(target);
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(...values));
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const x = (t: number) => M.left + ((t - first) / (last - first || 1)) * (WIDTH - M.left - M.right);
  const y = (v: number) => HEIGHT - M.bottom - ((v - yMin) / (yMax - yMin || 1)) * (HEIGHT - M.top - M.bottom);
  const xTicks = niceTicks(first, last, 5).filter((t) => t >= first && t <= last);
  const line = points.map((p) => `${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} style={{ width: "100%", maxWidth: WIDTH, height: "auto" }} focusable="false">
      <g stroke="#e2e8f0">
        {yTicks.map((v) => (
          <line key={`y${v}`} x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} />
        ))}
      </g>
      <g fill="#334155" fontSize={12}>
        {yTicks.map((v) => (
          <text key={`yl${v}`} x={M.left - 8} y={y(v) + 4} textAnchor="end">
            {number.format(v)}
          </text>
        ))}
        {xTicks.map((t) => (
          <text key={`xl${t}`} x={x(t)} y={HEIGHT - 8} textAnchor="middle">
            {month.format(new Date(t))}
          </text>
        ))}
      </g>
      <line x1={M.left} x2={WIDTH - M.right} y1={y(target)} y2={y(target)} stroke="#166534" strokeWidth={1.5} strokeDasharray="6 4" />
      <text x={M.left + 4} y={y(target) - 6} fill="#166534" fontSize={12}>
        {targetLabel}
      </text>
      <polyline points={line} fill="none" stroke="#0b5394" strokeWidth={2.5} />
      {points.map((p) => (
        <circle key={p.t} cx={x(p.t)} cy={y(p.value)} r={3} fill="#0b5394" />
      ))}
    </svg>
  );
}
