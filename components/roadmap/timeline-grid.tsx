// The background of a field's roadmap rows and its scale: year lines, fainter quarter lines and
// the today line, positioned in percent of the time axis. Drawn once per field over all its rows
// (not per row), which keeps a page of 100 initiatives light.
import type { TimelineScale } from "@/lib/roadmap/scale";

const pct = (n: number) => `${n.toFixed(3)}%`;

/** The track area of the rows: right of the 15rem name column and its 0.75rem gap. */
const TRACK_AREA = "pointer-events-none absolute inset-y-0 right-0 left-[15.75rem]";

/** Year and quarter lines behind the rows' bars (decorative; each row's text says the dates). */
export function TimelineGrid({ scale }: { scale: TimelineScale }) {
  return (
    <div aria-hidden="true" className={TRACK_AREA}>
      {scale.years.map((y) => (
        <div key={y.year} className="absolute inset-y-0 border-l border-slate-400" style={{ left: pct(y.left) }} />
      ))}
      {scale.quarters.map((q) => (
        <div key={q.left} className="absolute inset-y-0 border-l border-dotted border-slate-300" style={{ left: pct(q.left) }} />
      ))}
    </div>
  );
}

/** The today line over the rows' bars. */
export function TodayLine({ scale }: { scale: TimelineScale }) {
  return (
    <div aria-hidden="true" className={`${TRACK_AREA} z-10`}>
      <div className="absolute inset-y-0 border-l-2 border-red-700" style={{ left: pct(scale.today) }} />
    </div>
  );
}

/** Year labels (and quarter labels when there is room) above the rows of a field. */
export function TimelineScaleHeader({ scale, todayLabel }: { scale: TimelineScale; todayLabel: string }) {
  const showQuarters = scale.years.length <= 4;
  // Long spans label every 2nd or 5th year so the labels never overlap.
  const step = scale.years.length <= 14 ? 1 : scale.years.length <= 28 ? 2 : 5;
  return (
    <div aria-hidden="true" className="grid grid-cols-[15rem_1fr] gap-3 text-xs text-slate-700">
      <div />
      <div className="relative h-9">
        {scale.years.map((y) => (
          <div key={y.year} className="absolute top-0 border-l border-slate-400 pl-1 font-semibold" style={{ left: pct(y.left), width: pct(y.width) }}>
            {y.year % step === 0 ? y.year : ""}
          </div>
        ))}
        {showQuarters &&
          scale.quarters.map((q) => (
            <div key={q.left} className="absolute top-4 border-l border-dotted border-slate-300 pl-0.5" style={{ left: pct(q.left) }}>
              {q.label}
            </div>
          ))}
        <div className="absolute bottom-0 z-10 -translate-x-1/2 rounded bg-red-700 px-1 font-semibold text-white" style={{ left: pct(scale.today) }}>
          {todayLabel}
        </div>
      </div>
    </div>
  );
}
