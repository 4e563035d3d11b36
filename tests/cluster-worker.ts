// A stand-in server process for lib/server/workers.test.ts: the app's own front (lib/server/front.ts:
// request metrics, /api/metrics behind its token) before a stand-in for Next.js that answers its pid,
// on the shared port; drains like the app's server when the primary says so (or on SIGTERM), and
// says it is ready. CLUSTER_FIXTURE=fail-early ends before it is ready, as a worker that cannot bind
// or reach its database.
import http from "node:http";
import v8 from "node:v8";
import { createFrontHandler } from "@/lib/server/front";
import { labelerFrom } from "@/lib/server/route-label";
import { followPrimary, type WorkerMessage } from "@/lib/server/workers";

if (process.env.CLUSTER_FIXTURE === "fail-early") process.exit(3);

const server = http.createServer(
  createFrontHandler({
    inFlight: new Set(),
    hops: 0,
    dev: true,
    labeler: labelerFrom({ staticRoutes: [{ page: "/api/pid", regex: "^/api/pid(?:/)?$" }] }),
    metricsToken: process.env.CLUSTER_FIXTURE_METRICS_TOKEN ?? null,
    accessLog: false,
    draining: () => false,
    // "/heap": this process's heap limit as V8 has it (MB), the check that the primary's flag arrived.
    next: async (req, res) => {
      res.end(req.url === "/heap" ? String(v8.getHeapStatistics().heap_size_limit / 2 ** 20) : String(process.pid));
    },
  }),
);
let stopping: Promise<void> | undefined;
const shutdown = () =>
  (stopping ??= new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  }).then(() => process.exit(0)));
process.once("SIGTERM", () => void shutdown());
followPrimary(shutdown);
server.listen(Number(process.env.CLUSTER_FIXTURE_PORT), "127.0.0.1", () => process.send!({ type: "ready", url: `http://127.0.0.1:${process.env.CLUSTER_FIXTURE_PORT}` } satisfies WorkerMessage));
