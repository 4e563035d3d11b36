// The API helpers called with plain Request objects. The first block uses the real route handlers
// on paths that are decided before any database is touched (CSRF, missing credentials); the
// second builds the same handlers with the test database (`{ db }`) and drives them with tokens.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getInitiative } from "@/app/api/v1/initiatives/[code]/route";
import { GET as listInitiatives } from "@/app/api/v1/initiatives/route";
import { POST as postMeasurement } from "@/app/api/v1/kpis/[id]/measurements/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { AppError } from "@/lib/errors/app-error";
import { getInitiativeDetailForApi, listPortfolioForApi, portfolioFilterInput } from "@/lib/initiatives/api-queries";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/mutations";
import { useTestDatabase } from "@/tests/db";
import { apiAction, apiBatch, apiRead, MAX_BODY_BYTES, type BatchItemResult } from "./route";

const ORIGIN = "http://localhost:3000";
const KPI_ID = "0190aaaa-0000-7000-8000-000000000001";
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

function post(path: string, { headers = {}, body = "{}" }: { headers?: Record<string, string>; body?: string } = {}) {
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers, body });
}

async function errorOf(response: Response) {
  expect(response.headers.get("cache-control")).toBe("no-store");
  return ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> }; requestId: string });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("route handlers without a database", () => {
  it("are branded with the permission or action they were built with (not enumerable)", () => {
    expect((listInitiatives as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("portfolio.read");
    expect((getInitiative as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("portfolio.read");
    expect((postMeasurement as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("kpiMeasurement.record");
    expect(Object.getOwnPropertyDescriptor(postMeasurement, BUILT_WITH_POLICY)?.enumerable).toBe(false);
  });

  it("refuses a cookie-authenticated write that is not JSON with 415", async () => {
    const response = await postMeasurement(
      post(`/api/v1/kpis/${KPI_ID}/measurements`, { headers: { "content-type": "text/plain", origin: ORIGIN, cookie: "mm.session=x" } }),
      params({ id: KPI_ID }),
    );
    expect(response.status).toBe(415);
    const body = await errorOf(response);
    expect(body.error.code).toBe("VALIDATION");
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a cross-origin write without a token with 403", async () => {
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      {}, // neither Origin nor Sec-Fetch-Site: not provably same-origin
    ];
    for (const extra of attempts) {
      const response = await postMeasurement(
        post(`/api/v1/kpis/${KPI_ID}/measurements`, { headers: { "content-type": "application/json", cookie: "mm.session=x", ...extra } }),
        params({ id: KPI_ID }),
      );
      expect(response.status, JSON.stringify(extra)).toBe(403);
      expect((await errorOf(response)).error.code).toBe("FORBIDDEN");
    }
  });

  it("answers 401 to a write without any credentials before judging its origin or body", async () => {
    for (const extra of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, {}, { "content-type": "text/plain" }] as Record<string, string>[]) {
      const response = await postMeasurement(post(`/api/v1/kpis/${KPI_ID}/measurements`, { headers: { "content-type": "application/json", ...extra } }), params({ id: KPI_ID }));
      expect(response.status, JSON.stringify(extra)).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("answers 401 to a same-origin write without credentials", async () => {
    const sameOrigins: Record<string, string>[] = [{ origin: ORIGIN }, { "sec-fetch-site": "same-origin" }];
    for (const sameOrigin of sameOrigins) {
      const response = await postMeasurement(
        post(`/api/v1/kpis/${KPI_ID}/measurements`, { headers: { "content-type": "application/json; charset=utf-8", ...sameOrigin } }),
        params({ id: KPI_ID }),
      );
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await errorOf(response)).error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers 401 to reads without credentials or with a malformed token", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer not-a-token" }, { authorization: "Basic Zm9vOmJhcg==" }];
    for (const headers of attempts) {
      const response = await listInitiatives(new Request(`${ORIGIN}/api/v1/initiatives`, { headers }), params({}));
      expect(response.status).toBe(401);
      expect((await errorOf(response)).error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("echoes a well-formed request id", async () => {
    const response = await listInitiatives(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: { "x-request-id": "req-12345678" } }), params({}));
    expect((await errorOf(response)).requestId).toBe("req-12345678");
  });
});

describe("route handlers with tokens and the test database", () => {
  let t: TestDatabase;
  let lead: Actor;
  let viewer: Actor;
  let kpi: { id: string; baselineDate: Date };
  let readToken: string;
  let writeToken: string;

  const list = () => apiRead("portfolio.read", ({ db, actor, query }) => listPortfolioForApi(db, actor, query(portfolioFilterInput)), { db: t.prisma });
  const detail = () =>
    apiRead<{ code: string }>(
      "portfolio.read",
      async ({ db, actor, params: p }) => {
        const initiative = await getInitiativeDetailForApi(db, actor, p.code);
        if (!initiative) throw new AppError("NOT_FOUND", "No initiative with this code.");
        return initiative;
      },
      { db: t.prisma },
    );
  const record = () =>
    apiAction(recordKpiMeasurementAction, {
      input: ({ body }, p: { id: string }) => ({ ...body, kpiId: p.id }),
      status: (data) => (data.updated ? 200 : 201),
      db: t.prisma,
    });

  async function sessionActor(email: string): Promise<Actor> {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, departmentId: true } });
    return { ...u, via: "session" };
  }
  async function token(owner: Actor, scopes: string[]) {
    const result = await createTokenAction.execute(owner, { name: "api test", scopes }, { db: t.prisma });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data;
  }
  const bearer = (secret: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${secret}`, ...extra });
  const recordWith = (secret: string, id: string, body: unknown, extra: Record<string, string> = {}) =>
    record()(post(`/api/v1/kpis/${id}/measurements`, { headers: bearer(secret, extra), body: typeof body === "string" ? body : JSON.stringify(body) }), params({ id }));

  beforeAll(async () => {
    t = await useTestDatabase("demo");
    lead = await sessionActor("projektleitung@demo.masterplan.example");
    viewer = await sessionActor("betrachter@demo.masterplan.example");
    readToken = (await token(viewer, ["READ"])).token;
    writeToken = (await token(lead, ["KPI_WRITE"])).token;
    kpi = await t.prisma.kpi.findFirstOrThrow({ where: { initiative: { code: "VER-01" } }, select: { id: true, baselineDate: true } });
  });

  it("answers 400 naming the field, never 500, for a NUL character in a body or a query", async () => {
    const body = await recordWith(writeToken, kpi.id, { periodDate: "2026-10-05", value: 1, note: "Zähler\u0000ausfall" }, { "accept-language": "de" });
    expect(body.status).toBe(400);
    expect((await body.json()).error).toMatchObject({ code: "VALIDATION", fieldErrors: { note: [expect.stringMatching(/Steuerzeichen/)] } });
    const query = await list()(new Request(`${ORIGIN}/api/v1/initiatives?field=a%00b`, { headers: bearer(readToken, { "accept-language": "en" }) }), params({}));
    expect(query.status).toBe(400);
    expect((await query.json()).error.fieldErrors).toEqual({ field: [expect.stringMatching(/\(NUL\)/)] });
    expect(await t.prisma.kpiMeasurement.count({ where: { kpiId: kpi.id, periodDate: new Date("2026-10-05") } })).toBe(0);
  });

  it("lists the portfolio for a READ token, with exactly the documented fields", async () => {
    const response = await list()(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: bearer(readToken) }), params({}));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { data } = (await response.json()) as { data: Record<string, unknown>[] };
    expect(data.length).toBe(await t.prisma.initiative.count({ where: { archivedAt: null } }));
    expect(Object.keys(data[0]!).sort()).toEqual(
      ["code", "departmentCode", "fieldOfActionCode", "health", "slug", "status", "title", "updatedAt", "visibility"].sort(),
    );
  });

  it("filters by status, field of action and department", async () => {
    const url = `${ORIGIN}/api/v1/initiatives?status=IN_PROGRESS&field=ver&department=DIGI`;
    const response = await list()(new Request(url, { headers: bearer(readToken) }), params({}));
    const { data } = (await response.json()) as { data: { status: string; fieldOfActionCode: string; departmentCode: string }[] };
    expect(data.length).toBeGreaterThan(0);
    for (const row of data) expect(row).toMatchObject({ status: "IN_PROGRESS", fieldOfActionCode: "VER", departmentCode: "DIGI" });
  });

  it("rejects invalid and unknown query parameters with 400 and field errors in the caller's language", async () => {
    const bad = await list()(new Request(`${ORIGIN}/api/v1/initiatives?status=DONE`, { headers: bearer(readToken, { "accept-language": "en-GB,en;q=0.8" }) }), params({}));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).error.fieldErrors).toEqual({ status: ["Please choose one of the offered values."] });
    const unknown = await list()(new Request(`${ORIGIN}/api/v1/initiatives?stauts=DONE`, { headers: bearer(readToken) }), params({}));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).error.fieldErrors?._form).toEqual(["Unbekanntes Feld."]);
  });

  it("returns an initiative with milestones and KPIs, and 404 for an unknown code", async () => {
    const response = await detail()(new Request(`${ORIGIN}/api/v1/initiatives/VER-01`, { headers: bearer(readToken) }), params({ code: "VER-01" }));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as {
      data: { code: string; milestones: unknown[]; kpis: { id: string; latestMeasurement: { periodDate: string; value: number } | null }[] };
    };
    expect(data.code).toBe("VER-01");
    expect(data.milestones.length).toBeGreaterThan(0);
    expect(data.kpis.map((k) => k.id)).toContain(kpi.id);
    expect(data.kpis[0]!.latestMeasurement?.periodDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof data.kpis[0]!.latestMeasurement?.value).toBe("number");

    for (const code of ["XXX-99", "ver 01"]) {
      const missing = await detail()(new Request(`${ORIGIN}/api/v1/initiatives/x`, { headers: bearer(readToken) }), params({ code }));
      expect(missing.status).toBe(404);
      expect((await errorOf(missing)).error.code).toBe("NOT_FOUND");
    }
  });

  it("answers 401 to a revoked token", async () => {
    const created = await token(viewer, ["READ"]);
    await revokeTokenAction.execute(viewer, { id: created.id }, { db: t.prisma });
    const response = await list()(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: bearer(created.token) }), params({}));
    expect(response.status).toBe(401);
  });

  it("records a measurement through a KPI_WRITE token: 201 created, then 200 updated for the same date", async () => {
    const periodDate = new Date(kpi.baselineDate.getTime() + 86_400_000).toISOString().slice(0, 10);
    // A token request needs no JSON content type and no Origin: browsers cannot attach it cross-site.
    const created = await recordWith(writeToken, kpi.id, { periodDate, value: 42 });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ data: { kpiId: kpi.id, periodDate, value: 42, updated: false } });
    const updated = await recordWith(writeToken, kpi.id, { periodDate, value: 43, note: "korrigiert" });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ data: { value: 43, note: "korrigiert", updated: true, version: 2 } });
    expect(await t.prisma.kpiMeasurement.count({ where: { kpiId: kpi.id, periodDate: new Date(periodDate) } })).toBe(1);
  });

  it("takes the KPI from the URL, never from the body", async () => {
    const other = await t.prisma.kpi.findFirstOrThrow({ where: { scope: "MASTERPLAN" }, select: { id: true } });
    const periodDate = new Date(kpi.baselineDate.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const response = await recordWith(writeToken, kpi.id, { kpiId: other.id, periodDate, value: 1 });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { data: { kpiId: string } }).data.kpiId).toBe(kpi.id);
  });

  it("answers 403 to a READ token and to a KPI_WRITE token of a viewer", async () => {
    const viewerWrite = (await token(viewer, ["KPI_WRITE"])).token;
    for (const secret of [readToken, viewerWrite]) {
      const response = await recordWith(secret, kpi.id, { periodDate: "2024-01-01", value: 1 });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).error.code).toBe("FORBIDDEN");
    }
  });

  it("answers 400 to bad JSON, to a body that is not an object and to implausible values, 413 to a huge body", async () => {
    for (const body of ["{not json", "[1,2]", "null", ""]) {
      const response = await recordWith(writeToken, kpi.id, body);
      expect(response.status, body).toBe(400);
      expect((await errorOf(response)).error.code).toBe("VALIDATION");
    }
    const future = await recordWith(writeToken, kpi.id, { periodDate: "2999-01-01", value: 1 }, { "accept-language": "en" });
    expect(future.status).toBe(400);
    expect((await errorOf(future)).error.fieldErrors).toEqual({ periodDate: ["The date must not be in the future."] });
    const german = await recordWith(writeToken, kpi.id, { periodDate: "2999-01-01", value: 1.5 });
    expect((await errorOf(german)).error.fieldErrors).toEqual({
      periodDate: ["Das Datum darf nicht in der Zukunft liegen."],
      value: ["Diese Kennzahl nimmt nur ganze Zahlen an."],
    });
    const huge = await recordWith(writeToken, kpi.id, JSON.stringify({ note: "x".repeat(MAX_BODY_BYTES) }));
    expect(huge.status).toBe(413);
  });

  it("keeps the default body limit of 64 KB unless a route raises its own", async () => {
    const periodDate = new Date(kpi.baselineDate.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    // 100 KB: a field the action does not know pads the body (zod strips it before any write).
    const body = JSON.stringify({ periodDate, value: 7, padding: "x".repeat(100 * 1024) });
    expect((await recordWith(writeToken, kpi.id, body)).status).toBe(413);
    const roomy = apiAction(recordKpiMeasurementAction, { input: ({ body: b }, p: { id: string }) => ({ ...b, kpiId: p.id }), db: t.prisma, maxBodyBytes: 128 * 1024 });
    const request = (text: string, extra: Record<string, string> = {}) =>
      post(`/api/v1/kpis/${kpi.id}/measurements`, { headers: bearer(writeToken, extra), body: text });
    expect((await roomy(request(body), params({ id: kpi.id }))).status).toBe(201);
    // Above the raised limit: refused whether or not Content-Length says so.
    const tooLarge = JSON.stringify({ periodDate, value: 7, padding: "x".repeat(130 * 1024) });
    expect((await roomy(request(tooLarge), params({ id: kpi.id }))).status).toBe(413);
    const claimed = await roomy(request("{}", { "content-length": String(129 * 1024) }), params({ id: kpi.id }));
    expect(claimed.status).toBe(413);
    expect((await errorOf(claimed)).error.message).toContain(String(128 * 1024));
  });

  it("answers 404 to an unknown KPI and 400 to a malformed KPI id", async () => {
    expect((await recordWith(writeToken, "0190aaaa-0000-7000-8000-000000000000", { periodDate: "2024-01-01", value: 1 })).status).toBe(404);
    const malformed = await recordWith(writeToken, "abc", { periodDate: "2024-01-01", value: 1 });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).error.fieldErrors?.kpiId).toBeDefined();
  });

  it("answers an unexpected error with 500, a generic message and the request id, and logs the details", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const failing = apiRead(
      "portfolio.read",
      async () => {
        throw new Error("connection to db-internal.example failed");
      },
      { db: t.prisma },
    );
    const response = await failing(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: bearer(readToken, { "x-request-id": "req-failure-1" }) }), params({}));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL", message: "Something went wrong." }, requestId: "req-failure-1" });
    const logged = stderr.mock.calls.map((c) => String(c[0])).join("");
    expect(logged).toContain("req-failure-1");
    expect(logged).toContain("db-internal.example");
    expect(logged).not.toContain(readToken);
  });
});

describe("apiBatch", () => {
  let t: TestDatabase;
  let lead: Actor;
  let kpi: { id: string };
  let writeToken: string;
  let readToken: string;
  type Recorded = { updated: boolean; unchanged: boolean };
  const batch = (maxBodyBytes?: number) =>
    apiBatch(recordKpiMeasurementAction, {
      maxItems: 3,
      maxBodyBytes,
      item: (raw) => raw,
      answer: (results: BatchItemResult<Recorded>[]) => results.map((r) => (r.ok ? "ok" : r.code)),
      db: t.prisma,
    });
  const send = (body: unknown, headers: Record<string, string>, maxBodyBytes?: number) =>
    batch(maxBodyBytes)(post("/api/v1/kpis/measurements", { headers, body: typeof body === "string" ? body : JSON.stringify(body) }), params({}));
  const item = (day: number, value = 1) => ({ kpiId: kpi.id, periodDate: `2026-10-${String(day).padStart(2, "0")}`, value });

  beforeAll(async () => {
    t = await useTestDatabase("demo");
    const email = "projektleitung@demo.masterplan.example";
    const u = await t.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, departmentId: true } });
    lead = { ...u, via: "session" };
    const token = async (scopes: string[]) => {
      const r = await createTokenAction.execute(lead, { name: "batch test", scopes }, { db: t.prisma });
      if (!r.ok) throw new Error(JSON.stringify(r));
      return r.data.token;
    };
    writeToken = await token(["KPI_WRITE"]);
    readToken = await token(["READ"]);
    kpi = await t.prisma.kpi.findFirstOrThrow({ where: { initiative: { leads: { some: { userId: lead.id } } }, baselineDate: { lt: new Date("2026-10-01") } }, select: { id: true } });
  });

  it("runs the action once per item, each on its own, and answers 200", async () => {
    const response = await send({ items: [item(1), { ...item(2), value: "viel" }, item(3)] }, { authorization: `Bearer ${writeToken}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: ["ok", "VALIDATION", "ok"] });
    expect(await t.prisma.kpiMeasurement.count({ where: { kpiId: kpi.id, periodDate: { in: [new Date("2026-10-01"), new Date("2026-10-03")] } } })).toBe(2);
  });

  it("answers 400 with field errors to a body that is not { items: [...] } with at least one item", async () => {
    const headers = { authorization: `Bearer ${writeToken}`, "accept-language": "en" };
    for (const [body, field] of [
      [{ values: [item(4)] }, "items"],
      [{ items: "1,2" }, "items"],
      [{ items: [] }, "items"],
      ["[1]", null],
      ["{", null],
    ] as const) {
      const response = await send(body, headers);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await errorOf(response);
      expect(error.code).toBe("VALIDATION");
      if (field) expect(error.fieldErrors?.[field]?.[0], JSON.stringify(body)).toMatch(/^[A-Z]/);
    }
  });

  it("answers 413 to more items than the route takes, before running any", async () => {
    const before = await t.prisma.kpiMeasurement.count();
    const response = await send({ items: [item(5), item(6), item(7), item(8)] }, { authorization: `Bearer ${writeToken}` });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).error.message).toContain("At most 3 items");
    expect(await t.prisma.kpiMeasurement.count()).toBe(before);
  });

  it("keeps the 64 KB default unless the route raises it", async () => {
    const padded = JSON.stringify({ items: [{ ...item(9), padding: "x".repeat(70 * 1024) }] });
    expect((await send(padded, { authorization: `Bearer ${writeToken}` })).status).toBe(413);
    expect((await send(padded, { authorization: `Bearer ${writeToken}` }, 128 * 1024)).status).toBe(200);
  });

  it("refuses a token without the action's scope as a whole, before reading the body", async () => {
    const response = await send("{ not even json", { authorization: `Bearer ${readToken}` });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).error.code).toBe("FORBIDDEN");
  });

  it("defends cookie writes against CSRF exactly as apiAction does", async () => {
    const cookie = { cookie: "mm.session=x" };
    expect((await send({ items: [item(10)] }, { ...cookie, "content-type": "text/plain", origin: ORIGIN })).status).toBe(415);
    const attempts: Record<string, string>[] = [{}, { origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }];
    for (const extra of attempts) {
      const response = await send({ items: [item(10)] }, { ...cookie, "content-type": "application/json", ...extra });
      expect(response.status, JSON.stringify(extra)).toBe(403);
    }
    const anonymous = await send({ items: [item(10)] }, { "content-type": "application/json", origin: ORIGIN });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});
