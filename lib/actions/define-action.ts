// The one builder every mutation goes through. An action declares its input schema, the
// permission it needs, how to load its target row, and what it does. `execute` then:
// authenticates, validates, loads the target inside a transaction, checks the permission against
// that row, runs the change, writes its audit events in the same transaction, and returns a typed
// result. Denied attempts are audited too (after the rollback).
//
// Two session rules live here too, so no action can forget them: a session that still owes its
// second factor may run only the actions that set it up (`duringMfaSetup`), and a sensitive action
// (`recentAuth`) needs the credentials proven within the last RECENT_AUTH_SECONDS.
import type { z } from "zod";
import { recordAudit, type AuditInput } from "@/lib/audit/record";
import { revalidatePublicPages } from "@/lib/public/revalidate";
import { can, type Actor, type Permission, type ResourceFacts } from "@/lib/authz/policy";
import { db as sharedDb, type Db, type Tx } from "@/lib/db/client";
import { AppError, fromPrismaError, type ErrorCode } from "@/lib/errors/app-error";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { nulCharacterErrors, translateFieldErrors, zodFieldErrors } from "@/lib/i18n/validation";

/** How fresh an authentication a sensitive action needs (ASVS 4 V3.7.1). */
export const RECENT_AUTH_SECONDS = 10 * 60;

/** Claims an action asks to write into the signed-in session after success (see lib/actions/server.ts). */
export type SessionClaims = {
  /** The second factor was proven (or just set up) in this session. */
  mfa?: "totp" | "recovery";
  /** Credentials were proven again now (re-authentication), seconds since the epoch. */
  reauthAt?: number;
};

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[]>; current?: unknown; requestId?: string };

export type ActionContext<I, R> = {
  tx: Tx;
  input: I;
  actor: Actor;
  resource: R;
  requestId?: string;
  /** The wall clock of this call (ExecuteOptions.now in tests): TOTP steps and session times. */
  now: Date;
  /** Records an audit event in this transaction; every action must record at least one... */
  audit: (event: AuditInput) => void;
  /** ...unless it says it changed nothing (a value sent again as stored): then none is needed. */
  unchanged: () => void;
};

export type ActionDefinition<S extends z.ZodType, R extends object, T> = {
  /** Stable name, e.g. "milestone.complete"; also the default audit action. */
  name: string;
  input: S;
  permission: Permission;
  /** Loads the target row with the facts the policy needs (departmentId, leadUserIds, ownerId); null means "not found". */
  load: (tx: Tx, input: z.infer<S>, actor: Actor) => Promise<R | null>;
  run: (ctx: ActionContext<z.infer<S>, R>) => Promise<T>;
  /** Longer than Prisma's default 5 s for the few actions that write in bulk (the import). */
  transaction?: { timeoutMs: number };
  /**
   * Whether a user with a temporary password (Actor.mustChangePassword) may run this action.
   * Everything else is refused with PASSWORD_CHANGE_REQUIRED until they have chosen their own
   * password: only changing it is allowed (signing out is next-auth's, not an action).
   */
  allowWhilePasswordChangeRequired?: true;
  /**
   * Sensitive (roles, tokens, deactivation, import): refused with REAUTH_REQUIRED unless the session
   * proved its credentials within RECENT_AUTH_SECONDS. A function decides from the input and the
   * loaded row (e.g. only when a role changes). Token actors are refused outright.
   */
  recentAuth?: true | ((input: z.infer<S>, resource: R) => boolean);
  /** May run while the session still owes its second factor (enrolment and verification only). */
  duringMfaSetup?: true;
  /** After success: claims to write into the session (applied by serverAction, which owns the cookie). */
  sessionClaims?: (data: T, actor: Actor) => SessionClaims | null;
};

/** `now` is the wall clock the session times are compared with (injectable for tests). */
export type ExecuteOptions = { locale?: Locale; requestId?: string; db?: Db; now?: Date };

export type Action<I, T> = {
  readonly name: string;
  readonly permission: Permission;
  readonly input: z.ZodType<I>;
  readonly allowWhilePasswordChangeRequired: boolean;
  execute: (actor: Actor | null, raw: unknown, opts?: ExecuteOptions) => Promise<ActionResult<T>>;
  // Method syntax on purpose: an action with a more specific result still fits Action<I, Base>.
  sessionClaims?(data: T, actor: Actor): SessionClaims | null;
};

const ACTION_BRAND = Symbol.for("masterplan-monitor.action");

export function isAction(value: unknown): value is Action<unknown, unknown> {
  return !!value && typeof value === "object" && (value as Record<symbol, unknown>)[ACTION_BRAND] === true;
}

