// GET /api/public/v1/decisions.csv — CSV download of the public council decisions. Public and read-only; see lib/open-data.
import { CSV_ENDPOINTS } from "@/lib/open-data/csv-endpoints";
import { OPEN_DATA_REASON, preflight } from "@/lib/open-data/http";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = OPEN_DATA_REASON;

export const GET = CSV_ENDPOINTS.decisions.handler;
export const HEAD = GET;
export const OPTIONS = preflight;
