// Who needs a second factor and whether a session has shown one. MFA is required for the roles in
// MFA_REQUIRED_ROLES (default: admin) and optional for everyone else; whoever has enrolled must
// use it. Single sign-on counts as the second factor when the identity provider asserts that the
// user signed in with more than one (`amr` of RFC 8176, or an `acr` listed in OIDC_MFA_ACR).
import type { SessionFacts } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";

/** How the session proved the second factor; absent: not (yet) proven. */
export type SessionMfa = "totp" | "recovery" | "sso";

/** The claims this module adds to the session token (next to lib/auth/session-token.ts). */
export type MfaClaims = { mfa?: SessionMfa; reauthAt?: number };

export function mfaRequiredFor(role: Role, requiredRoles: readonly Role[] = env().mfaRequiredRoles): boolean {
  return requiredRoles.includes(role);
}

/** RFC 8176 methods that are a second factor (or several) by themselves. */
const MFA_AMR = new Set(["mfa", "otp", "hwk", "sms", "sc"]);

/** Whether the id token's claims say the identity provider checked more than one factor. */
export function ssoAssertsMfa(claims: { amr?: unknown; acr?: unknown } | undefined, acrValues: readonly string[]): boolean {
  if (!claims) return false;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === "string") : [];
  if (amr.some((m) => MFA_AMR.has(m.toLowerCase()))) return true;
  return typeof claims.acr === "string" && acrValues.includes(claims.acr);
}

/** The session's standing: fine, must enrol first, or enrolled but the code is still owed. */
export function sessionMfaState(
  user: { role: Role; mfaEnabledAt: Date | null },
  sessionMfa: SessionMfa | undefined,
  requiredRoles?: readonly Role[],
): SessionFacts["mfa"] {
  if (sessionMfa) return "ok";
  if (user.mfaEnabledAt) return "verify";
  return mfaRequiredFor(user.role, requiredRoles) ? "enrol" : "ok";
}
