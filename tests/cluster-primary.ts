// The primary for lib/server/workers.test.ts, as scripts/start.ts runs it: superviseWorkers over
// Node's cluster with tests/cluster-worker.ts as the server process, SIGTERM/SIGINT handled, the
// workers started with the heap limit CLUSTER_FIXTURE_HEAP_MB (SERVER_HEAP_MB) unless 0. Prints
// one line per event ("ready <url>", the supervisor's log lines, "exit <code>"). It adds up the
// workers' metrics as scripts/start.ts does, unless CLUSTER_FIXTURE_METRICS=silent (a primary that
// never answers the workers' metrics requests).
import cluster from "node:cluster";
import path from "node:path";
import { answerWorkersMetricsRequests } from "@/lib/metrics/cluster";
import { serverHeapFlag } from "@/lib/server/heap";
import { superviseWorkers } from "@/lib/server/workers";

// As scripts/start.ts: the heap limit (CLUSTER_FIXTURE_HEAP_MB as SERVER_HEAP_MB) is a flag of the workers' start.
const heapFlag = serverHeapFlag(Number(process.env.CLUSTER_FIXTURE_HEAP_MB ?? 0), process.execArgv, process.env.NODE_OPTIONS);
cluster.setupPrimary({ exec: path.join(import.meta.dirname, "cluster-worker.ts"), execArgv: ["--import", "tsx", ...(heapFlag ? [heapFlag] : [])] });
if (process.env.CLUSTER_FIXTURE_METRICS !== "silent") answerWorkersMetricsRequests(cluster);
superviseWorkers(Number(process.env.CLUSTER_FIXTURE_WORKERS ?? 2), {
  cluster,
  onReady: (url) => console.log(`ready ${url} ${Object.values(cluster.workers ?? {}).map((w) => w!.process.pid).join(",")}`),
  log: { info: (m) => console.log(m), warn: (m) => console.log(m) },
  exit: (code) => {
    console.log(`exit ${code}`);
    process.exit(code);
  },
});
