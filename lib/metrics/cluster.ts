// /api/metrics with several server processes (WEB_CONCURRENCY, lib/server/workers.ts): each worker
// counts into its own registry, and a scrape lands on whichever worker the kernel hands the
// connection to. So the worker that takes the scrape asks the primary over the cluster's IPC
// channel; the primary asks every worker with prom-client's AggregatorRegistry (its own request to
// each worker and its aggregation rules, `aggregator` per metric, lib/metrics/registry.ts) and
// answers with the whole server's text. A single process (no cluster) answers from its own registry
// as before (lib/metrics/endpoint.ts).
import type { Worker } from "node:cluster";
import client from "prom-client";

const REQUEST = "mm:metrics-request";
const ANSWER = "mm:metrics-answer";

export type MetricsRequest = { type: typeof REQUEST; id: number };
export type MetricsAnswer = { type: typeof ANSWER; id: number; text: string } | { type: typeof ANSWER; id: number; error: string };

/**
 * How long a worker waits for the primary's answer. Longer than prom-client's own 5 s for the
 * workers' answers, so that a worker that does not answer is reported as such by the primary, and
 * shorter than Prometheus's default scrape timeout (10 s), so that Prometheus gets our 503 and its text.
 */
export const PRIMARY_TIMEOUT_MS = 7_000;

/** The metrics could not be gathered from every process: the endpoint answers 503 with this message. */
export class ClusterMetricsUnavailable extends Error {}

/**
 * The primary's part: answers every worker's metrics request with the aggregated text of all
 * workers (or the reason it has none). Call once, in the primary, before the workers are started.
 */
export function answerWorkersMetricsRequests(cluster: { on(event: "message", listener: (worker: Worker, message: unknown) => void): unknown }): void {
  const aggregator = new client.AggregatorRegistry();
  cluster.on("message", (worker, message) => {
    const m = message as Partial<MetricsRequest> | null;
    if (m?.type !== REQUEST || typeof m.id !== "number") return;
    const id = m.id;
    const reply = (answer: MetricsAnswer) => {
      if (worker.isConnected()) worker.send(answer);
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ type: ANSWER, id, text }),
      (e: unknown) => reply({ type: ANSWER, id, error: `a server process did not send its metrics (${e instanceof Error ? e.message : String(e)})` }),
    );
  });
}

let sequence = 0;

/** The worker's part: the whole server's metrics, from the primary; throws ClusterMetricsUnavailable. */
export function metricsFromPrimary(timeoutMs = PRIMARY_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = ++sequence;
    const finish = (e: Error | null, text?: string) => {
      clearTimeout(timer);
      process.off("message", onMessage);
      if (e) reject(e);
      else resolve(text!);
    };
    const onMessage = (message: unknown) => {
      const m = message as { type?: unknown; id?: unknown; text?: unknown; error?: unknown } | null;
      if (m?.type !== ANSWER || m.id !== id) return;
      if (typeof m.text === "string") finish(null, m.text);
      else finish(new ClusterMetricsUnavailable(String(m.error)));
    };
    const timer = setTimeout(() => finish(new ClusterMetricsUnavailable(`the primary process did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    process.on("message", onMessage);
    if (!process.send || !process.connected) return finish(new ClusterMetricsUnavailable("this process has no channel to the primary process"));
    process.send({ type: REQUEST, id } satisfies MetricsRequest, undefined, {}, (e: Error | null) => {
      if (e) finish(new ClusterMetricsUnavailable(`the primary process cannot be reached (${e.message})`));
    });
  });
}
