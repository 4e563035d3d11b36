// What the roadmap's bars, markers and lines mean, drawn with the same shapes as the timeline.
import { getTranslations } from "@/lib/i18n/translations";
import { MARKER } from "./roadmap-row";

export async function RoadmapLegend() {
  const t = await getTranslations("roadmap");
  const sample = "relative inline-flex h-4 w-10 shrink-0 items-center justify-center";
  return (
    <section aria-labelledby="roadmap-legend-heading" className="mt-6 break-inside-avoid">
      <h2 id="roadmap-legend-heading" className="text-lg font-semibold">{t("legendHeading")}</h2>
      <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {[
          { key: "legendPlanned", mark: <span className="rm-hatch h-3 w-10" /> },
          { key: "legendActual", mark: <span className="h-3 w-10 bg-brand-600" /> },
          { key: "legendBaseline", mark: <span className={MARKER.baseline} /> },
          { key: "legendForecast", mark: <span className={MARKER.forecast} /> },
          { key: "legendOverdue", mark: <span className={MARKER.overdue} /> },
          { key: "legendCompleted", mark: <span className={MARKER.completed} /> },
          { key: "legendSlip", mark: <span className="w-10 border-t-2 border-dashed border-slate-600" /> },
          { key: "legendToday", mark: <span className="h-4 border-l-2 border-red-700" /> },
        ].map(({ key, mark }) => (
          <li key={key} className="flex items-center gap-2">
            <span aria-hidden="true" className={sample}>{mark}</span>
            {t(key)}
          </li>
        ))}
      </ul>
    </section>
  );
}