export function defineAction<S extends z.ZodType, R extends object, T>(
  def: ActionDefinition<S, R, T>,
): Action<z.infer<S>, T> {
  const execute = async (actor: Actor | null, raw: unknown, opts: ExecuteOptions = {}): Promise<ActionResult<T>> => {
    const locale = opts.locale ?? defaultLocale;
    const database = opts.db ?? (await sharedDb());
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: "Sign in first." };
    if (actor.mustChangePassword && !def.allowWhilePasswordChangeRequired) {
      await auditDenied(database, actor, def, raw, opts.requestId, "PASSWORD_CHANGE_REQUIRED");
      return passwordChangeRequired(locale);
    }
    if (actor.session && actor.session.mfa !== "ok" && !def.duringMfaSetup && !def.allowWhilePasswordChangeRequired) {
      return {
        ok: false,
        code: "MFA_REQUIRED",
        message: "Set up or confirm your second factor first.",
        fieldErrors: translateFieldErrors({ _form: [actor.session.mfa === "enrol" ? "#mfa.enrolFirst" : "#mfa.verifyFirst"] }, locale),
      };
    }

    const nul = nulCharacterErrors(raw, locale);
    if (nul) return { ok: false, code: "VALIDATION", message: "Some fields contain a NUL character.", fieldErrors: nul };
    // reportInput lets the messages tell a missing value ("required") from a malformed one.
    const parsed = def.input.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      return {
        ok: false,
        code: "VALIDATION",
        message: "Some fields are invalid.",
        fieldErrors: zodFieldErrors(parsed.error, locale),
      };
    }
    const input = parsed.data as z.infer<S>;
    try {
      const data = await database.$transaction(async (tx) => {
        const resource = await def.load(tx, input, actor);
        if (!resource) throw new AppError("NOT_FOUND", "Not found.");
        if (!can(actor, def.permission, resource as ResourceFacts)) throw new AppError("FORBIDDEN", "You may not do this.");
        if (def.recentAuth && (def.recentAuth === true || def.recentAuth(input, resource))) assertRecentAuth(actor, opts.now ?? new Date());
        const events: AuditInput[] = [];
        let nothingChanged = false;
        const result = await def.run({
          tx,
          input,
          actor,
          resource,
          requestId: opts.requestId,
          now: opts.now ?? new Date(),
          audit: (e) => events.push(e),
          unchanged: () => (nothingChanged = true),
        });
        if (events.length === 0 && !nothingChanged) throw new Error(`action ${def.name} recorded no audit event`);
        for (const e of events) await recordAudit(tx, actor, e, opts.requestId);
        return result;
      }, def.transaction ? { timeout: def.transaction.timeoutMs, maxWait: 10_000 } : undefined);
      // Whatever changed may be on the citizens' site; the next public request renders it fresh.
      await revalidatePublicPages();
      return { ok: true, data };
    } catch (e) {
      const appError = e instanceof AppError ? e : fromPrismaError(e);
      if (appError) {
        if (appError.code === "FORBIDDEN" || appError.code === "REAUTH_REQUIRED") await auditDenied(database, actor, def, raw, opts.requestId, appError.code);
        return {
          ok: false,
          code: appError.code,
          message: appError.message,
          fieldErrors: translateFieldErrors(appError.details?.fieldErrors, locale),
          current: appError.details?.current,
        };
      }
      const { log } = await import("@/lib/log");
      log.error("action failed", { action: def.name, requestId: opts.requestId, error: e instanceof Error ? e.message : String(e) });
      return { ok: false, code: "INTERNAL", message: "Something went wrong.", requestId: opts.requestId };
    }
  };
  return Object.freeze({
    name: def.name,
    permission: def.permission,
    input: def.input,
    allowWhilePasswordChangeRequired: def.allowWhilePasswordChangeRequired === true,
    sessionClaims: def.sessionClaims,
    execute,
    [ACTION_BRAND]: true,
  }) as Action<
    z.infer<S>,
    T
  >;
}

/** The refusal for a user who must first replace a temporary password, in their language (also as the form's error). */
export function passwordChangeRequired(locale: Locale): ActionResult<never> {
  const message = translateFieldErrors({ _form: ["#account.passwordChangeRequired"] }, locale)!._form![0]!;
  return { ok: false, code: "PASSWORD_CHANGE_REQUIRED", message, fieldErrors: { _form: [message] } };
}

/** Sessions must have proven their credentials recently; tokens never count as a fresh sign-in. */
function assertRecentAuth(actor: Actor, now: Date) {
  if (actor.via === "token") throw new AppError("FORBIDDEN", "Not with an access token.");
  if (!actor.session) return; // in-process actor (CLI, jobs, tests): no browser session to re-prove
  if (Math.floor(now.getTime() / 1000) - actor.session.authTime <= RECENT_AUTH_SECONDS) return;
  throw new AppError("REAUTH_REQUIRED", "Confirm your password to continue.", { fieldErrors: { _form: ["#mfa.reauthRequired"] } });
}

async function auditDenied(database: Db, actor: Actor, def: { name: string; permission: Permission }, raw: unknown, requestId?: string, code = "FORBIDDEN") {
  try {
    await database.$transaction((tx) =>
      recordAudit(
        tx,
        actor,
        { action: "authz.denied", entityType: "Action", entityId: def.name, after: { permission: def.permission, input: raw, ...(code === "FORBIDDEN" ? {} : { code }) } },
        requestId,
      ),
    );
  } catch {
    /* auditing a denial must never turn it into a different error */
  }
}

/**
 * Optimistic concurrency: pass the count of an `updateMany({ where: { id, version } })`. Zero rows
 * means someone else saved first; the conflict carries the current row so the form can show what
 * changed while keeping what the user typed.
 */
export async function ensureUpdated(count: number, entity: string, reload: () => Promise<unknown>): Promise<void> {
  if (count > 0) return;
  const current = await reload();
  if (!current) throw new AppError("NOT_FOUND", `${entity} no longer exists.`);
  throw new AppError("CONFLICT", `${entity} was changed by someone else in the meantime.`, { current });
}
