// The internal API's OpenAPI document: valid OpenAPI 3.1 (by @readme/openapi-parser), every route
// file under app/api/v1 described, the bulk write's limits stated, served only to the signed-in, and
// its response schemas matching what the reads and the measurement action really return.
import fs from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { getInitiativeDetailForApi, listPortfolioForApi } from "@/lib/initiatives/api-queries";
import { measurementOutput } from "@/lib/kpis/bulk-measurements";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { actorFor, useTestDatabase } from "@/tests/db";
import { buildInternalOpenApi } from "./openapi";
import { initiativeDetailOutput, portfolioRowOutput } from "./openapi-responses";

/** app/api/v1/kpis/[id]/measurements/route.ts → /api/v1/kpis/{id}/measurements */
function routePaths(dir = path.join(process.cwd(), "app", "api", "v1")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routePaths(p);
    if (e.name !== "route.ts") return [];
    return [`/${path.relative(path.join(process.cwd(), "app"), path.dirname(p)).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}")}`];
  });
}

describe("internal OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const doc = buildInternalOpenApi();
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("describes every route under app/api/v1", () => {
    const documented = Object.keys(buildInternalOpenApi().paths);
    const routes = routePaths();
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(routes.filter((r) => !documented.includes(r))).toEqual([]);
  });

  it("states the bulk write's item limit and its per-item results", () => {
    const bulk = buildInternalOpenApi().paths["/api/v1/kpis/measurements"].post;
    expect(JSON.stringify(bulk.requestBody)).toContain('"maxItems":1000');
    expect(Object.keys(bulk.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "413"]));
    expect(JSON.stringify(bulk.responses["200"])).toContain('"unchanged"');
  });

  it("documents 401, 403, 400, 413 and 503 with the one error shape for both measurement writes", () => {
    const doc = buildInternalOpenApi();
    for (const op of [doc.paths["/api/v1/kpis/measurements"].post, doc.paths["/api/v1/kpis/{id}/measurements"].post]) {
      expect(op.responses["503"].headers["Retry-After"]).toBeTruthy();
      for (const status of ["400", "401", "403", "413", "503"] as const) {
        expect(op.responses[status].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
    expect(doc.paths["/api/v1/kpis/{id}/measurements"].post.responses["413"].description).toContain("64 KB");
    expect(doc.paths["/api/v1/kpis/measurements"].post.responses["413"].description).toContain("512 KB");
    // Both security schemes: a bearer token (scopes named) and the session cookie.
    expect(Object.keys(doc.components.securitySchemes)).toEqual(["bearerToken", "sessionCookie"]);
    expect(doc.components.securitySchemes.bearerToken.description).toMatch(/READ.*KPI_WRITE/);
  });

  it("documents a decimal string as a bulk value", () => {
    const value = JSON.stringify(buildInternalOpenApi().paths["/api/v1/kpis/measurements"].post.requestBody);
    expect(value).toContain('"anyOf"');
    expect(value).toContain('"pattern"');
  });

  it("has response schemas that match the real answers field for field", async () => {
    const t = await useTestDatabase("demo");
    const lead = await actorFor(t, "projektleitung@demo.masterplan.example");
    const rows = await listPortfolioForApi(t.prisma, lead);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) portfolioRowOutput.parse(row);
    // Every initiative of the demo plan, so optional parts (archived, no KPIs, null dates) are seen too.
    for (const { code } of rows) initiativeDetailOutput.parse(await getInitiativeDetailForApi(t.prisma, lead, code));
    const kpi = await t.prisma.kpi.findFirstOrThrow({ where: { initiative: { leads: { some: { userId: lead.id } } } }, select: { id: true } });
    const recorded = await recordKpiMeasurementAction.execute(lead, { kpiId: kpi.id, periodDate: "2026-11-01", value: 3 }, { db: t.prisma });
    expect(recorded.ok).toBe(true);
    if (recorded.ok) measurementOutput.parse(recorded.data);
  }, 60_000);

  it("is served through the API helpers to signed-in users and tokens only", async () => {
    expect((GET as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("portfolio.read");
    const anonymous = await GET(new Request("http://localhost:3000/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(anonymous.status).toBe(401);
  });
});
