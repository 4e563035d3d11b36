// GET /api/public/v1/catalog.jsonld — the DCAT-AP.de catalogue (JSON-LD). Public and read-only; see lib/open-data.
import { catalogHandler } from "@/lib/open-data/documents";
import { OPEN_DATA_REASON, preflight } from "@/lib/open-data/http";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = OPEN_DATA_REASON;

export const GET = catalogHandler;
export const HEAD = GET;
export const OPTIONS = preflight;
