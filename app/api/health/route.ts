// Public: liveness for load balancers; reveals only the version and whether the database answers.
// Liveness and readiness: the app version and whether the database answers.
import { NextResponse } from "next/server";
import packageJson from "@/package.json";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  let database: "ok" | "unavailable" = "ok";
  try {
    await (await db()).$queryRaw`SELECT 1`;
  } catch {
    database = "unavailable";
  }
  const body = {
    status: database === "ok" ? "ok" : "degraded",
    version: packageJson.version,
    database,
    latencyMs: Math.round(performance.now() - started),
  };
  return NextResponse.json(body, { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

export const PUBLIC_ROUTE_REASON = "liveness/readiness probe for load balancers; no data";
