// GET /api/public/v1/decisions — public council decisions and what published items they concern (JSON). Public and read-only; see lib/open-data.
import { JSON_ENDPOINTS } from "@/lib/open-data/endpoints";
import { OPEN_DATA_REASON, preflight } from "@/lib/open-data/http";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = OPEN_DATA_REASON;

export const GET = JSON_ENDPOINTS.decisions.handler;
export const HEAD = GET;
export const OPTIONS = preflight;
