// What the roadmap's bars, markers and lines mean, drawn with the same shapes as the timeline.
import { getTranslations } from "next-intl/server";
import { MARKER } from "./roadmap-row";

export async function RoadmapLegend() {
  const t = await getTranslations("roadmap");
  const sample = "relative inline-flex h-4 w-10 shrink-0 items-center justify-center";
  return (
    <section aria-labelledby="roadmap-legend-heading" className="mt-6 break-inside-avoid">
      <h2 id="roadmap-legend-heading" className="text-lg font-semibold">{t("legendHeading")}</h2>
      <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={sample}>
            <span className="h-3 w-10 border border-slate-700" style={{ backgroundImage: "repeating-linear-gradient(135deg, #475569 0 1.5px, transparent 1.5px 5px)" }} />
          </span>
          {t("legendPlanned")}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={sample}><span className="h-3 w-10 bg-brand-600" /></span>
          {t("legendActual")}
        </li>
        <li className="flex items-center gap-2"><span aria-hidden="true" className={sample}><span className={MARKER.baseline} /></span>{t("legendBaseline")}</li>
        <li className="flex items-center gap-2"><span aria-hidden="true" className={sample}><span className={MARKER.forecast} /></span>{t("legendForecast")}</li>
        <li className="flex items-center gap-2"><span aria-hidden="true" className={sample}><span className={MARKER.overdue} /></span>{t("legendOverdue")}</li>
        <li className="flex items-center gap-2"><span aria-hidden="true" className={sample}><span className={MARKER.completed} /></span>{t("legendCompleted")}</li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={sample}><span className="w-10 border-t-2 border-dashed border-slate-600" /></span>
          {t("legendSlip")}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className={sample}><span className="h-4 border-l-2 border-red-700" /></span>
          {t("legendToday")}
        </li>
      </ul>
    </section>
  );
}
