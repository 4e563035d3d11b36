// Plain HTML forms of the citizens' site (feedback, e-mail subscriptions) post to route handlers,
// so they work without JavaScript. Shared here: reading the urlencoded body with a size limit, the
// same-origin check (a browser sends Origin with every form POST), and the "flash" that carries
// field errors and what was typed back to the form page after a 303 redirect — a short-lived,
// HttpOnly cookie in the visitor's own browser, nothing kept on the server.
import zlib from "node:zlib";
import { env } from "@/lib/env";

const FORM_TYPE = /^application\/x-www-form-urlencoded(;|$)/i;
/** Cookies above ~4 KB are dropped by browsers; the message is left out of a flash that would not fit. */
const MAX_FLASH_CHARS = 3600;
export const FLASH_MAX_AGE_SECONDS = 600;

/** The form's fields, or an HTTP status to answer with. */
export async function readPublicForm(request: Request, maxBytes: number): Promise<Record<string, string> | number> {
  if (!FORM_TYPE.test(request.headers.get("content-type") ?? "")) return 415;
  if (!sameOrigin(request)) return 403;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return 413;
  const text = await request.text();
  if (text.length > maxBytes) return 413;
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(text)) if (!(k in out)) out[k] = v;
  return out;
}

/** A missing Origin (old browsers, curl) passes; a foreign one does not. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin !== "null";
  const allowed = new Set([new URL(env().appUrl).origin]);
  const host = request.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}

export function encodeFlash(value: { errors: Record<string, string[]>; values: Record<string, unknown> }): string {
  const pack = (v: unknown) => zlib.deflateRawSync(Buffer.from(JSON.stringify(v))).toString("base64url");
  const full = pack(value);
  if (full.length <= MAX_FLASH_CHARS) return full;
  return pack({ ...value, values: { ...value.values, message: "" } });
}

export function decodeFlash(raw: string | undefined): { errors: Record<string, string[]>; values: Record<string, unknown> } | null {
  if (!raw || raw.length > 4096) return null;
  try {
    const v = JSON.parse(zlib.inflateRawSync(Buffer.from(raw, "base64url")).toString("utf8")) as { errors?: unknown; values?: unknown };
    if (!v || typeof v !== "object" || typeof v.errors !== "object" || typeof v.values !== "object") return null;
    return v as { errors: Record<string, string[]>; values: Record<string, unknown> };
  } catch {
    return null;
  }
}

/** A 303 to `location` (a path), setting or clearing the flash cookie `name`. */
export function redirectWithFlash(location: string, name: string, flash: string | null): Response {
  const secure = env().secureCookies ? "; Secure" : "";
  const cookie = flash === null
    ? `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`
    : `${name}=${flash}; Path=/; Max-Age=${FLASH_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
  return new Response(null, { status: 303, headers: { Location: location, "Set-Cookie": cookie, "Cache-Control": "no-store" } });
}
