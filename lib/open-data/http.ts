// How every public open-data route handler (app/api/public/**) answers: query strings validated
// with zod (400 naming the parameter), results read through the public cache, CORS for any
// origin (GET/HEAD, plus the OPTIONS preflight), a short public Cache-Control, and JSON errors.
// No handler reads cookies or sessions: the data is the same for everyone.
import type { z } from "zod";
import { cachedPublic } from "@/lib/public/cache";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { requestIdFrom } from "@/lib/security/headers";
import { contentDisposition, queryObject } from "@/lib/api/http";

/** Every public route file exports this as its PUBLIC_ROUTE_REASON (tests/authz/entrypoints.test.ts). */
export const OPEN_DATA_REASON = "open data for citizens: published initiatives, milestones, KPIs, partners and budgets only; no cookies read";

/** Fresh enough for citizens, cheap for re-users polling the API; the server cache is emptied on every change. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "Content-Disposition, X-Request-Id",
  "Access-Control-Max-Age": "86400",
};

type Params = Record<string, string>;
export type PublicHandler = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;
export type LoadContext<Q> = { db: Db; query: Q; params: Params; url: URL };
export type Body = { body: string; contentType: string; filename?: string };

export class NotFound extends Error {}

/** The preflight answer: no body, the CORS headers. */
export async function preflight(): Promise<Response> {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL } });
}

/** A GET handler whose loader returns a JSON-serialisable value (or throws NotFound). */
export function publicJson<S extends z.ZodType>(schema: S, load: (ctx: LoadContext<z.infer<S>>) => Promise<unknown>): PublicHandler {
  return publicBody(schema, async (ctx) => ({ body: JSON.stringify(await load(ctx)), contentType: "application/json; charset=utf-8" }));
}

/** A GET handler whose loader produces the body itself (CSV, JSON-LD, OpenAPI). */
export function publicBody<S extends z.ZodType>(schema: S, load: (ctx: LoadContext<z.infer<S>>) => Promise<Body>): PublicHandler {
  return async (request, context) => {
    const requestId = requestIdFrom(request.headers.get("x-request-id"));
    try {
      const url = new URL(request.url);
      const parsed = schema.safeParse(queryObject(url.searchParams));
      if (!parsed.success) return validationError(parsed.error, requestId);
      const params = (await context?.params) ?? {};
      const database = await sharedDb();
      const key = `open-data:${url.pathname}:${JSON.stringify(parsed.data)}`;
      const out = await cachedPublic(database, key, () => load({ db: database, query: parsed.data, params, url }));
      const headers: Record<string, string> = { ...CORS_HEADERS, "Content-Type": out.contentType, "Cache-Control": PUBLIC_CACHE_CONTROL };
      if (out.filename) headers["Content-Disposition"] = contentDisposition(out.filename);
      return new Response(out.body, { status: 200, headers });
    } catch (e) {
      if (e instanceof NotFound) return errorResponse(404, "NOT_FOUND", e.message || "Not found.", requestId);
      log.error("open data request failed", { requestId, path: new URL(request.url).pathname, error: e });
      return errorResponse(500, "INTERNAL", "Something went wrong.", requestId);
    }
  };
}


/** 400 with one message list per offending parameter (unknown parameters are named too). */
function validationError(error: z.ZodError, requestId: string): Response {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) add(key, "unknown parameter");
    else add(String(issue.path[0] ?? "query"), issue.message);
  }
  const names = Object.keys(fieldErrors).join(", ");
  return errorResponse(400, "VALIDATION", `Invalid query parameter(s): ${names}.`, requestId, fieldErrors);
}

function errorResponse(status: number, code: string, message: string, requestId: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json(
    { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) }, requestId },
    { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } },
  );
}
