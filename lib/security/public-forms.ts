// Spam limits for the citizens' forms (feedback, e-mail subscriptions), without an account and
// without a third-party captcha (issue 20):
// - the client's address is the one lib/auth/client-address.ts decided for the request, and only
//   an HMAC of it is ever stored (keyed from the auth secret: the hash of an address cannot be
//   looked up in a table of all IPv4 addresses without the key);
// - a per-address rate limit in the database (public_rate_hits), so that it holds across
//   instances: a slot is claimed first and counted after, as the sign-in throttle does
//   (lib/auth/login-throttle.ts), so parallel requests cannot all pass a check-then-record;
// - a signed form token carrying the time the form was rendered: a submission sooner than
//   MIN_FILL_MS after it (a bot that posts at once) or later than MAX_FORM_AGE_MS is refused.
import crypto from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import type { Db, Tx } from "@/lib/db/client";

/** A person needs longer than this to read and fill in the form. */
export const MIN_FILL_MS = 3_000;
/** A form older than this is stale: the page offers a fresh one. */
export const MAX_FORM_AGE_MS = 2 * 60 * 60 * 1000;

/** A key for one purpose, derived from the auth secret (never the secret itself). */
export function derivedKey(purpose: string): Buffer {
  return crypto.createHmac("sha256", authSecret()).update(`masterplan-monitor:${purpose}`).digest();
}

function mac(purpose: string, data: string): string {
  return crypto.createHmac("sha256", derivedKey(purpose)).update(data).digest("base64url");
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The HMAC of a client address (or any other rate-limit key, e.g. an e-mail address). */
export function hashAddress(address: string): string {
  return mac("client-address", address.trim().toLowerCase()).slice(0, 32);
}

/** A form token for `form` on `subject` (e.g. the initiative's id), issued at `now`. */
export function issueFormToken(form: string, subject: string, now: Date): string {
  const issued = now.getTime().toString(36);
  const nonce = crypto.randomBytes(9).toString("base64url");
  return `${issued}.${nonce}.${mac("form-token", `${form}|${subject}|${issued}|${nonce}`)}`;
}

export type FormTokenCheck = "ok" | "tooFast" | "expired" | "invalid";

export function checkFormToken(token: unknown, form: string, subject: string, now: Date): FormTokenCheck {
  if (typeof token !== "string" || token.length > 200) return "invalid";
  const [issued, nonce, sig, ...rest] = token.split(".");
  if (!issued || !nonce || !sig || rest.length) return "invalid";
  if (!sameMac(sig, mac("form-token", `${form}|${subject}|${issued}|${nonce}`))) return "invalid";
  const age = now.getTime() - parseInt(issued, 36);
  if (!Number.isFinite(age)) return "invalid";
  if (age < MIN_FILL_MS) return "tooFast";
  if (age > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}

/** A value signed for one purpose (links in mails): "<value>.<mac>". */
export function signValue(purpose: string, value: string): string {
  return `${value}.${mac(`signed:${purpose}`, value)}`;
}

/** The value of a token made by signValue for `purpose`, or null when it was not. */
export function verifySignedValue(purpose: string, token: unknown): string | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const at = token.lastIndexOf(".");
  if (at <= 0) return null;
  const value = token.slice(0, at);
  return sameMac(token.slice(at + 1), mac(`signed:${purpose}`, value)) ? value : null;
}

export type RateLimit = { bucket: string; limit: number; windowMs: number };

/**
 * Takes one slot of `limit` per `windowMs` for `keyHash` in `bucket`; false when the limit is
 * reached (the claim is withdrawn again, so refused requests do not prolong the limit).
 */
export async function claimRateSlot(db: Db, rule: RateLimit, keyHash: string, now: Date): Promise<boolean> {
  const row = await db.publicRateHit.create({ data: { bucket: rule.bucket, addressHash: keyHash, at: now }, select: { id: true } });
  const count = await db.publicRateHit.count({
    where: { bucket: rule.bucket, addressHash: keyHash, at: { gt: new Date(now.getTime() - rule.windowMs) } },
  });
  if (count <= rule.limit) return true;
  await db.publicRateHit.delete({ where: { id: row.id } });
  return false;
}

/** Deletes rate-limit hits older than a day (no limit counts longer). */
export async function prunePublicRateHits(db: Db | Tx, now: Date): Promise<number> {
  const { count } = await db.publicRateHit.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
  return count;
}
