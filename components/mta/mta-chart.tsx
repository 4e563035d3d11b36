"use client";
// The classic triangular milestone trend chart: x = report date, y = the forecast in effect then,
// the same scale on both axes (a square plot over one domain), the diagonal where forecast equals
// report date, one line per milestone told apart by marker shape, dash and a direct label at its
// end. Fixed pixel size (no ResponsiveContainer) so it lays out the same everywhere; the legend is
// plain HTML below. Display-ready props only: dates arrive as day numbers with their tick labels.
import { CartesianGrid, LabelList, ReferenceLine, Scatter, ScatterChart, Symbols, XAxis, YAxis } from "recharts";
import { seriesStyle } from "./series-style";

export type MtaChartSeries = { label: string; name: string; points: { x: number; y: number; label?: string }[] };

export type MtaChartProps = {
  series: MtaChartSeries[];
  /** Day numbers (days since 1970-01-01), shared by both axes. */
  domain: [number, number];
  ticks: { value: number; label: string }[];
  today: number;
  texts: { x: string; y: string; today: string; diagonal: string };
};

const PLOT = 480;
const MARGIN = { top: 20, right: 60, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 92;
const X_AXIS_HEIGHT = 52;

export function MtaChart({ series, domain, ticks, today, texts }: MtaChartProps) {
  const labelOf = new Map(ticks.map((t) => [t.value, t.label]));
  const tickFormatter = (v: number) => labelOf.get(v) ?? "";
  const width = MARGIN.left + Y_AXIS_WIDTH + PLOT + MARGIN.right;
  const height = MARGIN.top + PLOT + X_AXIS_HEIGHT + MARGIN.bottom;
  // Both axes are days on the same scale, so the diagonal means "forecast unchanged".
  const axis = { type: "number" as const, domain, ticks: ticks.map((t) => t.value), tickFormatter, allowDataOverflow: true, stroke: "#334155" };
  return (
    <div>
      <div className="overflow-x-auto">
        <div style={{ width, height }}>
          <ScatterChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke="#cbd5e1" strokeDasharray="2 4" />
            <XAxis
              {...axis}
              dataKey="x"
              height={X_AXIS_HEIGHT}
              label={{ value: texts.x, position: "insideBottom", offset: 0, fill: "#1e293b" }}
            />
            <YAxis
              {...axis}
              dataKey="y"
              width={Y_AXIS_WIDTH}
              label={{ value: texts.y, angle: -90, position: "insideLeft", offset: 4, fill: "#1e293b", style: { textAnchor: "middle" } }}
            />
            <ReferenceLine segment={[{ x: domain[0], y: domain[0] }, { x: domain[1], y: domain[1] }]} stroke="#475569" strokeWidth={2} />
            <ReferenceLine x={today} stroke="#475569" strokeDasharray="4 4" label={{ value: texts.today, position: "top", fill: "#1e293b" }} />
            {series.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <Scatter
                  key={s.label}
                  name={s.label}
                  data={s.points}
                  shape={style.shape}
                  fill={style.colour}
                  line={{ stroke: style.colour, strokeWidth: 2, strokeDasharray: style.dash }}
                  isAnimationActive={false}
                >
                  <LabelList dataKey="label" position="right" fill={style.colour} fontWeight={700} />
                </Scatter>
              );
            })}
          </ScatterChart>
        </div>
      </div>
      <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
        <li className="flex items-center gap-2">
          <svg width="36" height="16" aria-hidden="true"><line x1="2" y1="14" x2="34" y2="2" stroke="#475569" strokeWidth="2" /></svg>
          {texts.diagonal}
        </li>
        {series.map((s, i) => {
          const style = seriesStyle(i);
          return (
            <li key={s.label} className="flex items-center gap-2">
              <svg width="36" height="16" aria-hidden="true">
                <line x1="2" y1="8" x2="34" y2="8" stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash} />
                <Symbols type={style.shape} cx={18} cy={8} size={64} fill={style.colour} />
              </svg>
              <span><strong>{s.label}</strong> {s.name}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
