// The client's address for rate limits, sessions and the audit log (issue 14, item 2). Only the
// app's own HTTP server (lib/server/serve.ts) knows the socket, so it decides once per request and
// hands the answer on in CLIENT_ADDRESS_HEADER, replacing whatever a client sent under that name:
// - TRUSTED_PROXY_HOPS=0: the socket's address; X-Forwarded-For is ignored (anyone can send it);
// - N hops: the N-th entry of X-Forwarded-For from the right – each trusted proxy appends the
//   address it was called from, so entries left of that are the client's own claims.
// Without that header (`next dev`, or a server that is not ours) the address is "unknown": a shared
// bucket for the per-address limit, never a value a client chose.
export const CLIENT_ADDRESS_HEADER = "x-mm-client-address";
export const UNKNOWN_ADDRESS = "unknown";

/** "::ffff:10.0.0.1" → "10.0.0.1"; at most 64 characters; empty → unknown. */
function normalize(address: string | null | undefined): string {
  const a = (address ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return a ? a.slice(0, 64) : UNKNOWN_ADDRESS;
}

/** What the server decides for one request: the socket's address, or the N-th forwarded entry from the right. */
export function deriveClientAddress(socketAddress: string | null | undefined, forwardedFor: string | string[] | null | undefined, hops: number): string {
  if (hops <= 0) return normalize(socketAddress);
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the request did not come through all of them.
  if (entries.length < hops) return normalize(socketAddress);
  return normalize(entries[entries.length - hops]);
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The address the server decided for this request (see above). */
export function clientAddress(headers: HeaderSource | null | undefined): string {
  if (!headers) return UNKNOWN_ADDRESS;
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return normalize(Array.isArray(raw) ? raw[0] : raw);
}
