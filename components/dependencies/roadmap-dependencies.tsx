// The dependencies between the initiatives on a roadmap page: the arrows over the timeline
// (RoadmapArrows) and, below it, the same in words as a table with the slip risk of each, the
// alternative to the drawing for screen readers, print and anyone who does not read colour.
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
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
  const [t, tr, locale] = await Promise.all([getTranslations("dependencies.roadmap"), getTranslations("dependencies"), getLocale()]);
  const columns: DataTableColumn<DependencyView>[] = [
    { id: "successor", header: t("colSuccessor"), rowHeader: true, cell: (d) => `${d.successor.label} – ${d.successor.milestoneTitle ?? d.successor.title}` },
    { id: "predecessor", header: t("colPredecessor"), cell: (d) => `${tr(`kind.${d.kind}`)} ${d.predecessor.label} – ${d.predecessor.milestoneTitle ?? d.predecessor.title}` },
    { id: "risk", header: t("colRisk"), cell: (d) => (d.riskDays !== null ? <SlipFlag predecessor={d.predecessor.label} days={d.riskDays} /> : tr("noRisk")) },
  ];
  return (
    <section aria-labelledby="roadmap-dependencies" className="mt-8">
      <h2 id="roadmap-dependencies" className="text-xl font-semibold text-brand-900">{t("heading")}</h2>
      <p className="mt-1 text-sm">{t("intro")}</p>
      {dependencies.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <DataTable columns={columns} rows={dependencies} rowKey={(d) => d.id} caption={t("heading")} locale={locale} presorted className="mt-2" testId="roadmap-dependencies" />
      )}
    </section>
  );
}
