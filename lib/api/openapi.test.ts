// The internal API's OpenAPI document: valid OpenAPI 3.1 (by @readme/openapi-parser), every route
// file under app/api/v1 described, the bulk write's limits stated, and served only to the signed-in.
import fs from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { buildInternalOpenApi } from "./openapi";

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

  it("is served through the API helpers to signed-in users and tokens only", async () => {
    expect((GET as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("portfolio.read");
    const anonymous = await GET(new Request("http://localhost:3000/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(anonymous.status).toBe(401);
  });
});
