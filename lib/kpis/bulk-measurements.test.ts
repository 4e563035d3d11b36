// POST /api/v1/kpis/measurements against the demo database with real tokens: a mixed batch
// (stored, updated, unchanged, rejected for an unknown KPI and for another department's KPI), each
// item atomic and audited on its own; decimal strings; 1,000 items in a body larger than the
// default 64 KB, 1,001 items 413; a malformed body 400; a READ token 403; no credentials 401;
// cookie writes without the CSRF defence's headers refused. Also the re-sent batch: all unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/kpis/measurements/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { apiBatch } from "@/lib/api/route";
import type { Actor } from "@/lib/authz/policy";
import { createTokenAction } from "@/lib/tokens/mutations";
import { demoFixture, executeOk } from "@/tests/db";
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS, measurementBatchOptions } from "./bulk-measurements";
import { recordKpiMeasurementAction } from "./mutations";

const ORIGIN = "http://localhost:3000";
const UNKNOWN = "0190aaaa-0000-7000-8000-000000000099";
const demo = demoFixture();
let writeToken: string;
let readToken: string;
let viewerWriteToken: string;
let own: { id: string };
let foreign: { id: string };

type Result = { index: number; kpiId: string | null; periodDate: string | null; status: string; code?: string; reason?: string };
type Answer = { status: number; body: { data: { results: Result[]; counts: Record<string, number> } } & Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The route's own handler, built with the test database. */
const route = () => apiBatch(recordKpiMeasurementAction, { ...measurementBatchOptions, db: demo.prisma });

async function send(body: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await route()(
    new Request(`${ORIGIN}/api/v1/kpis/measurements`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: await response.json() };
}
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, "content-type": "application/json" });
const audits = () => demo.prisma.auditEvent.count({ where: { action: "kpiMeasurement.record" } });
const statuses = (r: Answer) => r.body.data.results.map((x) => [x.status, x.code ?? null]);

