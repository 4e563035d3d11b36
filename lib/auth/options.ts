// next-auth (v4) configuration: email + password (Credentials, JWT sessions) and, when configured,
// the city's identity provider via OpenID Connect. Sessions end on sign-out, after the idle and
// absolute lifetimes, and on the next request after a user is deactivated or their role changes
// (session version checked against the database in the jwt callback). Every session is recorded
// server-side (lib/sessions/store.ts, its id in the token as `sid`): signing out or ending it from
// the account page revokes the row, and a token naming a revoked or unknown row is refused.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { noteIfDatabaseUnavailable } from "@/lib/db/outage";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { ssoAssertsMfa, type MfaClaims } from "./mfa-policy";
import { checkToken, endTokenSession, issueToken, type SessionOrigin, type SessionToken } from "./session-token";
import { authSecret } from "./secret";

declare module "next-auth" {
  interface Session {
    /** sessionId: the server-side session (lib/sessions/store.ts), to mark "this session" and keep it when ending the others. */
    user: { id: string; name: string; email: string; role: Role; sessionId: string };
    /** Last proof of credentials (sign-in or re-authentication) and of the second factor; see lib/auth/mfa-policy.ts. */
    auth?: { time: number; mfa?: MfaClaims["mfa"] };
    /** The session could not be checked: the database is unavailable (see uncheckedTokens). No user then. */
    unavailable?: true;
  }
}

/** Thrown by the jwt callback for a refused token: next-auth then clears the cookie and answers "no session". */
const SESSION_REFUSED = "SESSION_REFUSED";

/**
 * Tokens the jwt callback could not check because the database is unavailable. next-auth drops
 * the cookie of any token whose callback throws, so a database outage would sign everyone out;
 * instead the callback keeps the token as it is and the session callback answers "unavailable"
 * without a user (currentUser then throws UNAVAILABLE: a 503 page, never access).
 */
const uncheckedTokens = new WeakSet<object>();

/** Browser and address of the request signing in (inside next-auth's route handler). */
async function requestOrigin(): Promise<SessionOrigin> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    return { userAgent: h.get("user-agent"), address: clientAddress(h) };
  } catch {
    return {}; // outside a request (scripts, tests)
  }
}

type Token = SessionToken & MfaClaims;

export const OIDC_PROVIDER_ID = "oidc";

export function cookieNames(secure: boolean) {
  // __Host- pins a cookie to this host and path "/" over https; __Secure- for the callback URL.
  const host = secure ? "__Host-" : "";
  const sec = secure ? "__Secure-" : "";
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: `${host}mm.session`, options },
    csrfToken: { name: `${host}mm.csrf`, options },
    callbackUrl: { name: `${sec}mm.callback-url`, options },
    state: { name: `${sec}mm.state`, options: { ...options, maxAge: 900 } },
    nonce: { name: `${sec}mm.nonce`, options },
    pkceCodeVerifier: { name: `${sec}mm.pkce`, options: { ...options, maxAge: 900 } },
  };
}

/** How a new session proved its second factor: the code at the password sign-in, or the IdP's assertion. */
function signInMfaClaim(provider: string, user: { mfa?: unknown }, profile: unknown): MfaClaims {
  if (provider === OIDC_PROVIDER_ID) {
    return ssoAssertsMfa(profile as { amr?: unknown; acr?: unknown } | undefined, env().oidc?.mfaAcrValues ?? []) ? { mfa: "sso" } : {};
  }
  return user.mfa === "totp" || user.mfa === "recovery" ? { mfa: user.mfa } : {};
}

