// The only way the internal JSON API's route handlers (app/api/v1/**) are built. `apiRead`,
// `apiDownload`, `apiAction` and `apiBatch` resolve who is asking (a personal access token, else the
// session cookie), check the policy (reads here, writes in the action builder), defend
// cookie-authenticated writes against CSRF (`writer`, for every write helper), limit request bodies
// (64 KB unless a route sets `maxBodyBytes`), and turn results and errors into one JSON shape:
//   success: { data }                                   200 (reads), 201 or as the route says (writes)
//   failure: { error: { code, message, fieldErrors? }, requestId }   status from httpStatusFor
//            (UNAVAILABLE, the database cannot be reached: 503 with Retry-After)
// Every response carries `Cache-Control: no-store`. Every helper brands the handler it returns;
// tests/authz/entrypoints.test.ts fails for any route handler without that brand.
import { z } from "zod";
import { passwordChangeRequired, type Action } from "@/lib/actions/define-action";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { currentUser } from "@/lib/auth/session";
import { assertCan, couldHold, type Actor, type Permission } from "@/lib/authz/policy";
import { db as sharedDb, type Db } from "@/lib/db/client";
import { RETRY_AFTER_SECONDS } from "@/lib/db/outage";
import { env } from "@/lib/env";
import { admitDownload } from "@/lib/exports/gate";
import { AppError, fromPrismaError, httpStatusFor, type ErrorCode } from "@/lib/errors/app-error";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { nulCharacterErrors, translateFieldErrors, zodFieldErrors } from "@/lib/i18n/validation";
import { log } from "@/lib/log";
import { requestIdFrom } from "@/lib/security/headers";
import { contentDisposition, queryObject } from "./http";
import { actorFromBearer, parseBearer } from "@/lib/tokens/verify";

type Params = Record<string, string | string[]>;
/** Next 16 hands route handlers their dynamic segments as a promise. */
export type RouteContext<P extends Params> = { params: Promise<P> };
export type ApiRouteHandler<P extends Params> = (request: Request, context: RouteContext<P>) => Promise<Response>;

export type ApiOptions = {
  /** The database to use; tests pass theirs, the app uses the shared one. */
  db?: Db;
  /** Writes: the largest request body accepted (413 above it). Default MAX_BODY_BYTES; raise it per route only where needed. */
  maxBodyBytes?: number;
};

export type ReadContext<P extends Params> = {
  actor: Actor;
  db: Db;
  request: Request;
  params: P;
  locale: Locale;
  requestId: string;
  /** Validates the query string with `schema`; invalid parameters end the request with 400 and field errors. */
  query: <S extends z.ZodType>(schema: S) => z.infer<S>;
};

export type ActionRequest = { body: Record<string, unknown>; request: Request };

/** Bodies of write requests are small JSON objects; anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;
const GENERIC_MESSAGE = "Something went wrong.";

/** An error response that is not an AppError's usual status (413, 415). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------
// The helpers
// ---------------------------------------------------------------------------

/**
 * The GET handlers' common part: resolves the actor, asserts `permission`, builds the read context
 * and lets `run` turn it into a response. Brands the handler with the permission.
 */
export function guardedRead<P extends Params>(
  permission: Permission,
  options: ApiOptions,
  run: (ctx: ReadContext<P>) => Promise<Response>,
): ApiRouteHandler<P> {
  const fn: ApiRouteHandler<P> = (request, context) =>
    respond(request, async ({ requestId, locale }) => {
      const actor = await resolveActor(request, options, requestId, locale);
      assertCan(actor, permission);
      const searchParams = new URL(request.url).searchParams;
      return run({
        actor,
        db: options.db ?? (await sharedDb()),
        request,
        params: await context.params,
        locale,
        requestId,
        query: (schema) => parseWith(schema, queryObject(searchParams), locale),
      });
    });
  Object.defineProperty(fn, BUILT_WITH_POLICY, { value: permission });
  return fn;
}

/** A GET handler: resolves the actor, asserts `permission`, returns `{ data: await handler(ctx) }`. */
export function apiRead<P extends Params = Params, T = unknown>(
  permission: Permission,
  handler: (ctx: ReadContext<P>) => Promise<T>,
  options: ApiOptions = {},
): ApiRouteHandler<P> {
  return guardedRead<P>(permission, options, async (ctx) => json({ data: await handler(ctx) }, 200));
}

/**
 * A GET handler for downloads (CSV, XLSX, PDF): like `apiRead`, but `handler` returns the body and
 * its headers itself. Errors still travel as the JSON error shape. Responses are `no-store`. With
 * `queued`, the export waits for a place in the export line first (status page, 503 when full).
 */
