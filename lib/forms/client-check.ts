// The browser's check of a form's input before it is sent: the action's own schema, parsed as the
// action builder parses it, and its issues worded by the server's function (lib/i18n/zod-messages).
import type { z } from "zod";
import { catalogueKey, fieldErrorsFromIssues, issueMessageKey } from "@/lib/i18n/zod-messages";

/** A translator over the whole catalogue the page has (next-intl's root `useTranslations()`). */
export type CheckTranslator = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * Field errors for `values` in the user's language, or null when the input passes, or when an issue
 * names a text the browser does not have (its namespace is not sent to the client, see
 * lib/i18n/client-messages.ts): then the form sends, and the server, which has every text, answers.
 */
export function clientFieldErrors(schema: z.ZodType, values: Record<string, unknown>, t: CheckTranslator): Record<string, string[]> | null {
  // reportInput, as in defineAction: the messages tell a missing value ("required") from a malformed one.
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(values, { reportInput: true });
  } catch {
    return null; // a refinement that needs the server's world; the server checks anyway
  }
  if (parsed.success) return null;
  if (!parsed.error.issues.every((issue) => t.has(catalogueKey(issueMessageKey(issue).key)))) return null;
  return fieldErrorsFromIssues(parsed.error.issues, (key, v) => t(catalogueKey(key), v));
}
