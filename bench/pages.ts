// The pages `npm run bench` measures: path for the latency run against the production server and,
// where there is one, the loader whose SQL queries are counted in-process at both data sizes.
// Whoever adds a view adds it here. Public loaders are the uncached `load…` variants: the page
// itself reads through the public cache, so after the first request it runs no query at all.
import type { Actor } from "@/lib/authz/policy";
import { buildCouncilReport } from "@/lib/council-report/build";
import { getDashboard } from "@/lib/dashboard/queries";
import { NO_FILTERS } from "@/lib/dashboard/filters";
import type { Db } from "@/lib/db/client";
import { getFundingOverview } from "@/lib/funding/queries";
import { listPortfolioForApi } from "@/lib/initiatives/api-queries";
import { getFieldMta, getInitiativeMta } from "@/lib/mta/queries";
import { getMyWork } from "@/lib/my-work/queries";
import { getPartnerReport, listPartnerSummaries } from "@/lib/partners/report-queries";
import { portfolioPage } from "@/lib/portfolio/page-model";
import { listPortfolioFacetOptions, listPortfolioRows } from "@/lib/portfolio/queries";
import { parsePortfolioState } from "@/lib/portfolio/table-state";
import { loadPublicField } from "@/lib/public/field-queries";
import { loadPublicInitiative } from "@/lib/public/initiative-queries";
import { loadListFilterOptions, loadPublicInitiativeList, parseListFilters } from "@/lib/public/list-queries";
import { loadPublicOverview } from "@/lib/public/queries";
import { DEFAULT_STATE } from "@/lib/portfolio/table-state";
import { getRoadmap, roadmapFilterOptions } from "@/lib/roadmap/queries";

export type BenchPage = {
  name: string;
  /** Requested as the signed-in admin; must answer 200. */
  path: string;
  /** The page's data loader; its query count must not grow with the data. */
  loader?: (db: Db, viewer: Actor) => Promise<unknown>;
};

/** A public demo initiative present at every data size (the large sizes add to the demo). */
export const PUBLIC_INITIATIVE = "5g-modellregion-und-campusnetze";

/** The portfolio with the largest page: 100 rows, grouped by partner (an initiative in each of its partners' groups), sorted by delay. */
const PORTFOLIO_GROUPED = "group=partner&sort=delay.desc&size=100";

/** What the portfolio page loads and computes on the server (app/(internal)/app/portfolio/page.tsx). */
async function portfolioLoader(db: Db, viewer: Actor, query: string) {
  const [rows, options] = await Promise.all([listPortfolioRows(db, viewer), listPortfolioFacetOptions(db, viewer)]);
  return portfolioPage(rows, parsePortfolioState(new URLSearchParams(query)).state, options);
}

/** Pages whose download size has a target (issue 15: the portfolio sent every row, 1.6 MB at 2,000 initiatives). */
export const PAYLOAD_TARGETS: { name: string; maxBytes: number }[] = [
  { name: "portfolio table", maxBytes: 200 * 1024 },
  { name: "portfolio grouped", maxBytes: 200 * 1024 },
];

export const PAGES: BenchPage[] = [
  { name: "my work", path: "/app", loader: (db, viewer) => getMyWork(db, viewer) },
  { name: "dashboard", path: "/app/dashboard", loader: (db, viewer) => getDashboard(db, viewer, NO_FILTERS) },
  { name: "portfolio table", path: "/app/portfolio", loader: (db, viewer) => portfolioLoader(db, viewer, "") },
  { name: "portfolio grouped", path: `/app/portfolio?${PORTFOLIO_GROUPED}`, loader: (db, viewer) => portfolioLoader(db, viewer, PORTFOLIO_GROUPED) },
  {
    name: "roadmap",
    path: "/app/roadmap",
    loader: (db, viewer) => Promise.all([getRoadmap(db, viewer, DEFAULT_STATE, 1), roadmapFilterOptions(db, viewer)]),
  },
  { name: "MTA initiative", path: "/app/initiatives/INF-02/mta", loader: (db, viewer) => getInitiativeMta(db, viewer, "INF-02") },
  { name: "MTA field", path: "/app/fields/INF/mta", loader: (db, viewer) => getFieldMta(db, viewer, "INF") },
  { name: "partners", path: "/app/partners", loader: (db, viewer) => listPartnerSummaries(db, viewer) },
  { name: "partner", path: "/app/partners/dvv", loader: (db, viewer) => getPartnerReport(db, viewer, "dvv") },
  { name: "funding", path: "/app/funding", loader: (db, viewer) => getFundingOverview(db, viewer, { year: null, field: null }) },
  {
    name: "council report",
    path: "/app/council-report?quarter=2026-Q3&scope=field:INF",
    loader: (db, viewer) => buildCouncilReport(db, viewer, { quarter: "2026-Q3", scope: "field:INF" }, "de"),
  },
  { name: "API initiatives", path: "/api/v1/initiatives", loader: (db, viewer) => listPortfolioForApi(db, viewer) },
  { name: "public overview", path: "/", loader: (db) => loadPublicOverview(db) },
  { name: "public field", path: "/fields/infrastruktur-und-netze", loader: (db) => loadPublicField(db, "infrastruktur-und-netze") },
  {
    name: "public list",
    path: "/initiatives",
    loader: (db) => Promise.all([loadPublicInitiativeList(db, parseListFilters({})), loadListFilterOptions(db)]),
  },
  { name: "public initiative", path: `/initiatives/${PUBLIC_INITIATIVE}`, loader: (db) => loadPublicInitiative(db, PUBLIC_INITIATIVE) },
];
