"use client";
// The dependency arrows over the roadmap: from the predecessor's (expected) end in its row to the
// successor's start or forecast in its row. Drawn after layout from the rows' positions (rows may
// lie in different fields of action), and again when the page changes size or is printed. Readable
// without colour: an arrow at risk is dashed and carries a "!" at its head; the table below the
// roadmap (RoadmapDependencies) says the same in words, so the drawing is hidden from screen readers.
import { useLayoutEffect, useRef, useState } from "react";

export type RoadmapArrow = { id: string; from: { code: string; pct: number }; to: { code: string; pct: number }; atRisk: boolean; label: string };
type Drawn = { id: string; d: string; x: number; y: number; atRisk: boolean; label: string };

export function RoadmapArrows({ arrows }: { arrows: RoadmapArrow[] }) {
  const ref = useRef<SVGSVGElement>(null);
  const [drawn, setDrawn] = useState<{ width: number; height: number; paths: Drawn[] }>({ width: 0, height: 0, paths: [] });
  useLayoutEffect(() => {
    const svg = ref.current;
    const box = svg?.parentElement;
    if (!svg || !box) return;
    const draw = () => {
      const base = box.getBoundingClientRect();
      const at = (code: string, pct: number) => {
        const row = box.querySelector<HTMLElement>(`[data-rm-row="${CSS.escape(code)}"]`);
        if (!row) return null;
        const r = row.getBoundingClientRect();
        return { x: r.left - base.left + (pct / 100) * r.width, y: r.top - base.top + r.height / 2 };
      };
      const paths: Drawn[] = [];
      for (const a of arrows) {
        const from = at(a.from.code, a.from.pct);
        const to = at(a.to.code, a.to.pct);
        if (!from || !to) continue;
        const bend = Math.max(24, Math.abs(to.y - from.y) / 3);
        paths.push({ id: a.id, d: `M ${from.x} ${from.y} C ${from.x + bend} ${from.y}, ${to.x - bend} ${to.y}, ${to.x} ${to.y}`, x: to.x, y: to.y, atRisk: a.atRisk, label: a.label });
      }
      setDrawn({ width: box.scrollWidth, height: box.scrollHeight, paths });
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(box);
    window.addEventListener("beforeprint", draw);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", draw);
    };
  }, [arrows]);
  return (
    <svg ref={ref} aria-hidden="true" data-testid="roadmap-arrows" className="pointer-events-none absolute left-0 top-0" width={drawn.width} height={drawn.height}>
      <defs>
        <marker id="rm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#1e293b" />
        </marker>
      </defs>
      {drawn.paths.map((p) => (
        <g key={p.id} data-arrow={p.label} data-at-risk={p.atRisk ? "true" : "false"}>
          <title>{p.label}</title>
          <path d={p.d} fill="none" stroke={p.atRisk ? "#b45309" : "#1e293b"} strokeWidth={p.atRisk ? 2.5 : 1.5} strokeDasharray={p.atRisk ? "6 4" : undefined} markerEnd="url(#rm-arrow)" />
          {p.atRisk && (
            <text x={p.x - 14} y={p.y - 6} fontSize="13" fontWeight="700" fill="#b45309">
              !
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
