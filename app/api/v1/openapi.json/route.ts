// GET /api/v1/openapi.json — the OpenAPI 3.1 description of the internal API, for signed-in users
// and tokens (READ). Not public: the public open-data API has its own at /api/public/v1/openapi.json.
import { apiDownload } from "@/lib/api/route";
import { buildInternalOpenApi } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export const GET = apiDownload("portfolio.read", async () => ({ body: JSON.stringify(buildInternalOpenApi(), null, 2), contentType: "application/json; charset=utf-8" }));
