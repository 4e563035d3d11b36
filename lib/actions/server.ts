// Glue between the action builder and Next.js: server actions and JSON routes are made only
// through these helpers, which resolve who is asking and hand everything else to the action.
// A test enumerates every exported server action and route handler and fails unless it carries
// the brand set here.
import { getLocale } from "next-intl/server";
import { writeSessionClaims } from "@/lib/auth/session-claims";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/config";
import { currentRequestId } from "@/lib/request-id";
import type { Action, ActionResult } from "./define-action";

export const BUILT_WITH_POLICY = Symbol.for("masterplan-monitor.built-with-policy");

export type ServerAction<T> = ((raw: unknown) => Promise<ActionResult<T>>) & { [BUILT_WITH_POLICY]?: string };

/** A server action (for forms) that runs `action` as the signed-in user. */
export function serverAction<I, T>(action: Action<I, T>): ServerAction<T> {
  const fn: ServerAction<T> = async (raw: unknown) => {
    const [actor, locale, requestId] = await Promise.all([currentUser().catch(unavailableResult), getLocale(), currentRequestId()]);
    if (actor instanceof AppError) return { ok: false, code: actor.code, message: actor.message, requestId };
    const result = await action.execute(actor, raw, { locale: isLocale(locale) ? locale : undefined, requestId });
    // Second factor proven or credentials re-entered: the session cookie records it.
    const claims = result.ok && actor && action.sessionClaims?.(result.data, actor);
    if (claims) await writeSessionClaims(actor!.id, claims);
    return result;
  };
  Object.defineProperty(fn, BUILT_WITH_POLICY, { value: action.name });
  return fn;
}

/** The session cannot be checked (database unavailable): the form says so and keeps what was typed. */
function unavailableResult(e: unknown): AppError {
  if (e instanceof AppError && e.code === "UNAVAILABLE") return e;
  throw e;
}

export function builtWithPolicy(value: unknown): string | undefined {
  return typeof value === "function" ? (value as ServerAction<unknown>)[BUILT_WITH_POLICY] : undefined;
}
