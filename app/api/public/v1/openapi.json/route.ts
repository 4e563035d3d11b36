// GET /api/public/v1/openapi.json — the OpenAPI 3.1 description of this API. Public and read-only; see lib/open-data.
import { openApiHandler } from "@/lib/open-data/documents";
import { OPEN_DATA_REASON, preflight } from "@/lib/open-data/http";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = OPEN_DATA_REASON;

export const GET = openApiHandler;
export const HEAD = GET;
export const OPTIONS = preflight;
