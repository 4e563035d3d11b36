// Which message namespaces reach the browser. Server components translate on the server; only
// client components need messages in the page payload, so the public pages stay small.
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces used by client components of the signed-in app, login and password reset. */
export const APP_CLIENT_NAMESPACES = [
  "errors",
  "forms",
  "conflict",
  "validation",
  "auth",
  "passwordPolicy",
  "users",
  "role",
  "tokens",
  "mfa",
  "statusReports",
  "health",
  "status",
  "portfolio",
] as const;

/**
 * Namespaces only one page's client components need: that page wraps them in its own provider
 * with these added, so every other page stays small (the import page's row-by-row messages).
 */
export const PAGE_CLIENT_NAMESPACES = { import: ["transfer"] } as const;

/** Namespaces used by client components on every page (error boundary). */
export const PUBLIC_CLIENT_NAMESPACES = ["errors"] as const;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
