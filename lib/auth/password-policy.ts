// Password rules (OWASP ASVS 4 V2.1, NIST SP 800-63B): length, a block list and a strength
// estimate, no composition rules. Returns codes only; the texts live in the message catalogues
// under "passwordPolicy", one per reason, so the form says *why* a password was refused.
//
// The strength estimate is zxcvbn (@zxcvbn-ts/core with the common, German and English
// dictionaries): it finds repeats ("111111111111"), sequences ("abcdefghijkl"), keyboard walks,
// dictionary words with l33t and small typos, dates, and words of the account and of this site
// ("user inputs"). A password must reach score PASSWORD_MIN_SCORE; below it the weakest pattern
// found names the reason. See docs/security.md ("Passwords") for why this library.
import { ZxcvbnFactory, type MatchExtended } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { dictionary as deDictionary } from "@zxcvbn-ts/language-de";
import { dictionary as enDictionary } from "@zxcvbn-ts/language-en";
import { z } from "zod";

/** Minimum length in Unicode code points, after NFC normalisation (ASVS 2.1.1). */
export const PASSWORD_MIN_LENGTH = 12;
/** Maximum length in Unicode code points (ASVS 2.1.2 asks to allow at least 64; we allow 128). */
export const PASSWORD_MAX_LENGTH = 128;
/** The email local part (and the name) must be at least this long to count as identity data. */
export const IDENTITY_MIN_LENGTH = 4;

/** zxcvbn's score (0–4) a new password must reach: 3 = "safely unguessable" (about 10^10 guesses). */
export const PASSWORD_MIN_SCORE = 3;
/** Words of this application that no password should be built from, whatever the city. */
export const APP_WORDS = ["Masterplan Monitor", "masterplan", "monitor", "digital", "digitalisierung", "smart city"] as const;

export const PASSWORD_POLICY_CODES = [
  "TOO_SHORT",
  "TOO_LONG",
  "COMMON",
  "CONTAINS_IDENTITY",
  "CONTAINS_SITE_NAME",
  "REPETITIVE",
  "SEQUENTIAL",
  "KEYBOARD_PATTERN",
  "DATE",
  "GUESSABLE",
] as const;
export type PasswordPolicyCode = (typeof PASSWORD_POLICY_CODES)[number];
export type PasswordCheck = { ok: true } | { ok: false; code: PasswordPolicyCode };
export type PasswordIdentity = {
  email?: string | null;
  name?: string | null;
  /** Words of this site: the city's name, the masterplan's title (see passwordContext). */
  context?: readonly string[];
};

