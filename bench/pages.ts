// The pages `npm run bench` measures: path for the latency run against the production server and,
// where there is one, the loader whose SQL queries are counted in-process at both data sizes.
// Whoever adds a reporting view (dashboard, portfolio table …) adds it here.
import type { Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { listPortfolioForApi } from "@/lib/initiatives/api-queries";
import { listPortfolio } from "@/lib/initiatives/queries";
import { getPublicOverview } from "@/lib/public/queries";

export type BenchPage = {
  name: string;
  /** Requested as the signed-in admin; must answer 200. */
  path: string;
  /** The page's data loader; its query count must not grow with the data. */
  loader?: (db: Db, viewer: Actor) => Promise<unknown>;
};

export const PAGES: BenchPage[] = [
  { name: "public overview", path: "/", loader: (db) => getPublicOverview(db) },
  { name: "portfolio (internal)", path: "/app", loader: (db, viewer) => listPortfolio(db, viewer) },
  { name: "API initiatives", path: "/api/v1/initiatives", loader: (db, viewer) => listPortfolioForApi(db, viewer) },
];
