// How the trend chart tells its lines apart without relying on colour: each line has its own
// marker shape, a dash pattern once the shapes run out, a direct label (M1, M2 …) at its end,
// and a colour with at least 4.5:1 contrast on white. Shared by the chart and its legend.
export type SymbolShape = "circle" | "cross" | "diamond" | "square" | "star" | "triangle" | "wye";

const SHAPES: SymbolShape[] = ["circle", "square", "triangle", "diamond", "star", "cross", "wye"];
const COLOURS = ["#0b5394", "#b45309", "#15803d", "#7e22ce", "#be123c", "#0f766e", "#334155", "#a21caf", "#1d4ed8", "#c2410c", "#4338ca", "#4d7c0f"];
const DASHES = [undefined, "6 3", "2 3"];

export type SeriesStyle = { shape: SymbolShape; colour: string; dash: string | undefined };

export function seriesStyle(index: number): SeriesStyle {
  return {
    shape: SHAPES[index % SHAPES.length]!,
    colour: COLOURS[index % COLOURS.length]!,
    dash: DASHES[Math.floor(index / SHAPES.length) % DASHES.length],
  };
}
