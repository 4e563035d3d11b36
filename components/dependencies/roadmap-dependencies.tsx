// The dependencies between the initiatives on a roadmap page: the arrows over the timeline
// (RoadmapArrows) and, below it, the same in words as a table with the slip risk of each, the
// alternative to the drawing for screen readers, print and anyone who does not read colour.
import { getTranslations } from "next-intl/server";
import type { DependencyView } from "@/lib/dependencies/queries";
import { position, type TimelineScale } from "@/lib/roadmap/scale";
import { RoadmapArrows, type RoadmapArrow } from "./roadmap-arrows";
import { SlipFlag } from "./slip-flag";

export async function RoadmapDependencyArrows({ dependencies, scale }: { dependencies: DependencyView[]; scale: TimelineScale }) {
  const t = await getTranslations("dependencies.roadmap");
  const arrows: RoadmapArrow[] = dependencies.flatMap((d) =>
    d.predecessorDate && d.successorDate
      ? [
          {
            id: d.id,
            from: { code: d.predecessor.code, pct: position(scale, d.predecessorDate) },
            to: { code: d.successor.code, pct: position(scale, d.successorDate) },
            atRisk: d.riskDays !== null,
            label: t("arrow", { successor: d.successor.label, predecessor: d.predecessor.label }),
          },
        ]
      : [],
  );
  return <RoadmapArrows arrows={arrows} />;
}

export async function RoadmapDependencyTable({ dependencies }: { dependencies: DependencyView[] }) {
  const t = await getTranslations("dependencies.roadmap");
  const tr = await getTranslations("dependencies");
  return (
    <section aria-labelledby="roadmap-dependencies" className="mt-8">
      <h2 id="roadmap-dependencies" className="text-xl font-semibold text-brand-900">{t("heading")}</h2>
      <p className="mt-1 text-sm">{t("intro")}</p>
      {dependencies.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" data-testid="roadmap-dependencies">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-1 pr-3">{t("colSuccessor")}</th>
              <th scope="col" className="py-1 pr-3">{t("colPredecessor")}</th>
              <th scope="col" className="py-1">{t("colRisk")}</th>
            </tr>
          </thead>
          <tbody>
            {dependencies.map((d) => (
              <tr key={d.id} className="border-b border-slate-200">
                <td className="py-1 pr-3">{d.successor.label} – {d.successor.milestoneTitle ?? d.successor.title}</td>
                <td className="py-1 pr-3">{tr(`kind.${d.kind}`)} {d.predecessor.label} – {d.predecessor.milestoneTitle ?? d.predecessor.title}</td>
                <td className="py-1">{d.riskDays !== null ? <SlipFlag predecessor={d.predecessor.label} days={d.riskDays} /> : tr("noRisk")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
