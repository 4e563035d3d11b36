// One initiative on the roadmap: its name and state, the drawn timeline (planned bar, actual bar,
// milestone markers, today line; hidden from screen readers) and the same facts as text in words
// for screen readers. Marker kinds differ by shape, not only by colour; an overdue milestone says
// since how many days, and every milestone its delay (lib/milestones/lateness.ts), in words.
import Link from "next/link";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { dateValue } from "@/lib/dates";
import type { RoadmapRow } from "@/lib/roadmap/queries";
import { bar, position, type TimelineScale } from "@/lib/roadmap/scale";

const pct = (n: number) => `${n.toFixed(3)}%`;

/** Marker shapes: hollow diamond, filled diamond, triangle, filled circle (see the legend); named utilities in app/globals.css. */
export const MARKER = {
  baseline: "rm-baseline",
  forecast: "rm-forecast",
  overdue: "rm-overdue",
  completed: "rm-completed",
} as const;

/**
 * The page's dates in words (long) and short (medium), as next-intl's format.dateTime writes them,
 * with one Intl formatter per style and each date formatted once per request: a page draws about
 * 1,000 milestones, and next-intl's formatter looks its Intl object up by a JSON key on every call
 * (a fifth of the page's render time).
 */
const dateTexts = cache(async () => {
  const locale = await getLocale();
  const style = (dateStyle: "long" | "medium") => {
    const intl = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: "UTC" });
    const done = new Map<string, string>();
    return (iso: string) => {
      let text = done.get(iso);
      if (text === undefined) done.set(iso, (text = intl.format(dateValue(iso))));
      return text;
    };
  };
  return { words: style("long"), short: style("medium") };
});

export async function RoadmapRowItem({ row, scale }: { row: RoadmapRow; scale: TimelineScale }) {
  const t = await getTranslations("roadmap");
  const ts = await getTranslations("status");
  const th = await getTranslations("health");
  const { words, short } = await dateTexts();
  const delayText = (days: number) => (days > 0 ? t("delayLate", { days }) : days < 0 ? t("delayEarly", { days: -days }) : null);
  const planned = row.planned && bar(scale, row.planned.start, row.planned.end);
  const actual = row.actual && bar(scale, row.actual.start, row.actual.end);
  return (
    <li className="roadmap-row rm-row">
      <div className="min-w-0 text-sm">
        <Link href={`/app/initiatives/${row.code}`} className="block truncate text-brand-700 underline underline-offset-2" title={row.title}>
          <span className="font-mono">{row.code}</span> {row.title}
        </Link>
        <p className="text-xs text-slate-700">{ts(row.status)} · {th(row.health)}</p>
      </div>
      <div aria-hidden="true" className="relative h-12" data-rm-row={row.code}>
        {planned && <div className="rm-planned" style={{ left: pct(planned.left), width: pct(planned.width) }} />}
        {actual && <div className="rm-actual" style={{ left: pct(actual.left), width: pct(actual.width) }} />}
        {row.milestones.flatMap((m, i) => {
          const end = m.completedDate ?? m.forecastDate;
          const from = Math.min(position(scale, m.baselineDate), position(scale, end));
          const to = Math.max(position(scale, m.baselineDate), position(scale, end));
          const kind = m.completedDate ? "completed" : m.overdue ? "overdue" : "forecast";
          // A flat list with short keys (the row's milestones in their fixed order): each element
          // and key travels twice, in the HTML and in the page's data, about 250 times per page.
          const marks = [];
          if (to > from) marks.push(<div key={`s${i}`} className="rm-slip" style={{ left: pct(from), width: pct(to - from) }} />);
          if (m.baselineDate !== end) {
            marks.push(
              <span
                key={`b${i}`}
                className={`rm-at ${MARKER.baseline}`}
                style={{ left: pct(position(scale, m.baselineDate)) }}
                title={t("markerBaseline", { title: m.title, date: short(m.baselineDate) })}
              />,
            );
          }
          marks.push(
            <span
              key={`m${i}`}
              className={`rm-at ${MARKER[kind]}`}
              style={{ left: pct(position(scale, end)) }}
              title={
                kind === "overdue"
                  ? t("markerOverdue", { title: m.title, date: short(end), days: m.overdueDays })
                  : t(kind === "completed" ? "markerCompleted" : "markerForecast", { title: m.title, date: short(end) })
              }
            />,
          );
          return marks;
        })}
      </div>
      <div className="sr-only">
        <p>
          {row.planned ? t("planned", { start: words(row.planned.start), end: words(row.planned.end) }) : t("noPlan")}{" "}
          {row.actual
            ? row.actual.ongoing
              ? t("actualOngoing", { start: words(row.actual.start) })
              : t("actualDone", { start: words(row.actual.start), end: words(row.actual.end) })
            : t("notStarted")}{" "}
          {t("milestonesIntro", { count: row.milestones.length })}
        </p>
        {row.milestones.length > 0 && (
          <ul>
            {row.milestones.map((m, i) => (
              <li key={i}>
                {m.completedDate
                  ? t("milestoneDone", { title: m.title, baseline: words(m.baselineDate), completed: words(m.completedDate) })
                  : t("milestoneOpen", { title: m.title, baseline: words(m.baselineDate), forecast: words(m.forecastDate) })}
                {m.overdue && <>; {t("overdueBy", { days: m.overdueDays })}</>}
                {delayText(m.delayDays) && <>; {delayText(m.delayDays)}</>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
