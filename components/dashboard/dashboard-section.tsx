// The frame every dashboard section shares: a section named by its h2, and figures that show a
// chart with the same numbers as a table captioned by the figure's title.
import { getTranslations } from "@/lib/i18n/translations";
import type { ReactNode } from "react";
import { ChartFigure } from "@/components/ui/chart-figure";
import { FigureTable, type FigureTableProps } from "./figure-table";

export function DashboardSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold text-brand-900">{heading}</h2>
      {children}
    </section>
  );
}

export async function DashboardFigure({
  id,
  title,
  description,
  chart,
  ...table
}: {
  id: string;
  title: string;
  description?: ReactNode;
  chart: ReactNode;
} & Omit<FigureTableProps, "caption">) {
  const t = await getTranslations("dashboard");
  return <ChartFigure id={id} title={title} description={description} tableLabel={t("tableLabel")} chart={chart} table={<FigureTable caption={title} {...table} />} />;
}

/** A section's one figure, or the sentence saying there is nothing to show yet. */
export function SingleFigure({ empty, ...figure }: Parameters<typeof DashboardFigure>[0] & { empty?: string | false }) {
  if (empty) return <p className="mt-4 text-sm text-slate-700">{empty}</p>;
  return (
    <div className="mt-4">
      <DashboardFigure {...figure} />
    </div>
  );
}
