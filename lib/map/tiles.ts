// The optional background tiles (MAP_TILE_URL, e.g. a city's own tile server
// "https://tiles.example.org/{z}/{x}/{y}.png"). Off by default: the map then makes no request to
// anyone. When set, the visitor's browser fetches the tiles from that server (named in the privacy
// text), and the pages' Content-Security-Policy allows images from its origin (lib/security/headers.ts).

/** The configured tile URL template, or null when unset or not an http(s) URL with {z}, {x} and {y}. */
export function tileUrlTemplate(value: string | undefined = process.env.MAP_TILE_URL): string | null {
  const v = value?.trim();
  if (!v || !/\{z\}/.test(v) || !/\{x\}/.test(v) || !/\{y\}/.test(v)) return null;
  try {
    const u = new URL(v.replace(/\{[xyz]\}/g, "0"));
    return u.protocol === "https:" || u.protocol === "http:" ? v : null;
  } catch {
    return null;
  }
}

/** The tile server's origin, for img-src; null without tiles. */
export function tileOrigin(value: string | undefined = process.env.MAP_TILE_URL): string | null {
  const t = tileUrlTemplate(value);
  return t ? new URL(t.replace(/\{[xyz]\}/g, "0")).origin : null;
}

export type Tile = { href: string; x: number; y: number; size: number };

/**
 * The web-Mercator tiles that cover a box drawn by a d3 geoMercator projection with scale `k` and
 * translation `[tx, ty]` (the same projection, so tiles and outlines line up).
 */
export function tilesFor(template: string, k: number, [tx, ty]: [number, number], width: number, height: number): Tile[] {
  const world = 2 * Math.PI * k;
  const z = Math.max(0, Math.min(19, Math.round(Math.log2(world / 256))));
  const n = 2 ** z;
  const size = world / n;
  const left = tx - world / 2;
  const top = ty - world / 2;
  const tiles: Tile[] = [];
  for (let X = Math.max(0, Math.floor(-left / size)); X <= Math.min(n - 1, Math.floor((width - left) / size)); X++) {
    for (let Y = Math.max(0, Math.floor(-top / size)); Y <= Math.min(n - 1, Math.floor((height - top) / size)); Y++) {
      const href = template.replace("{z}", String(z)).replace("{x}", String(X)).replace("{y}", String(Y));
      tiles.push({ href, x: Math.round((left + X * size) * 10) / 10, y: Math.round((top + Y * size) * 10) / 10, size: Math.round(size * 10) / 10 });
    }
  }
  return tiles;
}
