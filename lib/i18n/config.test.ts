import { describe, expect, it } from "vitest";
import { localePath, otherLanguageHref, publicAlternates, publicPageMetadata, publicRouteFor, queryRouteFor, splitPublicPath } from "./config";

describe("publicRouteFor (what proxy.ts does with a path)", () => {
  it.each([
    ["/", "/de"],
    ["/fields/mobilitaet", "/de/fields/mobilitaet"],
    ["/initiatives", "/de/initiatives"],
    ["/initiatives/e-akte/feed.xml", "/de/initiatives/e-akte/feed.xml"],
    ["/feed.xml", "/de/feed.xml"],
    ["/open-data", "/de/open-data"],
  ])("serves the German page %s from %s without changing the address", (path, to) => {
    expect(publicRouteFor(path)).toEqual({ action: "rewrite", locale: "de", to });
  });

  it.each(["/en", "/en/fields/mobilitaet", "/en/feed.xml", "/en/initiatives/e-akte"])("passes the English page %s through", (path) => {
    expect(publicRouteFor(path)).toEqual({ action: "pass", locale: "en" });
  });

  it.each([
    ["/de", "/"],
    ["/de/fields/mobilitaet", "/fields/mobilitaet"],
    ["/de/feed.xml", "/feed.xml"],
  ])("redirects the explicit German address %s to %s", (path, to) => {
    expect(publicRouteFor(path)).toEqual({ action: "redirect", to });
  });

  it.each(["/app", "/app/initiatives/VER-01", "/api/health", "/api/public/initiatives", "/login", "/reset-password/abc", "/_next/data/x.json", "/robots.txt", "/sitemap.xml", "/favicon.ico", "/logo.svg"])(
    "leaves %s alone",
    (path) => {
      expect(publicRouteFor(path)).toEqual({ action: "none" });
    },
  );

  it("does not mistake a page whose name starts like a reserved area for that area", () => {
    expect(publicRouteFor("/applications")).toEqual({ action: "rewrite", locale: "de", to: "/de/applications" });
    expect(publicRouteFor("/english")).toEqual({ action: "rewrite", locale: "de", to: "/de/english" });
    expect(publicRouteFor("/designs")).toEqual({ action: "rewrite", locale: "de", to: "/de/designs" });
  });
});

describe("public paths per language", () => {
  it("puts English under /en and German at the root", () => {
    expect(localePath("de", "/")).toBe("/");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("de", "/fields/bildung")).toBe("/fields/bildung");
    expect(localePath("en", "/fields/bildung")).toBe("/en/fields/bildung");
  });

  it("splits an address into language and page", () => {
    expect(splitPublicPath("/en/initiatives/x")).toEqual({ locale: "en", path: "/initiatives/x" });
    expect(splitPublicPath("/initiatives/x")).toEqual({ locale: "de", path: "/initiatives/x" });
    expect(splitPublicPath("/de/initiatives/x")).toEqual({ locale: "de", path: "/initiatives/x" });
    expect(splitPublicPath("/login")).toBeNull();
  });

  it("switches language on the same page and keeps the query, without Next's internal parameters", () => {
    expect(otherLanguageHref("/initiatives", "?status=IN_PROGRESS&q=Schule")).toBe("/en/initiatives?status=IN_PROGRESS&q=Schule");
    expect(otherLanguageHref("/en/initiatives", "status=PLANNED&_rsc=1x2")).toBe("/initiatives?status=PLANNED");
    expect(otherLanguageHref("/en", "")).toBe("/");
    expect(otherLanguageHref("/", "")).toBe("/en");
    expect(otherLanguageHref("/app", "")).toBeNull();
  });
});

describe("public page metadata", () => {
  it("names the canonical URL and the hreflang alternates de, en and x-default", () => {
    expect(publicAlternates("en", "/fields/mobilitaet")).toEqual({
      canonical: "/en/fields/mobilitaet",
      languages: { de: "/fields/mobilitaet", en: "/en/fields/mobilitaet", "x-default": "/fields/mobilitaet" },
    });
    expect(publicAlternates("de", "/")).toEqual({ canonical: "/", languages: { de: "/", en: "/en", "x-default": "/" } });
  });

  it("adds Open Graph basics in the page's language and announces the Atom feed", () => {
    const meta = publicPageMetadata({ locale: "en", path: "/initiatives/x", title: "X", description: "About X", siteName: "Masterplan Monitor", feed: { path: "/initiatives/x/feed.xml", title: "Changes" } });
    expect(meta.openGraph).toMatchObject({ title: "X", description: "About X", url: "/en/initiatives/x", locale: "en_GB", siteName: "Masterplan Monitor" });
    expect(meta.alternates?.types).toEqual({ "application/atom+xml": [{ url: "/en/initiatives/x/feed.xml", title: "Changes" }] });
    expect(meta.alternates?.canonical).toBe("/en/initiatives/x");
  });
});

describe("queryRouteFor (public lists with a query are served by their twin route)", () => {
  const q = (search: string) => new URLSearchParams(search);
  it("sends the list with filters or a page to ~query, in the page's language", () => {
    expect(queryRouteFor("de", "/initiatives", q("field=mobilitaet"))).toBe("/de/initiatives/~query");
    expect(queryRouteFor("en", "/initiatives", q("page=2"))).toBe("/en/initiatives/~query");
    // An empty value is still a query the visitor sent (the form submits every field).
    expect(queryRouteFor("de", "/initiatives", q("q="))).toBe("/de/initiatives/~query");
  });
  it("leaves the list without a query, Next's own _rsc, and every other page to the page cache", () => {
    expect(queryRouteFor("de", "/initiatives", q(""))).toBeNull();
    expect(queryRouteFor("de", "/initiatives", q("_rsc=abc"))).toBeNull();
    expect(queryRouteFor("de", "/initiatives/ver-01", q("page=2"))).toBeNull();
    expect(queryRouteFor("de", "/", q("field=x"))).toBeNull();
  });
});
