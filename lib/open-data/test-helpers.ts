// Test helpers for the open-data routes: the route module behind an API path, and calling its
// handlers with plain Requests (as Next does). Tests point lib/db/client's `db()` at their own
// database with vi.mock, so the real route files run unchanged.
import path from "node:path";
import type { PublicHandler } from "./http";

export const ORIGIN = "http://localhost:3000";
type RouteModule = { GET: PublicHandler; HEAD: PublicHandler; OPTIONS: () => Promise<Response>; PUBLIC_ROUTE_REASON: string };

/** The route file for an OpenAPI path ("/initiatives/{slug}" → app/api/public/v1/initiatives/[slug]/route.ts). */
export function routeFileFor(apiPath: string): string {
  const segments = apiPath.replace(/\{(\w+)\}/g, "[$1]");
  return path.join(process.cwd(), "app", "api", "public", "v1", segments, "route.ts");
}

export async function routeModule(apiPath: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ routeFileFor(apiPath))) as RouteModule;
}

/** GETs `apiPath` (OpenAPI form) with `params` filled into the path, and `search` as the query string. */
export async function callRoute(
  apiPath: string,
  { params = {}, search = "", headers = {}, method = "GET" }: { params?: Record<string, string>; search?: string; headers?: Record<string, string>; method?: "GET" | "HEAD" } = {},
): Promise<Response> {
  const mod = await routeModule(apiPath);
  const concrete = apiPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const request = new Request(`${ORIGIN}/api/public/v1${concrete}${search}`, { method, headers });
  return mod[method](request, { params: Promise.resolve(params) });
}

export async function getJson<T = { data: unknown; meta?: { total: number; next: string | null } }>(
  apiPath: string,
  options: Parameters<typeof callRoute>[1] = {},
): Promise<T> {
  const response = await callRoute(apiPath, options);
  if (response.status !== 200) throw new Error(`${apiPath}${options.search ?? ""} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
