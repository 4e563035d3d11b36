// The route a request went to, as a bounded label for the metrics and the access log: the route's
// pattern (`/[locale]/initiatives/[slug]`), never the address with its ids and slugs, so the number
// of label values is the number of routes. Read from the build's own route table
// (.next/routes-manifest.json), in the order Next.js matches them; a German public address without
// prefix is matched as the /de/… route the proxy rewrites it to (lib/i18n/config.ts).
import fs from "node:fs";
import path from "node:path";
import { publicRouteFor } from "@/lib/i18n/config";

/** Labels of requests that no route of the app serves. */
export const LABELS = {
  nextStatic: "/_next/static",
  nextOther: "/_next",
  file: "(static file)",
  unmatched: "(unmatched)",
  refused: "(refused)",
  metrics: "/api/metrics",
} as const;

type Manifest = { staticRoutes?: { page: string; regex: string }[]; dynamicRoutes?: { page: string; regex: string }[] };
export type RouteLabeler = (pathname: string) => string;

/** A labeler from a routes manifest's content (tests pass their own). */
export function labelerFrom(manifest: Manifest): RouteLabeler {
  const statics = new Map<string, string>();
  for (const r of manifest.staticRoutes ?? []) statics.set(r.page, r.page);
  const dynamics = (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return LABELS.nextStatic;
    if (pathname.startsWith("/_next/")) return LABELS.nextOther;
    if (pathname === LABELS.metrics) return LABELS.metrics;
    const decision = publicRouteFor(pathname);
    const target = decision.action === "rewrite" ? decision.to : pathname;
    const trimmed = target.length > 1 && target.endsWith("/") ? target.slice(0, -1) : target;
    const known = statics.get(trimmed);
    if (known) return known;
    // A dotted last segment is a file from public/ (favicon.ico), unless a route names it (feed.xml).
    const last = trimmed.slice(trimmed.lastIndexOf("/") + 1);
    const isPublic = decision.action !== "none";
    for (const { page, regex } of dynamics) {
      // The public site's routes take any first segment as the language; /api/… is not one.
      if ((!isPublic && page.startsWith("/[locale]")) || !regex.test(target)) continue;
      if (last.includes(".") && !page.endsWith(last)) return LABELS.file;
      return page;
    }
    return last.includes(".") ? LABELS.file : LABELS.unmatched;
  };
}

/** The labeler of the build in `distDir` (.next); before a build (next dev) every route is "(unmatched)". */
export function loadRouteLabeler(distDir: string): RouteLabeler {
  try {
    return labelerFrom(JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as Manifest);
  } catch {
    return labelerFrom({});
  }
}
