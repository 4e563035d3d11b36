// GET /api/public/v1/funding.csv — CSV download of the funding roll-up (level × programme). Public and read-only; see lib/open-data.
import { CSV_ENDPOINTS } from "@/lib/open-data/csv-endpoints";
import { OPEN_DATA_REASON, preflight } from "@/lib/open-data/http";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = OPEN_DATA_REASON;

export const GET = CSV_ENDPOINTS.funding.handler;
export const HEAD = GET;
export const OPTIONS = preflight;
