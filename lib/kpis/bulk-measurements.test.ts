// POST /api/v1/kpis/measurements against the demo database with real tokens: a mixed batch
// (stored, updated, unchanged, rejected for an unknown KPI and for another department's KPI), each
// item atomic and audited on its own; 1,001 items 413; a malformed body 400; a READ token 403; no
// credentials 401; a cookie write from another site refused. Also the re-sent batch: all unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/kpis/measurements/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { apiBatch } from "@/lib/api/route";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { createTokenAction } from "@/lib/tokens/mutations";
import { actorFor, useTestDatabase } from "@/tests/db";
import { answerMeasurementBatch, MAX_BATCH_BYTES, MAX_BATCH_ITEMS } from "./bulk-measurements";
import { recordKpiMeasurementAction } from "./mutations";

const ORIGIN = "http://localhost:3000";
const UNKNOWN = "0190aaaa-0000-7000-8000-000000000099";
let t: TestDatabase;
let lead: Actor;
let writeToken: string;
let readToken: string;
let own: { id: string };
let foreign: { id: string };

const route = () =>
  apiBatch(recordKpiMeasurementAction, { maxItems: MAX_BATCH_ITEMS, maxBodyBytes: MAX_BATCH_BYTES, item: (raw) => raw, answer: answerMeasurementBatch, db: t.prisma });

async function send(body: unknown, headers: Record<string, string>) {
  const response = await route()(
    new Request(`${ORIGIN}/api/v1/kpis/measurements`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, "content-type": "application/json" });

beforeAll(async () => {
  t = await useTestDatabase("demo");
  lead = await actorFor(t, "projektleitung@demo.masterplan.example");
  const viewer = await actorFor(t, "betrachter@demo.masterplan.example");
  const token = async (owner: Actor, scopes: string[]) => {
    const r = await createTokenAction.execute(owner, { name: "bulk test", scopes }, { db: t.prisma });
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.data.token;
  };
  writeToken = await token(lead, ["KPI_WRITE"]);
  readToken = await token(viewer, ["READ"]);
  own = await t.prisma.kpi.findFirstOrThrow({ where: { initiative: { leads: { some: { userId: lead.id } } } }, select: { id: true } });
  foreign = await t.prisma.kpi.findFirstOrThrow({ where: { scope: "INITIATIVE", initiative: { leads: { none: { userId: lead.id } }, departmentId: { not: lead.departmentId! } } }, select: { id: true } });
});

describe("POST /api/v1/kpis/measurements", () => {
  it("is built with the measurement action", () => {
    expect((POST as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("kpiMeasurement.record");
  });

  it("answers each item on its own: stored, updated, unchanged, rejected", async () => {
    await t.prisma.kpiMeasurement.deleteMany({ where: { kpiId: own.id, periodDate: { in: [new Date("2026-03-31"), new Date("2026-06-30")] } } });
    const first = await send({ items: [{ kpiId: own.id, periodDate: "2026-03-31", value: 10 }] }, bearer(writeToken));
    expect(first).toMatchObject({ status: 200, body: { data: { counts: { stored: 1 } } } });
    const auditBefore = await t.prisma.auditEvent.count({ where: { action: "kpiMeasurement.record" } });

    const batch = {
      items: [
        { kpiId: own.id, periodDate: "2026-06-30", value: 12, note: "Q2" },
        { kpiId: own.id, periodDate: "2026-03-31", value: 11 },
        { kpiId: UNKNOWN, periodDate: "2026-06-30", value: 1 },
        { kpiId: foreign.id, periodDate: "2026-06-30", value: 1 },
        { kpiId: own.id, periodDate: "2099-01-01", value: 1 },
        { kpiId: own.id, periodDate: "30.06.2026", value: "viel" },
      ],
    };
    const r = await send(batch, bearer(writeToken));
    expect(r.status).toBe(200);
    expect(r.body.data.results.map((x: { status: string; code?: string }) => [x.status, x.code ?? null])).toEqual([
      ["stored", null],
      ["updated", null],
      ["rejected", "NOT_FOUND"],
      ["rejected", "FORBIDDEN"],
      ["rejected", "VALIDATION"],
      ["rejected", "VALIDATION"],
    ]);
    expect(r.body.data.counts).toEqual({ stored: 1, updated: 1, unchanged: 0, rejected: 4 });
    expect(r.body.data.results[0]).toMatchObject({ index: 0, kpiId: own.id, periodDate: "2026-06-30" });
    expect(r.body.data.results[4].reason).toMatch(/periodDate/);
    // One audit event per stored or updated item; the rejected ones wrote nothing.
    expect(await t.prisma.auditEvent.count({ where: { action: "kpiMeasurement.record" } })).toBe(auditBefore + 2);

    // The platform sends the same batch again: the two good items are unchanged, nothing is audited.
    const again = await send(batch, bearer(writeToken));
    expect(again.body.data.counts).toEqual({ stored: 0, updated: 0, unchanged: 2, rejected: 4 });
    expect(await t.prisma.auditEvent.count({ where: { action: "kpiMeasurement.record" } })).toBe(auditBefore + 2);
  });

  it("takes 1,000 items and refuses 1,001 with 413", async () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ kpiId: own.id, periodDate: "2026-06-30", value: i }));
    const tooMany = await send({ items: items(MAX_BATCH_ITEMS + 1) }, bearer(writeToken));
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.message).toContain("1000");
    const started = performance.now();
    const ok = await send({ items: items(MAX_BATCH_ITEMS) }, bearer(writeToken));
    expect(ok.status).toBe(200);
    expect(ok.body.data.results).toHaveLength(MAX_BATCH_ITEMS);
    console.log(`1,000 items in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  it("refuses a malformed body, a READ token, no credentials and a cross-site cookie write", async () => {
    expect((await send({ values: [] }, bearer(writeToken))).status).toBe(400);
    expect((await send("[1,2]", bearer(writeToken))).status).toBe(400);
    // A token that can never record values is refused as a whole, before any item is looked at.
    const read = await send({ items: [{ kpiId: own.id, periodDate: "2026-06-30", value: 1 }] }, bearer(readToken));
    expect(read).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    expect((await send({ items: [] }, { "content-type": "application/json", origin: ORIGIN })).status).toBe(401);
    expect((await send({ items: [] }, { "content-type": "application/json", origin: "https://evil.example", cookie: "mm.session=x" })).status).toBe(403);
  });
});
