// The client's address for rate limits and the audit log. Next.js fills X-Forwarded-For with the
// socket address only when the header is absent, so behind N trusted reverse proxies (each
// appending to the header) the client is the N-th entry from the right. Without a proxy a client
// can send its own header; the per-account limit does not depend on the address.
import { env } from "@/lib/env";

export function clientAddress(forwardedFor: string | null | undefined, hops = env().trustedProxyHops): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - Math.max(1, hops));
  return (entries[index] ?? "unknown").slice(0, 64);
}
