// Liveness: the process is up and answers HTTP. Nothing else is checked, so a database outage never
// makes an orchestrator restart the instance (that is readiness: ../ready).
import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

export const PUBLIC_ROUTE_REASON = "liveness probe for orchestrators; no data";
