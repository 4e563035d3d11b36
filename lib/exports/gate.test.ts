// The export line as a visitor meets it, through the real download handler (apiDownload with the
// test database; the session is the demo council member): a free place gives the PDF at once;
// with every place busy the browser gets the status page with its position (German or English,
// a polite live region, a refresh that carries its ticket) and the file once its turn comes; a
// program waits; a full line is 503 with Retry-After, as a page or as the API's JSON error.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { apiDownload } from "@/lib/api/route";
import type { Actor } from "@/lib/authz/policy";
import { downloadCouncilReportPdf } from "@/lib/council-report/pdf-download";
import { demoFixture } from "@/tests/db";
import { setExportQueueForTests, TICKET_PARAM } from "./gate";
import { closeExportPool } from "./pool";
import { ExportQueue } from "./queue";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.actor }));

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();
let handler: ReturnType<typeof apiDownload>;
let queue: ExportQueue;

beforeAll(async () => {
  handler = apiDownload("report.export", (ctx) => downloadCouncilReportPdf(ctx, NOW), { db: demo.prisma, queued: true });
  // The first PDF starts the worker thread and loads pdfkit: done here, under the hook's longer
  // time-out, so that a busy machine does not time out the first test.
  session.actor = demo.council;
  setExportQueueForTests(new ExportQueue(1, 1));
  expect((await get(PDF, BROWSER)).status).toBe(200);
});
beforeEach(() => {
  session.actor = demo.council;
  queue = new ExportQueue(1, 1);
  setExportQueueForTests(queue);
});
afterAll(async () => {
  setExportQueueForTests(undefined);
  await closeExportPool();
});

const BROWSER = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
function get(path: string, headers: Record<string, string>, locale = "de") {
  return handler(new Request(`http://localhost:3000${path}`, { headers: { cookie: `mm.session=test; locale=${locale}`, ...headers } }), { params: Promise.resolve({}) });
}
const PDF = "/app/council-report/pdf?quarter=2026-Q3&scope=masterplan";

describe("the export line at the download", () => {
  it("delivers the PDF at once while a place is free", async () => {
    const res = await get(PDF, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("shows a waiting browser its position and delivers the file with its ticket when its turn comes", async () => {
    const busy = (await queue.acquire())!;
    const res = await get(PDF, BROWSER);
    expect(res.status).toBe(202);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<p role="status" aria-live="polite">Ihr Export wartet (Position 1).');
    const refresh = /<meta http-equiv="refresh" content="2;url=([^"]+)">/.exec(html)?.[1]?.replace(/&#38;/g, "&");
    expect(refresh).toMatch(new RegExp(`^/app/council-report/pdf\\?quarter=2026-Q3&scope=masterplan&${TICKET_PARAM}=[0-9a-f-]{36}$`));
    // Still busy: the same ticket, the same position.
    expect(await (await get(refresh!, BROWSER)).text()).toContain("Position 1");
    busy();
    const file = await get(refresh!, BROWSER);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("ratsbericht-2026-Q3-masterplan.pdf");
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("speaks English to English users", async () => {
    const busy = (await queue.acquire())!;
    const html = await (await get(PDF, BROWSER, "en")).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Your export is waiting (position 1).");
    busy();
  });

  it("refuses with 503 and Retry-After when the line is full: a page for browsers, the JSON error for programs", async () => {
    const busy = (await queue.acquire())!;
    expect((await get(PDF, BROWSER)).status).toBe(202); // the one waiting place
    const page = await get(PDF, BROWSER);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("30");
    expect(await page.text()).toContain("Gerade warten schon zu viele Exporte");
    const api = await get(PDF, { accept: "application/json" }, "en");
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("30");
    expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE", message: "Too many exports are already waiting. Please try again in about 30 seconds." } });
    busy();
  });

  it("lets a program wait on its request and answers it when a place frees up", async () => {
    const busy = (await queue.acquire())!;
    const pending = get(PDF, { accept: "*/*" });
    await new Promise((r) => setTimeout(r, 50));
    expect(queue.stats()).toEqual({ running: 1, waiting: 1 });
    busy();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
  });

  it("checks the permission before anyone queues", async () => {
    const busy = (await queue.acquire())!;
    session.actor = demo.viewer;
    const res = await get(PDF, BROWSER);
    expect(res.status).toBe(403);
    expect(queue.stats()).toEqual({ running: 1, waiting: 0 });
    busy();
  });
});
