// What the recharts charts share: a fixed size scaled down by CSS on narrow screens (no measuring
// of the container), no accessibility layer (a ChartFigure's table speaks for the chart), and the
// look of axis ticks and legend.
import type { CSSProperties } from "react";

type Margin = { top: number; right: number; bottom: number; left: number };

/** The frame props of a chart of `width` × `height`. */
export function fixedSizeChart(width: number, height: number, margin: Margin) {
  const style: CSSProperties = { width: "100%", maxWidth: width, height: "auto", aspectRatio: `${width} / ${height}` };
  return { width, height, margin, style, accessibilityLayer: false };
}

export const AXIS_TICK = { fill: "#334155", fontSize: 12 };
export const LEGEND_STYLE: CSSProperties = { fontSize: 13, color: "#1e293b" };
