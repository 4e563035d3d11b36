// GET /api/v1/initiatives?status=&field=&department= — the internal portfolio list.
import { apiRead } from "@/lib/api/route";
import { listPortfolioForApi, portfolioFilterInput } from "@/lib/initiatives/api-queries";

export const dynamic = "force-dynamic";

export const GET = apiRead("portfolio.read", ({ db, actor, query }) => listPortfolioForApi(db, actor, query(portfolioFilterInput)));
