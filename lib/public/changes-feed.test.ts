// The Atom feed routes end to end below Next: real database, real message catalogues (next-intl's
// server helpers are replaced by its plain translator, which Next normally wires per request).
import { SaxesParser } from "saxes";
import { createFormatter, createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { invalidatePublicCache } from "@/lib/public/cache";
import { demoFixture } from "@/tests/db";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "de" | "en"; namespace: string }) =>
    createTranslator({ locale, messages: locale === "de" ? de : en, namespace: namespace as never }),
  getFormatter: async ({ locale }: { locale: string }) => createFormatter({ locale, timeZone: "Europe/Berlin" }),
}));

const demo = demoFixture();
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => demo.prisma,
}));

const { GET: siteFeed, PUBLIC_ROUTE_REASON } = await import("@/app/(public)/[locale]/feed.xml/route");
const { GET: initiativeFeed } = await import("@/app/(public)/[locale]/initiatives/[slug]/feed.xml/route");

/** Element names and texts of a strictly parsed document (throws on malformed XML). */
function parse(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const names: string[] = [];
  const texts: string[] = [];
  parser.on("opentag", (tag) => names.push(tag.local));
  parser.on("text", (text) => texts.push(text));
  parser.write(xml).close();
  return { names, text: texts.join("") };
}

type Handler = (r: Request, c: { params: Promise<never> }) => Promise<Response>;
const call = (handler: Handler, params: Record<string, string>) => handler(new Request("http://localhost/feed.xml"), { params: Promise.resolve(params as never) });

describe("site feed", () => {
  it("answers a well-formed Atom feed of public changes in German", async () => {
    const res = await call(siteFeed, { locale: "de" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    const { names, text } = parse(xml);
    expect(names[0]).toBe("feed");
    expect(names.filter((n) => n === "entry").length).toBe(50);
    expect(text).toContain("Was hat sich geändert");
    expect(xml).toContain('href="http://localhost:3000/changes"');
    expect(PUBLIC_ROUTE_REASON.length).toBeGreaterThan(10);
  });

  it("speaks English under /en with English links", async () => {
    const xml = await (await call(siteFeed, { locale: "en" })).text();
    expect(parse(xml).text).toContain("What has changed");
    expect(xml).toContain('xml:lang="en"');
    expect(xml).toContain("http://localhost:3000/en/initiatives/");
  });

  it("answers 404 for an unknown language", async () => {
    expect((await call(siteFeed, { locale: "fr" })).status).toBe(404);
  });
});

describe("initiative feed", () => {
  it("lists only the changes of that public initiative", async () => {
    const i = await demo.prisma.initiative.findFirstOrThrow({
      where: { visibility: "PUBLIC", archivedAt: null, milestones: { some: { isPublic: true, completedDate: { not: null } } } },
      select: { slug: true, code: true },
    });
    const xml = await (await call(initiativeFeed, { locale: "de", slug: i.slug })).text();
    const { names } = parse(xml);
    expect(names.filter((n) => n === "entry").length).toBeGreaterThan(0);
    const links = [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set([`http://localhost:3000/initiatives/${i.slug}`]));
  });

  it("lists a change of health with the approved report's public summary, in both languages", async () => {
    const i = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null, status: "IN_PROGRESS" }, orderBy: { code: "desc" }, select: { id: true, slug: true } });
    const report = await demo.prisma.statusReport.create({
      data: { initiativeId: i.id, period: "2031-Q4", health: "AT_RISK", state: "APPROVED", summary: "INTERN-FEED-7f3a", publicSummary: "Die Vergabe dauert länger.", reviewedAt: new Date("2026-11-24T09:00:00Z") },
      select: { id: true },
    });
    await demo.prisma.auditEvent.create({
      data: {
        at: new Date("2026-11-24T09:00:00Z"),
        action: "initiative.health.fromReport",
        entityType: "Initiative",
        entityId: i.id,
        initiativeId: i.id,
        before: { id: i.id, health: "ON_TRACK", version: 1 },
        after: { id: i.id, health: "AT_RISK", version: 2, statusReportId: report.id, period: "2031-Q4" },
      },
    });
    invalidatePublicCache();
    const de = await (await call(initiativeFeed, { locale: "de", slug: i.slug })).text();
    expect(parse(de).text).toContain("Lage geändert: Im Plan → Gefährdet");
    expect(de).toContain("Begründung: Die Vergabe dauert länger.");
    const en = await (await call(initiativeFeed, { locale: "en", slug: i.slug })).text();
    expect(parse(en).text).toContain("Health changed: On track → At risk");
    expect(de + en).not.toContain("INTERN-FEED-7f3a");
  });

  it("answers 404 for an internal initiative", async () => {
    const hidden = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { slug: true } });
    expect((await call(initiativeFeed, { locale: "de", slug: hidden.slug })).status).toBe(404);
  });
});
