// Who is asking: the signed-in user from the session cookie, re-read from the database so that
// authorization always uses the current role, department and active flag. The session's facts
// (when the credentials were last proven, whether the second factor is satisfied) ride along for
// the action builder's checks (lib/auth/mfa-policy.ts).
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Actor, type Permission, type SessionFacts } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { noteIfDatabaseUnavailable } from "@/lib/db/outage";
import { unavailableError } from "@/lib/errors/app-error";
import { sessionMfaState } from "./mfa-policy";
import { authOptions } from "./options";

export type SessionUser = Actor & { name: string; email: string; mustChangePassword: boolean; session: SessionFacts };

/**
 * The signed-in user, once per request: the layout, the page and its components all ask, and each
 * answer would otherwise cost a token decryption and three statements. React's `cache` keeps it for
 * one server render only (outside a render, e.g. in a route handler, it simply calls through).
 * Null means "no valid session". Throws UNAVAILABLE (503) when the session cannot be checked
 * because the database is unavailable: an outage neither signs anyone out (the cookie stays, see
 * lib/auth/options.ts) nor lets anyone in.
 */
export const currentUser = cache(async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  if (session?.unavailable) throw unavailableError();
  // getServerSession has checked the token's server-side session (revoked or unknown: no user).
  const id = session?.user?.id;
  const sessionId = session?.user?.sessionId;
  if (!id || !sessionId) return null;
  const user = await (await db()).user
    .findUnique({
      where: { id },
      select: { id: true, role: true, departmentId: true, active: true, name: true, email: true, mustChangePassword: true, mfaEnabledAt: true },
    })
    .catch((e: unknown) => {
      throw noteIfDatabaseUnavailable(e) ? unavailableError() : e;
    });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    role: user.role,
    departmentId: user.departmentId,
    via: "session",
    sessionId,
    name: user.name,
    email: user.email,
    mustChangePassword: user.mustChangePassword,
    // A session without a recorded sign-in time counts as long ago (fails the freshness check).
    session: { authTime: session.auth?.time ?? 0, mfa: sessionMfaState(user, session.auth?.mfa) },
  };
});

/**
 * Pages a user without the internal read (a partner contact) may open: the partner page and their
 * own account. Every other page of the signed-in app sends them to the partner page; the reads
 * behind the pages refuse them on their own (portfolio.read) as well.
 */
const PARTNER_CONTACT_PATHS = ["/app/partner", "/app/account/password", "/app/account/mfa", "/app/account/sessions", "/app/account/reauth"];

function underAny(path: string, prefixes: readonly string[]): boolean {
  const bare = path.split(/[?#]/)[0]!;
  return prefixes.some((p) => bare === p || bare.startsWith(`${p}/`));
}

/** Where a signed-in user without `portfolio.read` may go, or null when `path` is one of those pages. */
export function outsideUsersPages(user: Actor, path: string): string | null {
  if (can(user, "portfolio.read")) return null;
  if (underAny(path, PARTNER_CONTACT_PATHS)) return null;
  return can(user, "partnerWork.read") ? "/app/partner" : "/login";
}

/** Pages a session may open while it still owes its second factor. */
const MFA_SETUP_PATHS = ["/app/account/mfa"];

/** For pages of the signed-in app: the user, or a redirect to the sign-in page. */
export async function requireUser(returnTo = "/app"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  // The second factor comes first: set it up (role requires it) or prove it (enrolled, e.g. after SSO).
  if (user.session.mfa !== "ok" && !MFA_SETUP_PATHS.some((p) => returnTo.startsWith(p))) {
    redirect(user.session.mfa === "enrol" ? "/app/account/mfa" : "/app/account/mfa/verify");
  }
  // A temporary password must be replaced before anything else.
  if (user.mustChangePassword && !returnTo.startsWith("/app/account/password")) redirect("/app/account/password");
  // A partner contact reads nothing internal: only their partner page and their own account.
  const elsewhere = outsideUsersPages(user, returnTo);
  if (elsewhere) redirect(elsewhere);
  return user;
}

/** For pages behind a permission: signed-in users without it get a plain 404 (nothing to learn). */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) notFound();
  return user;
}
