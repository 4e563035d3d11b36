// The leak scanner shared by tests/leak/leak.test.ts and e2e/public-leak.spec.ts: finds the
// markers that prisma/seed/leak-markers.ts plants in internal fields, in any text (JSON, CSV, HTML,
// XML, RSC payloads), whatever the case and however a page formats the marker amount.
// Kept free of app imports so Playwright can load it as it is.
export const MARKER_PATTERNS: RegExp[] = [
  /leak-7f3a/i,
  // 987654.32 as stored, and as German or English number formatting may print it (also rounded);
  // not inside a longer token, so hex ids and build hashes that happen to contain the digits do not count.
  /(?<![0-9A-Za-z])987[.,\s\u00a0\u202f]?654(?:[.,]\d{1,2})?(?![0-9A-Za-z])/,
];

/** Every marker occurrence in `text`, each with a little context for the failure message. */
export function findLeaks(text: string): string[] {
  const found: string[] = [];
  for (const pattern of MARKER_PATTERNS) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const at = match.index ?? 0;
      found.push(text.slice(Math.max(0, at - 60), at + match[0].length + 60).replace(/\s+/g, " "));
    }
  }
  return found;
}

/** JSON text of any loader result: Maps and Sets spelled out (JSON.stringify would drop them), Decimals as strings. */
export function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return Object.fromEntries(v);
    if (v instanceof Set) return [...v];
    if (typeof v === "bigint") return v.toString();
    return v;
  });
}
