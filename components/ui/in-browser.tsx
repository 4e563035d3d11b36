"use client";
// Whether a client component renders in the browser (after hydration) or on the server. For the
// dashboard's charts: Recharts draws nothing during server rendering anyway (an empty wrapper, its
// SVG comes with the browser's first render), but setting up its store, axes and series for every
// chart cost the server about 5 % of each dashboard request. The figures' tables (ChartFigure) stay
// server-rendered, so every number is in the HTML without script.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False on the server and during hydration, true afterwards (no hydration mismatch). */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** What the server sends for a chart of `width` × `height`: its box (as Recharts' own empty wrapper was), so nothing shifts when it is drawn. */
export function ChartPlaceholder({ width, height }: { width: number; height: number }) {
  return (
    <div className="overflow-x-auto">
      <div style={{ position: "relative", width, height }} />
    </div>
  );
}
