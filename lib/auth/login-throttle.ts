// Brute-force protection for sign-in (OWASP ASVS 4 V2.2.1), kept in the database (login_attempts)
// so that the limits hold across app instances and restarts.
//
// Policy: failed attempts are counted in a sliding window, per account (the normalised email as
// typed, whether or not a user has it, so that a refusal never tells which accounts exist) and per
// client address. When a limit is reached, further attempts are refused without checking the password.
//
// Trade-off, on purpose: the lockout is temporary by construction. Nothing is ever "locked": a
// failure simply stops counting once it is older than the window, and refused attempts are not
// recorded, so they do not prolong anything. An attacker can therefore lock an account for at most
// the window after their last real failure, never for good, and no admin action is needed to unlock.
// The price: an attacker who keeps spending their 10 failures every 15 minutes keeps that account
// refused for as long as they go on (visible as auth.login.failed / auth.login.throttled audit events,
// and bounded per address). Per-device exemptions (a "device cookie" after a successful sign-in) would
// close that gap and are a possible later addition. A successful sign-in resets nothing either: the
// failures before it still count until they leave the window, which keeps the rule one line long.
import type { Db, Tx } from "@/lib/db/client";

/** Length of the sliding window in which failed attempts count. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts per account (normalised email) within the window; the next one is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** Failed attempts per client address within the window, across all accounts. */
export const MAX_FAILURES_PER_ADDRESS = 50;

type Client = Db | Tx;
export type ThrottleKey = { email: string; ip: string };
export type ThrottleScope = "account" | "address";
export type ThrottleStatus = { throttled: boolean; retryAfterSeconds?: number; scope?: ThrottleScope };

/** The account key: trimmed, lower-case email. authenticate() passes it already normalised. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function failuresIn(scope: ThrottleScope, key: ThrottleKey, now: Date) {
  // No upper bound on purpose: a concurrent request whose clock reading is a moment later (or another
  // instance with a clock slightly ahead) must still count, or parallel claims could miss each other.
  const at = { gt: new Date(now.getTime() - LOGIN_WINDOW_MS) };
  // Served by the (email, at) and (ip, at) indexes.
  return scope === "account"
    ? { email: normalizeEmail(key.email), at, success: false }
    : { ip: key.ip, at, success: false };
}

/** Seconds until so many failures have left the window that the count is below the limit again. */
async function secondsUntilBelow(db: Client, scope: ThrottleScope, key: ThrottleKey, count: number, limit: number, now: Date) {
  // The failure whose expiry brings the count to limit - 1 is the (count - limit)th, oldest first.
  const row = await db.loginAttempt.findFirst({
    where: failuresIn(scope, key, now),
    orderBy: [{ at: "asc" }, { id: "asc" }],
    skip: count - limit,
    select: { at: true },
  });
  if (!row) return 1;
  return Math.max(1, Math.ceil((row.at.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
}

/** Whether a sign-in attempt for this account from this address is to be refused now. */
export async function isThrottled(db: Client, key: ThrottleKey, now: Date = new Date()): Promise<ThrottleStatus> {
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: failuresIn("account", key, now) }),
    db.loginAttempt.count({ where: failuresIn("address", key, now) }),
  ]);
  const limited: { scope: ThrottleScope; seconds: number }[] = [];
  if (account >= MAX_FAILURES_PER_ACCOUNT) {
    limited.push({ scope: "account", seconds: await secondsUntilBelow(db, "account", key, account, MAX_FAILURES_PER_ACCOUNT, now) });
  }
  if (address >= MAX_FAILURES_PER_ADDRESS) {
    limited.push({ scope: "address", seconds: await secondsUntilBelow(db, "address", key, address, MAX_FAILURES_PER_ADDRESS, now) });
  }
  if (!limited.length) return { throttled: false };
  // Both limits reached: the one that lasts longer is the one that matters.
  const binding = limited.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { throttled: true, retryAfterSeconds: binding.seconds, scope: binding.scope };
}

/** Records one sign-in attempt; returns its id. */
export async function recordAttempt(
  db: Client,
  attempt: ThrottleKey & { success: boolean },
  now: Date = new Date(),
): Promise<{ id: bigint }> {
  return db.loginAttempt.create({
    data: { email: normalizeEmail(attempt.email), ip: attempt.ip, success: attempt.success, at: now },
    select: { id: true },
  });
}

/**
 * Takes one slot in both windows before the password is checked, so that parallel requests cannot
 * all pass a check-then-record sequence (a burst of 100 concurrent guesses would otherwise all see
 * "9 failures so far"). The slot is recorded as a failure and committed first, then counted: of
 * any number of concurrent claims at most the limit see a count within it. A claim over the limit
 * is removed again (so refused attempts never prolong a lockout) and answered with the status.
 * The caller turns a claim into a success with `markAttemptSucceeded` when the password was right.
 */
export async function claimAttempt(
  db: Db,
  key: ThrottleKey,
  now: Date = new Date(),
): Promise<{ claimed: true; id: bigint } | { claimed: false; status: ThrottleStatus }> {
  const { id } = await recordAttempt(db, { ...key, success: false }, now);
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: failuresIn("account", key, now) }),
    db.loginAttempt.count({ where: failuresIn("address", key, now) }),
  ]);
  if (account <= MAX_FAILURES_PER_ACCOUNT && address <= MAX_FAILURES_PER_ADDRESS) return { claimed: true, id };
  await db.loginAttempt.delete({ where: { id } });
  const status = await isThrottled(db, key, now);
  if (status.throttled) return { claimed: false, status };
  // Lost a race against claims that have since been withdrawn: still refused, briefly.
  const scope: ThrottleScope = account > MAX_FAILURES_PER_ACCOUNT ? "account" : "address";
  return { claimed: false, status: { throttled: true, retryAfterSeconds: 1, scope } };
}

/** Marks a claimed attempt as successful (a claim counts as a failure until then). */
export async function markAttemptSucceeded(db: Client, id: bigint): Promise<void> {
  await db.loginAttempt.update({ where: { id }, data: { success: true } });
}

/**
 * Deletes attempts older than `olderThan` (housekeeping, e.g. daily). The cutoff is capped at the
 * start of the current window, so pruning can never lift a running limit.
 */
export async function pruneLoginAttempts(db: Client, olderThan: Date, now: Date = new Date()): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { at: { lt: pruneCutoff(olderThan, now) } } });
  return count;
}

/** The attempts pruning would delete, without deleting them (the jobs' dry run). */
export async function countPrunableLoginAttempts(db: Client, olderThan: Date, now: Date = new Date()): Promise<number> {
  return db.loginAttempt.count({ where: { at: { lt: pruneCutoff(olderThan, now) } } });
}

function pruneCutoff(olderThan: Date, now: Date): Date {
  return new Date(Math.min(olderThan.getTime(), now.getTime() - LOGIN_WINDOW_MS));
}
