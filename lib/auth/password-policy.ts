// Password rules (OWASP ASVS 4 V2.1, NIST SP 800-63B): length and a block list, no composition
// rules. Returns codes only; the texts live in the message catalogues under "passwordPolicy".
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

/** Minimum length in Unicode code points, after NFC normalisation (ASVS 2.1.1). */
export const PASSWORD_MIN_LENGTH = 12;
/** Maximum length in Unicode code points (ASVS 2.1.2 asks to allow at least 64; we allow 128). */
export const PASSWORD_MAX_LENGTH = 128;
/** The email local part (and the name) must be at least this long to count as identity data. */
export const IDENTITY_MIN_LENGTH = 4;

export const PASSWORD_POLICY_CODES = ["TOO_SHORT", "TOO_LONG", "COMMON", "CONTAINS_IDENTITY"] as const;
export type PasswordPolicyCode = (typeof PASSWORD_POLICY_CODES)[number];
export type PasswordCheck = { ok: true } | { ok: false; code: PasswordPolicyCode };
export type PasswordIdentity = { email?: string | null; name?: string | null };

/**
 * The form in which passwords are checked, hashed and verified: NFC, so that the same password
 * typed on systems that compose characters differently (macOS input is often NFD) still matches.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFC");
}

let common: Set<string> | undefined;
/** The ~49k common passwords of zxcvbn-ts (all lower case), built once on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"]);
  return common;
}

function fold(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Identity strings a password must not contain: the email's local part, and the full name (as
 * written and without spaces). Single first names are deliberately not checked: short given names
 * such as "Anna" or "Will" would reject many harmless passphrases.
 */
function identityTokens({ email, name }: PasswordIdentity): string[] {
  const tokens: string[] = [];
  const at = email?.lastIndexOf("@") ?? -1;
  const local = email ? (at >= 0 ? email.slice(0, at) : email) : "";
  if (local.trim()) tokens.push(fold(local.trim()));
  if (name?.trim()) {
    tokens.push(fold(name.trim()));
    tokens.push(fold(name.replace(/\s+/gu, "")));
  }
  return tokens.filter((t) => codePoints(t) >= IDENTITY_MIN_LENGTH);
}

function checkRules(password: string): PasswordCheck {
  const normalized = normalizePassword(password);
  const length = codePoints(normalized);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: "TOO_SHORT" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: "TOO_LONG" };
  if (commonPasswords().has(normalized.toLowerCase())) return { ok: false, code: "COMMON" };
  return { ok: true };
}

/** Checks a new password against the policy; pass the account's email and name when known. */
export function checkPassword(password: string, identity: PasswordIdentity = {}): PasswordCheck {
  const rules = checkRules(password);
  if (!rules.ok) return rules;
  const folded = fold(password);
  if (identityTokens(identity).some((t) => folded.includes(t))) return { ok: false, code: "CONTAINS_IDENTITY" };
  return { ok: true };
}

/**
 * A new password without identity context (length and block list). The issue message is the
 * policy code, to be shown as `t(\`passwordPolicy.${message}\`)`. The output is NFC-normalised:
 * hash what the schema returns. Forms that know the account add the identity rule with
 * `checkPassword(password, { email, name })` in a refinement of their object schema.
 */
export const passwordSchema = z
  .string()
  .superRefine((password, ctx) => {
    const result = checkRules(password);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.code, params: { policy: result.code } });
  })
  .transform(normalizePassword);
