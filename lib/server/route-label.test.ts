// Route labels for the metrics: the build's route patterns, never an address with ids, and a
// handful of fixed labels for what no route serves. The manifest is the real build's, if present.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LABELS, labelerFrom, loadRouteLabeler } from "./route-label";

const MANIFEST = {
  staticRoutes: [{ page: "/app/initiatives/new", regex: "^/app/initiatives/new(?:/)?$" }, { page: "/robots.txt", regex: "^/robots\\.txt(?:/)?$" }],
  dynamicRoutes: [
    { page: "/app/initiatives/[code]", regex: "^/app/initiatives/([^/]+?)(?:/)?$" },
    { page: "/app/[...missing]", regex: "^/app/(.+?)(?:/)?$" },
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/feed.xml", regex: "^/([^/]+?)/feed\\.xml(?:/)?$" },
    { page: "/[locale]/initiatives/[slug]", regex: "^/([^/]+?)/initiatives/([^/]+?)(?:/)?$" },
    { page: "/[locale]/[...missing]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
  ],
};

describe("route labels", () => {
  const label = labelerFrom(MANIFEST);
  it("name the route pattern, in both languages of the public site", () => {
    expect(label("/app/initiatives/DIG-0042")).toBe("/app/initiatives/[code]");
    expect(label("/app/initiatives/new")).toBe("/app/initiatives/new");
    expect(label("/initiatives/radweg-nord")).toBe("/[locale]/initiatives/[slug]");
    expect(label("/en/initiatives/radweg-nord/")).toBe("/[locale]/initiatives/[slug]");
    expect(label("/")).toBe("/[locale]");
    expect(label("/en/feed.xml")).toBe("/[locale]/feed.xml");
    expect(label("/robots.txt")).toBe("/robots.txt");
  });

  it("keep what no route serves to a few fixed labels", () => {
    expect(label("/_next/static/chunks/abc123.js")).toBe(LABELS.nextStatic);
    expect(label("/_next/image")).toBe(LABELS.nextOther);
    expect(label("/favicon.ico")).toBe(LABELS.file);
    expect(label("/api/nothing/here")).toBe(LABELS.unmatched);
    expect(label("/app/no/such/page")).toBe("/app/[...missing]");
    expect(label("/no/such/page")).toBe("/[locale]/[...missing]");
  });

  it("read the build's manifest, and label everything unmatched without a build", () => {
    expect(loadRouteLabeler(path.join(process.cwd(), "no-such-dir"))("/app")).toBe(LABELS.unmatched);
    const built = path.join(process.cwd(), ".next");
    if (!fs.existsSync(path.join(built, "routes-manifest.json"))) return;
    const real = loadRouteLabeler(built);
    expect(real("/api/v1/initiatives/DIG-0001")).toBe("/api/v1/initiatives/[code]");
    expect(real("/initiatives/x")).toBe("/[locale]/initiatives/[slug]");
    expect(real("/reset-password/abc")).toBe("/reset-password/[token]");
  });
});