/** A DECIMAL KPI of an initiative the demo lead leads, with a baseline long before the test dates. */
async function scratchKpi(name: string) {
  const initiative = await demo.prisma.initiative.findFirstOrThrow({ where: { leads: { some: { userId: demo.lead.id } } }, orderBy: { code: "asc" }, select: { id: true } });
  return demo.prisma.kpi.create({
    data: {
      scope: "INITIATIVE",
      initiativeId: initiative.id,
      name,
      unit: "Anzahl",
      valueType: "DECIMAL",
      baselineValue: 0,
      baselineDate: new Date("2024-01-01"),
      targetValue: 100,
      targetDate: new Date("2028-12-31"),
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  const token = async (owner: Actor, scopes: string[]) => (await executeOk(createTokenAction, owner, { name: "bulk test", scopes }, { db: demo.prisma })).token;
  writeToken = await token(demo.lead, ["KPI_WRITE"]);
  readToken = await token(demo.viewer, ["READ"]);
  viewerWriteToken = await token(demo.viewer, ["KPI_WRITE"]);
  own = await scratchKpi("Bulk-Kennzahl");
  foreign = await demo.prisma.kpi.findFirstOrThrow({
    where: { scope: "INITIATIVE", initiative: { leads: { none: { userId: demo.lead.id } }, departmentId: { not: demo.lead.departmentId! } } },
    select: { id: true },
  });
});

describe("POST /api/v1/kpis/measurements", () => {
  it("is built with the measurement action and the bulk options", () => {
    expect((POST as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("kpiMeasurement.record");
    expect(measurementBatchOptions).toMatchObject({ maxItems: 1000, maxBodyBytes: 512 * 1024 });
  });

  it("answers each item on its own: stored, updated, unchanged, rejected, one audit event per change", async () => {
    const first = await send({ items: [{ kpiId: own.id, periodDate: "2026-03-31", value: 10 }, { kpiId: own.id, periodDate: "2026-09-30", value: 5 }] }, bearer(writeToken));
    expect(first).toMatchObject({ status: 200, body: { data: { counts: { stored: 2 } } } });
    const auditBefore = await audits();

    const batch = {
      items: [
        { kpiId: own.id, periodDate: "2026-06-30", value: 12, note: "Q2" },
        { kpiId: own.id, periodDate: "2026-03-31", value: 11 },
        { kpiId: own.id, periodDate: "2026-09-30", value: 5 },
        { kpiId: UNKNOWN, periodDate: "2026-06-30", value: 1 },
        { kpiId: foreign.id, periodDate: "2026-06-30", value: 1 },
        { kpiId: own.id, periodDate: "2099-01-01", value: 1 },
        { kpiId: own.id, periodDate: "30.06.2026", value: "viel" },
        "not an item",
      ],
    };
    const r = await send(batch, bearer(writeToken));
    expect(r.status).toBe(200);
    expect(statuses(r)).toEqual([
      ["stored", null],
      ["updated", null],
      ["unchanged", null],
      ["rejected", "NOT_FOUND"],
      ["rejected", "FORBIDDEN"],
      ["rejected", "VALIDATION"],
      ["rejected", "VALIDATION"],
      ["rejected", "VALIDATION"],
    ]);
    expect(r.body.data.counts).toEqual({ stored: 1, updated: 1, unchanged: 1, rejected: 5 });
    expect(r.body.data.results[0]).toEqual({ index: 0, kpiId: own.id, periodDate: "2026-06-30", status: "stored" });
    expect(r.body.data.results[4]).toMatchObject({ index: 4, kpiId: foreign.id, reason: expect.stringMatching(/not/i) });
    expect(r.body.data.results[5]!.reason).toMatch(/periodDate/);
    expect(r.body.data.results[7]).toMatchObject({ kpiId: null, periodDate: null });
    // One audit event per stored or updated item; unchanged and rejected ones wrote nothing.
    expect(await audits()).toBe(auditBefore + 2);
    const stored = await demo.prisma.kpiMeasurement.findMany({ where: { kpiId: own.id }, orderBy: { periodDate: "asc" }, select: { value: true, note: true } });
    expect(stored.map((m) => [m.value.toNumber(), m.note])).toEqual([
      [11, ""],
      [12, "Q2"],
      [5, ""],
    ]);

    // The platform sends the same batch again: the good items are unchanged, nothing is audited.
    const again = await send(batch, bearer(writeToken));
    expect(again.body.data.counts).toEqual({ stored: 0, updated: 0, unchanged: 3, rejected: 5 });
    expect(await audits()).toBe(auditBefore + 2);

    // A changed note alone is a correction too.
    const noted = await send({ items: [{ kpiId: own.id, periodDate: "2026-09-30", value: 5, note: "geprüft" }] }, bearer(writeToken));
    expect(statuses(noted)).toEqual([["updated", null]]);
    expect(await audits()).toBe(auditBefore + 3);
  });

  it("takes decimal strings, and values with more decimal places than stored are unchanged when sent again", async () => {
    const kpi = await scratchKpi("Dezimal-Kennzahl");
    const batch = {
      items: [
        { kpiId: kpi.id, periodDate: "2026-01-31", value: "12.5" },
        { kpiId: kpi.id, periodDate: "2026-02-28", value: "-0.25" },
        { kpiId: kpi.id, periodDate: "2026-03-31", value: 17.123456 },
        { kpiId: kpi.id, periodDate: "2026-04-30", value: "17.00005" },
        { kpiId: kpi.id, periodDate: "2026-05-31", value: "12,5" },
        { kpiId: kpi.id, periodDate: "2026-06-30", value: "1e3" },
        { kpiId: kpi.id, periodDate: "2026-07-31", value: "" },
      ],
    };
    const r = await send(batch, bearer(writeToken));
    expect(statuses(r)).toEqual([
      ["stored", null],
      ["stored", null],
      ["stored", null],
      ["stored", null],
      ["rejected", "VALIDATION"],
      ["rejected", "VALIDATION"],
      ["rejected", "VALIDATION"],
    ]);
    expect(r.body.data.results[4]!.reason).toMatch(/value/);
    const values = await demo.prisma.kpiMeasurement.findMany({ where: { kpiId: kpi.id }, orderBy: { periodDate: "asc" }, select: { value: true } });
    expect(values.map((v) => v.value.toString())).toEqual(["12.5", "-0.25", "17.1235", "17.0001"]);
    const again = await send(batch, bearer(writeToken));
    expect(again.body.data.counts).toEqual({ stored: 0, updated: 0, unchanged: 4, rejected: 3 });
  });

  it("takes 1,000 items in a body above the default 64 KB, answers them in order, and refuses 1,001 with 413", async () => {
    const kpis = [await scratchKpi("Last 1"), await scratchKpi("Last 2"), await scratchKpi("Last 3"), await scratchKpi("Last 4")];
    // 250 distinct days per KPI, all after the baseline and before the pinned "today".
    const items = (n: number, value: (i: number) => number) =>
      Array.from({ length: n }, (_, i) => ({
        kpiId: kpis[i % 4]!.id,
        periodDate: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 4))).toISOString().slice(0, 10),
        value: value(i),
        note: `Sensor ${i}`,
      }));
    const tooMany = await send({ items: items(MAX_BATCH_ITEMS + 1, (i) => i) }, bearer(writeToken));
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("1000") });
    expect(await demo.prisma.kpiMeasurement.count({ where: { kpiId: { in: kpis.map((k) => k.id) } } })).toBe(0);

    const body = JSON.stringify({ items: items(MAX_BATCH_ITEMS, (i) => i + 0.5) });
    expect(body.length).toBeGreaterThan(64 * 1024);
    const timed = async (b: string) => {
      const started = performance.now();
      const r = await send(b, bearer(writeToken));
      return { r, ms: Math.round(performance.now() - started) };
    };
    const stored = await timed(body);
    expect(stored.r.status).toBe(200);
    expect(stored.r.body.data.counts).toEqual({ stored: 1000, updated: 0, unchanged: 0, rejected: 0 });
    expect(stored.r.body.data.results.map((x) => x.index)).toEqual([...Array(MAX_BATCH_ITEMS).keys()]);
    const unchanged = await timed(body);
    expect(unchanged.r.body.data.counts).toEqual({ stored: 0, updated: 0, unchanged: 1000, rejected: 0 });
    const updated = await timed(JSON.stringify({ items: items(MAX_BATCH_ITEMS, (i) => i + 1) }));
    expect(updated.r.body.data.counts).toEqual({ stored: 0, updated: 1000, unchanged: 0, rejected: 0 });
    // Not a timed assertion (the machine is shared); the numbers go into docs/internal-api.md.
    console.log(`1,000 items (${Math.round(body.length / 1024)} KB): stored ${stored.ms} ms, unchanged ${unchanged.ms} ms, updated ${updated.ms} ms`);
  }, 180_000);

  it("refuses a body larger than 512 KB with 413", async () => {
    const items = [{ kpiId: own.id, periodDate: "2026-06-30", value: 1, padding: "x".repeat(MAX_BATCH_BYTES) }];
    const r = await send({ items }, bearer(writeToken));
    expect(r.status).toBe(413);
    expect(r.body.error.message).toContain(String(MAX_BATCH_BYTES));
  });

  it("answers 400 with field errors to a body that is not { items: [...] }", async () => {
    const missing = await send({ values: [] }, { ...bearer(writeToken), "accept-language": "en" });
    expect(missing).toMatchObject({ status: 400, body: { error: { code: "VALIDATION", fieldErrors: { items: ["Please fill in this field."] } } } });
    const empty = await send({ items: [] }, bearer(writeToken));
    expect(empty).toMatchObject({ status: 400, body: { error: { fieldErrors: { items: [expect.any(String)] } } } });
    expect((await send("[1,2]", bearer(writeToken))).status).toBe(400);
    expect((await send("{items:", bearer(writeToken))).status).toBe(400);
  });

  it("refuses a READ token and a viewer's KPI_WRITE token (403), no credentials (401) and cookie writes without the CSRF defence's headers", async () => {
    const items = [{ kpiId: own.id, periodDate: "2026-06-30", value: 1 }];
    const before = await audits();
    // A token that can never record values is refused as a whole, before any item is looked at.
    const read = await send({ items }, bearer(readToken));
    expect(read).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    // The scope is there, but a viewer's role never records values.
    expect(await send({ items }, bearer(viewerWriteToken))).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    expect((await send({ items }, { "content-type": "application/json", origin: ORIGIN })).status).toBe(401);
    // A session cookie alone is not enough: same-origin (Origin or Sec-Fetch-Site) and JSON are required.
    const cookie = { cookie: "mm.session=x" };
    expect((await send({ items }, { ...cookie, "content-type": "application/json" })).status).toBe(403);
    expect((await send({ items }, { ...cookie, "content-type": "application/json", origin: "https://evil.example" })).status).toBe(403);
    expect((await send({ items }, { ...cookie, "content-type": "application/json", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await send({ items }, { ...cookie, "content-type": "text/plain", origin: ORIGIN })).status).toBe(415);
    expect(await audits()).toBe(before);
  });
});
