// The roadmap: initiatives on a time axis, grouped by field of action, filtered by the portfolio
// table's URL parameters and cut into pages of ROADMAP_PAGE_SIZE. Server-rendered HTML/CSS only.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { RoadmapDependencyArrows, RoadmapDependencyTable } from "@/components/dependencies/roadmap-dependencies";
import { RoadmapFilterForm } from "@/components/roadmap/roadmap-filter-form";
import { RoadmapLegend } from "@/components/roadmap/roadmap-legend";
import { RoadmapTimeline } from "@/components/roadmap/roadmap-timeline";
import "@/components/roadmap/roadmap.css";
import { requireUser } from "@/lib/auth/session";
import { memoByData } from "@/lib/cache/data-memo";
import { db } from "@/lib/db/client";
import { dependenciesBetween } from "@/lib/dependencies/queries";
import { DEFAULT_STATE, PAGE_SIZES, parsePortfolioState, serializePortfolioState, type PortfolioTableState } from "@/lib/portfolio/table-state";
import { getRoadmap, roadmapDates, roadmapFilterOptions } from "@/lib/roadmap/queries";
import { timelineScale } from "@/lib/roadmap/scale";
import { PageHeading } from "@/components/layout/page-heading";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PATH = "/app/roadmap";
/** The parameters the roadmap understands (with their label keys); the portfolio's others (sort, cols …) are not its business. */
const PARAM_LABELS = {
  q: "search",
  field: "fields",
  dept: "departments",
  status: "status",
  health: "health",
  partner: "partners",
  district: "districts",
  page: "pageParam",
  size: "sizeParam",
} as const;

export default async function RoadmapPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireUser(PATH);
  const { state, invalid } = parsePortfolioState(await searchParams);
  const prisma = await db();
  const filters: PortfolioTableState = { ...DEFAULT_STATE, q: state.q, field: state.field, dept: state.dept, status: state.status, health: state.health, partner: state.partner, district: state.district };
  // The page's rows do not depend on the viewer: loaded once per state of the data (lib/cache/data-memo.ts).
  const { roadmap, options } = await memoByData(prisma, { viewer, permission: "portfolio.read" }, `roadmap:${JSON.stringify({ ...filters, page: state.page, size: state.size })}`, async () => {
    const [roadmap, options] = await Promise.all([getRoadmap(prisma, viewer, state, state.page, undefined, state.size), roadmapFilterOptions(prisma, viewer)]);
    return { roadmap, options };
  });
  const dependencies = await dependenciesBetween(prisma, viewer, roadmap.groups.flatMap((g) => g.rows.map((r) => r.code)), roadmap.today);
  const t = await getTranslations("roadmap");
  const scale = timelineScale(roadmapDates(roadmap.groups), roadmap.today);
  const pageHref = (page: number, size = state.size) => {
    const query = serializePortfolioState({ ...filters, page, size });
    return query ? `${PATH}?${query}` : PATH;
  };
  const portfolioQuery = serializePortfolioState(filters);
  const shownInvalid = invalid.flatMap((name) => (name in PARAM_LABELS ? [t(PARAM_LABELS[name as keyof typeof PARAM_LABELS])] : []));
  return (
    <div className="roadmap-print">
      <PageHeading title={t("title")} intro={t("intro")} />
      {shownInvalid.length > 0 && (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t("invalidNotice", { fields: shownInvalid.join(", ") })}
        </p>
      )}
      <RoadmapFilterForm key={portfolioQuery} filters={state} options={options} portfolioHref={portfolioQuery ? `/app/portfolio?${portfolioQuery}` : "/app/portfolio"} />
      <p role="status" className="mt-6 font-semibold" data-testid="roadmap-count">
        {t("count", { total: roadmap.total, page: roadmap.page, pages: roadmap.pages })}{" "}
        {roadmap.pages > 1 && <span className="font-normal">{t("pageNote", { size: roadmap.pageSize })}</span>}
      </p>
      <RoadmapLegend />
      <RoadmapTimeline groups={roadmap.groups} scale={scale}>
        <RoadmapDependencyArrows dependencies={dependencies} scale={scale} />
      </RoadmapTimeline>
      <RoadmapDependencyTable dependencies={dependencies} />
      {roadmap.pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-4 text-sm print:hidden">
          {roadmap.page > 1 && <Link href={pageHref(roadmap.page - 1)} className="text-brand-700 underline underline-offset-2">{t("previous")}</Link>}
          <span aria-current="page">{t("pageOf", { page: roadmap.page, pages: roadmap.pages })}</span>
          {roadmap.page < roadmap.pages && <Link href={pageHref(roadmap.page + 1)} className="text-brand-700 underline underline-offset-2">{t("next")}</Link>}
        </nav>
      )}
      {roadmap.total > PAGE_SIZES[0] && (
        <p className="mt-3 flex flex-wrap gap-3 text-sm print:hidden">
          <span>{t("perPage")}</span>
          {PAGE_SIZES.map((size) =>
            size === roadmap.pageSize ? (
              <span key={size} aria-current="true" className="font-semibold">{size}</span>
            ) : (
              <Link key={size} href={pageHref(1, size)} className="text-brand-700 underline underline-offset-2" aria-label={t("perPageLink", { size })}>{size}</Link>
            ),
          )}
        </p>
      )}
    </div>
  );
}
