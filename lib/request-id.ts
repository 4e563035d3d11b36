// The id of the request being served, as set by proxy.ts, for log lines and error references.
import { headers } from "next/headers";
import { requestIdFrom } from "@/lib/security/headers";

/**
 * The current request's id. Outside a request (start-up, scripts, tests) there is none, so a
 * fresh one is returned and the caller can still correlate its own log lines.
 */
export async function currentRequestId(): Promise<string> {
  try {
    // Validated again: a route the proxy does not match would pass the client's header through.
    return requestIdFrom((await headers()).get("x-request-id"));
  } catch {
    return crypto.randomUUID();
  }
}
