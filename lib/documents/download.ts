// A document's download response, the same for the app and the citizens' site: always an
// attachment (RFC 6266 with the UTF-8 name in filename*, RFC 5987), with the type found in its
// content, `nosniff` and a sandboxing CSP, so that no browser renders it as a page of this site.
import { contentDisposition } from "@/lib/api/http";
import { documentStore } from "./storage";

export type Downloadable = { name: string; contentType: string; size: number; storageKey: string };

/** The response for `doc`, or null when its bytes are missing from the store. */
export async function documentResponse(doc: Downloadable, cacheControl: string, method: "GET" | "HEAD" = "GET"): Promise<Response | null> {
  const stored = await documentStore().get(doc.storageKey);
  if (!stored) return null;
  const headers = {
    "Content-Type": doc.contentType,
    "Content-Length": String(stored.size || doc.size),
    "Content-Disposition": contentDisposition(doc.name),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cache-Control": cacheControl,
  };
  if (method === "HEAD") {
    await stored.body.cancel();
    return new Response(null, { status: 200, headers });
  }
  return new Response(stored.body, { status: 200, headers });
}
