// Hash-based CSP for HTML that is rendered once and served many times (the public site, issue 16).
// A per-request nonce forces every page to render per request; cached HTML cannot carry one. Its
// inline scripts (React's flight data, Next's bootstrap) are allowed by their SHA-256 hashes
// instead, computed from the very bytes sent, so an injected script (whose text is not in the
// list) is refused as before. External scripts load from our own origin only ('self').
import { createHash } from "node:crypto";

/** The opening tag of a script element and its text up to the closing tag (script text is raw: no entities). */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /\ssrc\s*=/i;
/** Types a browser does not run: data blocks (JSON) need no hash. */
const DATA_TYPE = /\stype\s*=\s*["']?(application\/(ld\+)?json|text\/plain)/i;

/** The CSP source expressions ('sha256-…') of every inline script in `html`, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(SCRIPT)) {
    const attributes = m[1] ?? "";
    if (HAS_SRC.test(attributes) || DATA_TYPE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(m[2] ?? "", "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