export function apiDownload<P extends Params = Params>(
  permission: Permission,
  handler: (ctx: ReadContext<P>) => Promise<{ body: BodyInit; contentType: string; filename?: string }>,
  options: ApiOptions & {
    /** A heavy export (PDF, workbook, large CSV): it takes a place in the export line (lib/exports/gate.ts) after the permission check. */
    queued?: boolean;
  } = {},
): ApiRouteHandler<P> {
  return guardedRead<P>(permission, options, async (ctx) => {
    let release = () => {};
    if (options.queued) {
      const admission = await admitDownload(ctx.request, ctx.locale, ctx.requestId);
      if (admission instanceof Response) return admission;
      release = admission.release;
    }
    let out: Awaited<ReturnType<typeof handler>>;
    try {
      out = await handler(ctx);
    } finally {
      release();
    }
    const headers: Record<string, string> = { "Content-Type": out.contentType, "Cache-Control": "no-store" };
    if (out.filename) headers["Content-Disposition"] = contentDisposition(out.filename);
    return new Response(out.body, { status: 200, headers });
  });
}


/**
 * A POST handler that runs `action` (built with defineAction, which checks the policy against the
 * loaded row and audits). `input` builds the action's raw input from the parsed JSON body and the
 * route's params; params should win over the body. Success is 201 unless `status` says otherwise.
 */
export function apiAction<I, T, P extends Params = Params>(
  action: Action<I, T>,
  options: ApiOptions & { input: (req: ActionRequest, params: P) => unknown; status?: (data: T) => number },
): ApiRouteHandler<P> {
  const fn: ApiRouteHandler<P> = (request, context) =>
    respond(request, async ({ requestId, locale }) => {
      const actor = await writer(request, options, requestId, locale);
      const body = await readJsonObject(request, options.maxBodyBytes);
      const raw = options.input({ body, request }, await context.params);
      const result = await action.execute(actor, raw, { requestId, locale, db: options.db });
      if (result.ok) return json({ data: result.data }, options.status?.(result.data) ?? 201);
      if (result.code === "INTERNAL") return errorResponse("INTERNAL", GENERIC_MESSAGE, requestId);
      // The builder has already put field errors into `locale`.
      return errorResponse(result.code, result.message, requestId, { fieldErrors: result.fieldErrors });
    });
  Object.defineProperty(fn, BUILT_WITH_POLICY, { value: action.name });
  return fn;
}

/** One item of a batch as answered: the action's data, or why it was rejected. */
export type BatchItemResult<T> = { index: number; ok: true; data: T } | { index: number; ok: false; code: ErrorCode; reason: string };

/** The envelope of a batch; the items themselves are validated one by one by the action. */
const batchBody = z.object({ items: z.array(z.unknown()).min(1) });

/**
 * A POST handler for machine imports: the body `{ items: [...] }` (1..maxItems, else 400 / 413)
 * runs `action` once per item, each in its own transaction (atomic per item: one bad item is
 * rejected with its code and reason, the others are kept), each authorized against its own row and
 * audited by the action builder. `answer` turns the per-item results into the response data (200).
 * Authentication and the CSRF defence are the same as apiAction's (`writer`).
 */
export function apiBatch<I, T, R, P extends Params = Params>(
  action: Action<I, T>,
  options: ApiOptions & {
    maxItems: number;
    item: (raw: unknown, params: P) => unknown;
    answer: (results: BatchItemResult<T>[], items: unknown[]) => R;
  },
): ApiRouteHandler<P> {
  const fn: ApiRouteHandler<P> = (request, context) =>
    respond(request, async ({ requestId, locale }) => {
      const actor = await writer(request, options, requestId, locale);
      // A caller that could never do this (a READ token, a viewer) is refused as a whole.
      if (!couldHold(actor, action.permission)) throw new AppError("FORBIDDEN", "You may not do this.");
      const { items } = parseWith(batchBody, await readJsonObject(request, options.maxBodyBytes), locale, 'Send { "items": [ … ] } with at least one item.');
      if (items.length > options.maxItems) throw new HttpProblem(413, "VALIDATION", `At most ${options.maxItems} items per request; split the batch.`);
      const params = await context.params;
      const results: BatchItemResult<T>[] = [];
      for (const [index, item] of items.entries()) {
        const r = await action.execute(actor, options.item(item, params), { requestId, locale, db: options.db });
        if (r.ok) results.push({ index, ok: true, data: r.data });
        else {
          const details = Object.entries(r.fieldErrors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
          const reason = r.code === "INTERNAL" ? GENERIC_MESSAGE : [r.message, ...details].join(" ");
          results.push({ index, ok: false, code: r.code, reason });
        }
      }
      return json({ data: options.answer(results, items) }, 200);
    });
  Object.defineProperty(fn, BUILT_WITH_POLICY, { value: action.name });
  return fn;
}

/**
 * Who may write: a token in the Authorization header, or the session cookie — then only for
 * same-origin JSON requests, since a browser sends the cookie on cross-site requests too (a
 * cross-site form can send neither JSON nor the Sec-Fetch-Site/Origin of this site).
 */
async function writer(request: Request, options: ApiOptions, requestId: string, locale: Locale): Promise<Actor> {
  if (!request.headers.has("authorization")) {
    // No credentials at all (no token, no cookie): 401 first, whatever the origin, so a client is
    // told to authenticate rather than about our CSRF rules.
    if (!request.headers.get("cookie")) throw new AppError("UNAUTHENTICATED", "Sign in or send a personal access token.");
    if (!isJsonContentType(request.headers.get("content-type"))) {
      throw new HttpProblem(415, "VALIDATION", "Send the request body as application/json.");
    }
    if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "Cross-origin requests are not accepted.");
  }
  const actor = await resolveActor(request, options, requestId, locale);
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send a personal access token.");
  return actor;
}