let cachedOptions: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cachedOptions) return cachedOptions;
  const e = env();
  // Sign-in redirects go to APP_URL when it is set. Without it (a first try on a laptop, another
  // machine in the office network) they follow the address the browser used – 127.0.0.1, a host
  // name or an IP – instead of sending everyone to localhost, where the session cookie is lost.
  if (e.appUrlConfigured) process.env.NEXTAUTH_URL ??= e.appUrl;
  else process.env.AUTH_TRUST_HOST ??= "true";
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-Mail",
      credentials: {
        email: { label: "E-Mail", type: "email" },
        password: { label: "Passwort", type: "password" },
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientAddress(headers);
        const result = await authenticate(await db(), { email: credentials?.email ?? "", password: credentials?.password ?? "", code: credentials?.code, ip });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, mfa: result.mfa };
        if (result.reason === "THROTTLED") throw new Error(`THROTTLED:${result.retryAfterSeconds ?? 900}`);
        // The login form asks for the code (MFA_REQUIRED) or says the code was wrong (MFA_INVALID).
        if (result.reason === "MFA_REQUIRED" || result.reason === "MFA_INVALID") throw new Error(result.reason);
        return null;
      },
    }),
  ];
  if (e.oidc) {
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: e.oidc.name,
      type: "oauth",
      wellKnown: `${e.oidc.issuer}/.well-known/openid-configuration`,
      clientId: e.oidc.clientId,
      clientSecret: e.oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile(profile: { sub: string; email?: string; name?: string; email_verified?: boolean }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? profile.sub };
      },
    });
  }

  cachedOptions = {
    secret: authSecret(),
    providers,
    session: { strategy: "jwt", maxAge: e.sessionIdleSeconds, updateAge: 60 },
    jwt: { maxAge: e.sessionIdleSeconds },
    useSecureCookies: e.secureCookies,
    cookies: cookieNames(e.secureCookies),
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      // SSO maps the IdP's verified email to an existing, active user; nobody registers themselves.
      async signIn({ account, profile, user }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const email = (user.email ?? "").toLowerCase();
        const verified = (profile as { email_verified?: boolean } | undefined)?.email_verified !== false;
        const prisma = await db();
        const found = email && verified ? await prisma.user.findUnique({ where: { email } }) : null;
        const ok = !!found && found.active;
        await prisma.$transaction((tx) =>
          recordAudit(
            tx,
            ok ? { id: found.id, role: found.role, departmentId: found.departmentId, via: "session" } : null,
            { action: ok ? "auth.sso.succeeded" : "auth.sso.rejected", entityType: "User", entityId: found?.id ?? null, after: { email, verified } },
          ),
        );
        if (ok) await prisma.user.update({ where: { id: found.id }, data: { lastLoginAt: new Date() } });
        return ok ? true : "/login?error=SsoNoAccount";
      },
      async jwt({ token, user, account, profile }) {
        const prisma = await db();
        const now = Math.floor(Date.now() / 1000);
        if (user && account) {
          // Credentials give our user id; SSO gives the IdP's subject, so find the user by email.
          const id =
            account.provider === OIDC_PROVIDER_ID
              ? (await prisma.user.findUnique({ where: { email: (user.email ?? "").toLowerCase() }, select: { id: true } }))?.id
              : user.id;
          const issued = id && (await issueToken(prisma, id, now, { ...(await requestOrigin()), maxAgeSeconds: e.sessionMaxSeconds }));
          return issued ? { ...issued, ...signInMfaClaim(account.provider, user as { mfa?: unknown }, profile) } : {};
        }
        let check: Awaited<ReturnType<typeof checkToken>>;
        try {
          check = await checkToken(prisma, token as SessionToken, now, e.sessionMaxSeconds);
        } catch (error) {
          if (!noteIfDatabaseUnavailable(error)) throw error;
          uncheckedTokens.add(token);
          return token;
        }
        if (!check.valid) throw new Error(`${SESSION_REFUSED}:${check.reason}`);
        return check.token;
      },
      async session({ session, token }) {
        if (uncheckedTokens.has(token)) return { expires: session.expires, unavailable: true } as typeof session;
        const t = token as Token;
        if (!t.uid || !t.sid) return { ...session, user: undefined as never };
        return {
          ...session,
          user: { id: t.uid, name: t.name ?? "", email: t.email ?? "", role: t.role!, sessionId: t.sid },
          auth: { time: Math.max(t.authTime ?? 0, t.reauthAt ?? 0), mfa: t.mfa },
        };
      },
    },
    events: {
      // Ends the server-side session first: from now on a copy of this cookie is refused everywhere.
      async signOut({ token }) {
        const uid = (token as Token | null)?.uid;
        if (!uid) return;
        const prisma = await db();
        const ended = await endTokenSession(prisma, token as Token, Math.floor(Date.now() / 1000), "SIGN_OUT");
        await prisma.$transaction((tx) =>
          recordAudit(
            tx,
            { id: uid, role: (token as Token).role!, departmentId: null, via: "session" },
            { action: "auth.logout", entityType: "User", entityId: uid, after: { sessionEnded: ended } },
          ),
        );
      },
    },
    logger: {
      error(code, metadata) {
        const message = String((metadata as Error)?.message ?? "");
        // A refused session (signed out, ended, expired, user changed) is expected, not an error.
        if (message.startsWith(SESSION_REFUSED)) {
          void import("@/lib/log").then(({ log }) => log.info("session refused", { reason: message.slice(SESSION_REFUSED.length + 1) }));
          return;
        }
        void import("@/lib/log").then(({ log }) => log.error("next-auth error", { code, metadata: String((metadata as Error)?.message ?? "") }));
      },
      warn(code) {
        void import("@/lib/log").then(({ log }) => log.warn("next-auth warning", { code }));
      },
      debug() {},
    },
  };
  return cachedOptions;
}
