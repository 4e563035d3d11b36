// Redeems a one-time password reset link: the only write a signed-out person can make. Public by
// design (the 256-bit token in the body is the credential); accepts JSON only, so a cross-site form
// cannot post here without a CORS preflight, which this route never answers.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { currentRequestId } from "@/lib/request-id";
import { redeemResetLink } from "@/lib/users/password-reset";
import { passwordResetBody } from "@/lib/users/schemas";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "one-time password reset link; the token is the credential";

const NO_STORE = { "Cache-Control": "no-store" };
/** A token and a password fit easily; anything larger is refused before parsing. */
const MAX_BODY_BYTES = 8 * 1024;

function reply(body: Record<string, unknown>, status: number) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

export async function POST(request: Request) {
  const requestId = await currentRequestId();
  if (!/^application\/json(;|$)/i.test(request.headers.get("content-type") ?? "")) {
    return reply({ ok: false, code: "VALIDATION", message: "Send JSON." }, 415);
  }
  const text = Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES ? null : await request.text();
  if (text === null || text.length > MAX_BODY_BYTES) return reply({ ok: false, code: "VALIDATION", message: "Body too large." }, 413);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reply({ ok: false, code: "VALIDATION", message: "Malformed JSON." }, 400);
  }
  const parsed = passwordResetBody.safeParse(json);
  // A malformed token is reported like an unknown one: nothing to learn from the difference.
  if (!parsed.success) {
    const issues = parsed.error.issues;
    if (issues.some((i) => i.path[0] === "token")) return reply({ ok: false, code: "INVALID_LINK" }, 404);
    const policy = issues.some((i) => i.code === "too_big") ? "TOO_LONG" : "TOO_SHORT";
    return reply({ ok: false, code: "VALIDATION", fieldErrors: { password: [policy] } }, 400);
  }
  try {
    const result = await redeemResetLink(await db(), parsed.data, { requestId });
    if (result.ok) return reply({ ok: true }, 200);
    if (result.reason === "POLICY") return reply({ ok: false, code: "VALIDATION", fieldErrors: { password: [result.policy] } }, 400);
    return reply({ ok: false, code: "INVALID_LINK" }, 404);
  } catch (e) {
    const { log } = await import("@/lib/log");
    log.error("password reset failed", { requestId, error: e instanceof Error ? e.message : String(e) });
    return reply({ ok: false, code: "INTERNAL", requestId }, 500);
  }
}