// ---------------------------------------------------------------------------
// Who is asking
// ---------------------------------------------------------------------------

/**
 * A request with an Authorization header is judged by its token alone (an invalid token is 401,
 * never a fall-back to the cookie). Otherwise the session cookie decides; without any cookie
 * there is no session, so next-auth is not asked (which also lets the helpers run outside Next).
 * A user who must change a temporary password is refused here, for every route and either way of
 * signing in (403 PASSWORD_CHANGE_REQUIRED): no API route changes a password.
 */
export async function resolveActor(request: Request, options: ApiOptions, requestId: string, locale: Locale): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  let actor: Actor | null;
  if (authorization !== null) {
    actor = parseBearer(authorization) ? await actorFromBearer(options.db ?? (await sharedDb()), authorization, new Date(), { requestId }) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "The token is invalid, expired or revoked.");
  } else {
    if (!request.headers.get("cookie")) return null;
    actor = await currentUser();
  }
  if (actor?.mustChangePassword) {
    const refused = passwordChangeRequired(locale);
    throw new AppError("PASSWORD_CHANGE_REQUIRED", refused.ok ? "" : refused.message);
  }
  return actor;
}

function isJsonContentType(value: string | null): boolean {
  return !!value && /^application\/json\s*(;|$)/i.test(value.trim());
}

/** Same origin by the browser's own word: Sec-Fetch-Site, or an Origin equal to ours. */
export function isSameOrigin(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "same-origin") return true;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  // Behind a reverse proxy the request URL may name the internal host; the configured public URL counts too.
  return origin === new URL(request.url).origin || origin === configuredOrigin();
}

function configuredOrigin(): string | null {
  try {
    return new URL(env().appUrl).origin;
  } catch {
    return null;
  }
}

/** The caller's language: the app's `locale` cookie, else Accept-Language, else German. */
export function localeOf(request: Request): Locale {
  const fromCookie = /(?:^|;\s*)locale=([^;]*)/.exec(request.headers.get("cookie") ?? "")?.[1];
  if (isLocale(fromCookie)) return fromCookie;
  for (const range of (request.headers.get("accept-language") ?? "").split(",")) {
    const language = range.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------


function parseWith<S extends z.ZodType>(schema: S, value: unknown, locale: Locale, message = "Some parameters are invalid."): z.infer<S> {
  const nul = nulCharacterErrors(value, locale);
  if (nul) throw new AppError("VALIDATION", "Some parameters contain a NUL character.", { fieldErrors: nul });
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION", message, { fieldErrors: zodFieldErrors(parsed.error, locale) });
}

async function readJsonObject(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  const text = await readText(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("VALIDATION", "The request body must be a JSON object.");
  return body as Record<string, unknown>;
}

/** The body as text, refusing more than `maxBytes` whether or not Content-Length says so. */
async function readText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new HttpProblem(413, "VALIDATION", `The request body must not exceed ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

function errorResponse(
  code: ErrorCode,
  message: string,
  requestId: string,
  { fieldErrors, status = httpStatusFor[code] }: { fieldErrors?: Record<string, string[]>; status?: number } = {},
): Response {
  // RFC 6750: tell clients which scheme to use (and, when a token was sent, that it was not accepted).
  const headers: Record<string, string> = code === "UNAUTHENTICATED" ? { "WWW-Authenticate": 'Bearer realm="masterplan-monitor"' } : {};
  // The database is unavailable: clients (and the city's scripts) are told when to try again.
  if (status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) }, requestId }, status, headers);
}

/** Runs a request and maps whatever it throws; unexpected errors are logged and answered generically. */
export async function respond(request: Request, run: (ctx: { requestId: string; locale: Locale }) => Promise<Response>): Promise<Response> {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  try {
    return await run({ requestId, locale: localeOf(request) });
  } catch (e) {
    if (e instanceof HttpProblem) return errorResponse(e.code, e.message, requestId, { status: e.status });
    const appError = e instanceof AppError ? e : fromPrismaError(e);
    if (appError && appError.code !== "INTERNAL") {
      const fieldErrors = translateFieldErrors(appError.details?.fieldErrors, localeOf(request));
      return errorResponse(appError.code, appError.message, requestId, { fieldErrors });
    }
    log.error("api request failed", { requestId, method: request.method, path: new URL(request.url).pathname, error: e });
    return errorResponse("INTERNAL", GENERIC_MESSAGE, requestId);
  }
}
