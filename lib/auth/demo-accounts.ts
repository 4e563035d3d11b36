// Whether the login page may offer the demo accounts: only in demo mode, and only when the demo
// password really opens them. A PostgreSQL database seeded without DEMO_MODE has the demo users
// without passwords; starting it later with DEMO_MODE=true must not advertise a password that
// fails (issue 14, item 8). Checked against the admin account's hash, once per minute at most
// (Argon2id is slow on purpose).
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo";

const TTL_MS = 60_000;
let cached: { at: number; works: boolean } | undefined;

export async function demoPasswordWorks(db: Db, now = Date.now()): Promise<boolean> {
  if (cached && now - cached.at < TTL_MS) return cached.works;
  const user = await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0] }, select: { passwordHash: true, active: true } });
  const works = !!user?.active && !!user.passwordHash && (await verifyPassword(user.passwordHash, DEMO_PASSWORD));
  cached = { at: now, works };
  return works;
}

/** For tests: forget the cached answer. */
export function forgetDemoPasswordCheck(): void {
  cached = undefined;
}