/**
 * The form in which passwords are checked, hashed and verified: NFC, so that the same password
 * typed on systems that compose characters differently (macOS input is often NFD) still matches.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFC");
}

let common: Set<string> | undefined;
let estimator: ZxcvbnFactory | undefined;
/** zxcvbn looks at this many characters at most: its repeat matcher grows steeply with length. */
const ESTIMATE_MAX_LENGTH = 64;
/** The ~49k common passwords of zxcvbn-ts (all lower case), built once on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"]);
  return common;
}

/**
 * The estimator, built once on first use (ranking the dictionaries takes a moment). The German
 * dictionaries are named like the English ones, so they get a "-de" suffix to sit beside them.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...dictionary,
      ...enDictionary,
      ...Object.fromEntries(Object.entries(deDictionary).map(([name, words]) => [`${name}-de`, words])),
    },
    graphs: adjacencyGraphs,
    maxLength: ESTIMATE_MAX_LENGTH,
    // Typos of dictionary words (Levenshtein) would cost about a second per check; l33t and
    // reversed words are still found.
    useLevenshteinDistance: false,
  });
  return estimator;
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

/** Words of the account for zxcvbn: the email's local part and its pieces, the name and its parts. */
function identityWords({ email, name }: PasswordIdentity): string[] {
  const words: string[] = [];
  if (email?.trim()) {
    const at = email.lastIndexOf("@");
    const local = at >= 0 ? email.slice(0, at) : email;
    words.push(local, ...local.split(/[._+-]+/u));
  }
  if (name?.trim()) words.push(name, name.replace(/\s+/gu, ""), ...name.split(/[\s.,'-]+/u));
  return words;
}

/**
 * Words of the site: the app's, the context's (city, masterplan title), and the labels of the
 * email's domain — "duisburg" of duisburg.de is the city's name, as guessable as the app's.
 */
function siteWords({ email, context = [] }: PasswordIdentity): string[] {
  const at = email?.lastIndexOf("@") ?? -1;
  const domain = email && at >= 0 ? email.slice(at + 1).split(".").slice(0, -1) : [];
  return [...APP_WORDS, ...context, ...domain].flatMap((w) => [w, w.replace(/\s+/gu, ""), ...w.split(/[\s.,:;/()'"-]+/u)]);
}

/** Distinct, folded words of at least three characters (shorter ones would match everywhere). */
function words(list: string[]): string[] {
  return [...new Set(list.map(fold).map((w) => w.trim()).filter((w) => codePoints(w) >= 3))];
}

/**
 * Why a weak password is weak: the first of its patterns in order of how plainly the user can fix
 * it. zxcvbn lower-cases the user inputs; a match of one of the account's words names the identity.
 */
function weakness(sequence: MatchExtended[], identity: Set<string>): PasswordPolicyCode {
  const has = (test: (m: MatchExtended) => boolean) => sequence.some(test);
  const matched = (m: MatchExtended) => ("matchedWord" in m ? String(m.matchedWord) : "");
  const fromInputs = (m: MatchExtended) => m.pattern === "dictionary" && "dictionaryName" in m && m.dictionaryName === "userInputs";
  if (has((m) => fromInputs(m) && identity.has(matched(m)))) return "CONTAINS_IDENTITY";
  if (has(fromInputs)) return "CONTAINS_SITE_NAME";
  if (has((m) => m.pattern === "repeat")) return "REPETITIVE";
  if (has((m) => m.pattern === "sequence")) return "SEQUENTIAL";
  if (has((m) => m.pattern === "spatial")) return "KEYBOARD_PATTERN";
  if (has((m) => m.pattern === "dictionary" && "dictionaryName" in m && m.dictionaryName === "passwords-common")) return "COMMON";
  if (has((m) => m.pattern === "date")) return "DATE";
  return "GUESSABLE";
}

function estimate(password: string, userInputs: string[]) {
  return zxcvbn().check(password, userInputs);
}

/**
 * The strength rule, twice: the whole password must reach PASSWORD_MIN_SCORE with the account's
 * and the site's words as user inputs; and what is left after cutting those words out must reach
 * it too ("Masterplan Monitor 2026", "lindner.stefan!" are as weak as their remainder: zxcvbn alone
 * ranks a known word by its position in the list and may let such a password pass).
 */
function checkStrength(password: string, identity: PasswordIdentity): PasswordCheck {
  const own = words(identityWords(identity));
  const site = words(siteWords(identity)).filter((w) => !own.includes(w));
  const normalized = normalizePassword(password);
  const whole = estimate(normalized, [...own, ...site]);
  if (whole.score < PASSWORD_MIN_SCORE) return { ok: false, code: weakness(whole.sequence, new Set(own)) };

  let rest = fold(normalized);
  let cutOwn = false;
  // Longest first, so that "stefan.lindner" goes as a whole before "stefan" and "lindner".
  for (const w of [...own, ...site].filter((x) => codePoints(x) >= IDENTITY_MIN_LENGTH).sort((a, b) => b.length - a.length)) {
    if (!rest.includes(w)) continue;
    if (own.includes(w)) cutOwn = true;
    rest = rest.split(w).join(" ");
  }
  if (rest === fold(normalized)) return { ok: true };
  const remainder = rest.replace(/\s+/gu, " ").trim();
  if (estimate(remainder, []).score >= PASSWORD_MIN_SCORE) return { ok: true };
  return { ok: false, code: cutOwn ? "CONTAINS_IDENTITY" : "CONTAINS_SITE_NAME" };
}

function checkRules(password: string): PasswordCheck {
  const normalized = normalizePassword(password);
  const length = codePoints(normalized);
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: "TOO_SHORT" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: "TOO_LONG" };
  if (commonPasswords().has(normalized.toLowerCase())) return { ok: false, code: "COMMON" };
  return { ok: true };
}

/**
 * Checks a new password against the policy; pass the account's email and name when known and the
 * site's words (`context`, from passwordContext). Only new passwords are checked: signing in with
 * a password set under an older policy keeps working.
 */
export function checkPassword(password: string, identity: PasswordIdentity = {}): PasswordCheck {
  const rules = checkRules(password);
  if (!rules.ok) return rules;
  const folded = fold(password);
  if (identityTokens(identity).some((t) => folded.includes(t))) return { ok: false, code: "CONTAINS_IDENTITY" };
  return checkStrength(password, identity);
}

/**
 * A new password without identity context (length, block list, strength with the app's words). The issue message is the
 * policy code, to be shown as `t(\`passwordPolicy.${message}\`)`. The output is NFC-normalised:
 * hash what the schema returns. Forms that know the account add the identity rule with
 * `checkPassword(password, { email, name })` in a refinement of their object schema.
 */
export const passwordSchema = z
  .string()
  .superRefine((password, ctx) => {
    const rules = checkRules(password);
    const result = rules.ok ? checkStrength(password, {}) : rules;
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.code, params: { policy: result.code } });
  })
  .transform(normalizePassword);
