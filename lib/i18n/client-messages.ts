// Which message namespaces reach the browser. Server components translate on the server; only
// client components need messages in the page payload, so the public pages stay small.
import type { AbstractIntlMessages } from "next-intl";

/**
 * Namespaces the client components of every signed-in page may need (forms, their checks and
 * conflicts, health and status labels), also on the sign-in and password-reset pages.
 */
export const APP_CLIENT_NAMESPACES = [
  "errors",
  "forms",
  "conflict",
  "validation",
  // Only the texts a form's schema names (the period's format); the report texts are rendered on the server.
  "statusReports.errors",
  "health",
  "status",
  // The decision and upload forms on the initiative page and the decisions register.
  "decisions",
  "documents",
] as const;

/**
 * Namespaces only some pages' client components need: such a page wraps them in
 * `PageClientMessages` (components/layout/client-messages.tsx), which adds these, so every other
 * page stays small (the portfolio's 100-row page carries no user-admin or MFA texts).
 */
export const PAGE_CLIENT_NAMESPACES = {
  import: ["transfer"],
  portfolio: ["portfolio"],
  users: ["users", "role", "passwordPolicy"],
  tokens: ["tokens"],
  mfa: ["mfa", "auth"],
  signIn: ["auth", "passwordPolicy", "users.reset"],
  citySettings: ["citySettings"],
} as const;

export type ClientMessagesPage = keyof typeof PAGE_CLIENT_NAMESPACES;

/** Namespaces used by client components on every page (the error page, components/layout/error-texts.tsx). */
export const PUBLIC_CLIENT_NAMESPACES = ["errors"] as const;

/** The named namespaces of `messages`; "a.b" picks only the part b of namespace a. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const name of namespaces) {
    const [head, ...rest] = name.split(".");
    let source: AbstractIntlMessages | string | undefined = messages[head!];
    for (const key of rest) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = out;
    const path = [head!, ...rest];
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[path.at(-1)!] = source;
  }
  return out;
}
