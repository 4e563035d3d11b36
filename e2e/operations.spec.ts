// Issue 17, item 2, against the production build: Prometheus metrics behind their bearer token,
// labelled with the build's route patterns (never an address), with the database, cache and job
// figures that Next's bundles report into the server's one registry, and the heap limit the server
// was started with (SERVER_HEAP_MB); and a 10 MB body to a server
// action or an API route refused with 413 in the route's format before it is read.
import { expect, test } from "./fixtures";
import { E2E_METRICS_TOKEN, E2E_SERVER_HEAP_MB } from "./metrics-token";

const TEN_MB = Buffer.alloc(10 * 1024 * 1024, "a");

test("metrics: only with the token, by route pattern, with pool, cache, job and process figures", async ({ page, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  expect((await api.get("/api/metrics")).status()).toBe(401);
  expect((await api.get("/api/metrics", { headers: { authorization: "Bearer wrong-token-0123456789abcdefghijklmnop" } })).status()).toBe(401);

  await page.goto("/initiatives");
  const first = page.locator('main a[href^="/initiatives/"]').first();
  const slug = (await first.getAttribute("href"))!.split("/")[2]!;
  await page.goto(`/initiatives/${slug}`);
  await page.goto(`/initiatives/${slug}`);

  const res = await api.get("/api/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/mm_http_requests_total\{method="GET",route="\/\[locale\]\/initiatives\/\[slug\]",status_class="2xx"\} \d+/);
  expect(text).toMatch(/mm_http_requests_total\{method="GET",route="\/\[locale\]\/initiatives",status_class="2xx"\} \d+/);
  expect(text).not.toContain(slug);
  expect(text).toMatch(/mm_db_pool_connections\{engine="embedded",state="total"\} 1/);
  expect(text).toMatch(/mm_cache_requests_total\{cache="public",result="(hit|miss)"\} \d+/);
  expect(text).toMatch(/mm_job_queue_depth\{queue="reminders"\} 0/);
  for (const name of ["process_resident_memory_bytes", "nodejs_eventloop_lag_p99_seconds", "mm_http_request_duration_seconds_bucket"]) expect(text).toContain(name);
  // `npm start` (scripts/start.ts) gave the serving process its heap limit (SERVER_HEAP_MB): V8 has it.
  const limitMb = Number(/^mm_nodejs_heap_size_limit_bytes (\d+)/m.exec(text)?.[1]) / 2 ** 20;
  expect(limitMb).toBeGreaterThanOrEqual(E2E_SERVER_HEAP_MB);
  expect(limitMb).toBeLessThan(E2E_SERVER_HEAP_MB + 64); // plus the young generation
  await api.dispose();
});

test("a 10 MB body is refused with 413 before it is read: JSON under /api/, a page for a server action", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL });
  const apiAnswer = await client.post("/api/v1/initiatives", { data: TEN_MB, headers: { "content-type": "application/json" } });
  expect(apiAnswer.status()).toBe(413);
  expect(await apiAnswer.json()).toMatchObject({ error: { code: "VALIDATION" } });
  const action = await client.post("/app/initiatives/new", { data: TEN_MB, headers: { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" } });
  expect(action.status()).toBe(413);
  expect(await action.text()).toContain("Die gesendeten Daten sind zu groß");
  // The server is unharmed.
  expect((await client.get("/api/health/live")).status()).toBe(200);
  await client.dispose();
});
