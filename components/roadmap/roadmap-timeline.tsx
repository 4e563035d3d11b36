// The roadmap's body: one section per field of action (heading with a link to the field's trend
// analysis, its own scale so a printed page is readable alone) and a list of initiative rows.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import type { Roadmap } from "@/lib/roadmap/queries";
import type { TimelineScale } from "@/lib/roadmap/scale";
import { RoadmapRowItem } from "./roadmap-row";
import { TimelineGrid, TimelineScaleHeader, TodayLine } from "./timeline-grid";

/** `children`: drawn over the rows (the dependency arrows), scrolling with them. */
export async function RoadmapTimeline({ groups, scale, children }: { groups: Roadmap["groups"]; scale: TimelineScale; children?: React.ReactNode }) {
  const t = await getTranslations("roadmap");
  return (
    <div className="overflow-x-auto">
      <div className="relative min-w-[56rem] print:min-w-0">
        {groups.map((g) => (
          <section key={g.field.code} aria-labelledby={`roadmap-field-${g.field.code}`} className="roadmap-group mt-8">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`roadmap-field-${g.field.code}`} className="text-xl font-semibold text-brand-900">
                {t("fieldHeading", { title: g.field.title, code: g.field.code })}
              </h2>
              <Link href={`/app/fields/${g.field.code}/mta`} className="text-sm text-brand-700 underline underline-offset-2 print:hidden">
                {t("fieldMta", { title: g.field.title })}
              </Link>
            </div>
            <div className="mt-2">
              <TimelineScaleHeader scale={scale} todayLabel={t("today")} />
              <div className="relative">
                <TimelineGrid scale={scale} />
                <ol aria-label={t("rowsLabel", { title: g.field.title })} className="list-none">
                  {g.rows.map((row) => (
                    <RoadmapRowItem key={row.code} row={row} scale={scale} />
                  ))}
                </ol>
                <TodayLine scale={scale} />
              </div>
            </div>
          </section>
        ))}
        {children}
      </div>
    </div>
  );
}
