// Writes claims into the signed-in user's session cookie after a server action proved something
// about the session: the second factor (enrolment, step-up) or the credentials again
// (re-authentication). The cookie is decoded, checked to belong to the same user, extended by the
// claims and encoded again with the same secret and lifetime; all other claims stay as they were.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import type { SessionClaims } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import { cookieNames } from "./options";
import { authSecret } from "./secret";

export async function writeSessionClaims(userId: string, claims: SessionClaims): Promise<boolean> {
  const e = env();
  const cookie = cookieNames(e.secureCookies).sessionToken;
  const store = await cookies();
  const raw = store.get(cookie.name)?.value;
  if (!raw) return false;
  const token = await decode({ token: raw, secret: authSecret() });
  if (!token || token.uid !== userId) return false;
  const next = await encode({ token: { ...token, ...claims }, secret: authSecret(), maxAge: e.sessionIdleSeconds });
  store.set(cookie.name, next, { ...cookie.options, expires: new Date(Date.now() + e.sessionIdleSeconds * 1000) });
  return true;
}
