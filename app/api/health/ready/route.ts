// Readiness: whether this instance should get requests now. 503 while the database does not answer,
// while migrations are pending (the new version started before `npm run db:migrate`), and once the
// process is shutting down (SIGTERM: it drains, lib/server/shutdown.ts), so a load balancer sends
// visitors to the other instances.
import { NextResponse } from "next/server";
import { sharedConnection } from "@/lib/db/client";
import { noteDatabaseAvailable, noteIfDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/outage";
import { pendingFor } from "@/lib/db/status";
import { isShuttingDown } from "@/lib/server/shutdown";

export const dynamic = "force-dynamic";

type Check = "ok" | "unavailable" | "pending-migrations" | "shutting-down";

async function database(): Promise<Check> {
  try {
    const pending = await pendingFor(await sharedConnection());
    noteDatabaseAvailable();
    return pending.length ? "pending-migrations" : "ok";
  } catch (e) {
    noteIfDatabaseUnavailable(e);
    return "unavailable";
  }
}

export async function GET() {
  const status: Check = isShuttingDown() ? "shutting-down" : await database();
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === "unavailable") headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return NextResponse.json({ status: status === "ok" ? "ready" : status }, { status: status === "ok" ? 200 : 503, headers });
}

export const PUBLIC_ROUTE_REASON = "readiness probe for load balancers; no data";
