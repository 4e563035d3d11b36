// LEAK TEST (issue 6): with markers planted in every internal field (prisma/seed/leak-markers.ts),
// no public output may contain one. Calls every exported loader of lib/public and lib/open-data
// with every slug we know (the internal and archived ones too) and every public route handler
// (the open-data API, feeds) with every parameter, and scans all of it. The test of the test
// proves the scan finds what a careless loader would publish.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { invalidatePublicCache } from "@/lib/public/cache";
import os from "node:os";
import { reloadEnv } from "@/lib/env";
import { LEAK_INTERNAL_SLUG, LEAK_USER_EMAIL, seedLeakMarkers } from "@/prisma/seed/leak-markers";
import { seedDocumentLeakMarkers, type DocumentLeakSeed } from "@/prisma/seed/leak-markers-documents";
import { demoFixture } from "@/tests/db";
import { findLeaks, serialise } from "./scan";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const root = process.cwd();
const demo = demoFixture();
let slugs: string[];
let hostSlug: string;
let documents: DocumentLeakSeed;

beforeAll(async () => {
  shared.db = demo.prisma;
  const seeded = await seedLeakMarkers(demo.prisma);
  expect(seeded).not.toBeNull();
  hostSlug = seeded!.hostSlug;
  // Documents are stored for real (the download routes are scanned), in a directory of this run's own.
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "mm-leak-"));
  reloadEnv();
  documents = await seedDocumentLeakMarkers(demo.prisma, hostSlug);
  invalidatePublicCache();
  const [initiatives, fields, districts, partners] = await Promise.all([
    demo.prisma.initiative.findMany({ select: { slug: true }, where: { OR: [{ slug: { startsWith: "leak-" } }, { slug: seeded!.hostSlug }] } }),
    demo.prisma.fieldOfAction.findMany({ select: { slug: true, code: true } }),
    demo.prisma.district.findMany({ select: { slug: true } }),
    demo.prisma.partner.findMany({ select: { slug: true }, where: { OR: [{ slug: { startsWith: "leak-" } }, { initiatives: { some: { initiative: { slug: seeded!.hostSlug } } } }] } }),
  ]);
  slugs = [...new Set([...initiatives, ...fields, ...districts, ...partners].map((x) => x.slug).concat(fields.map((f) => f.code)))];
}, 120_000);

/** Every string inside `value` (arguments, filters), so an output that merely echoes what was asked is not a leak. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value, encodeURIComponent(value)];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** `text` without the echoes of the request: the slug in a self link, the search term in a query string. */
function withoutEcho(text: string, asked: unknown): string {
  const echoes = stringsIn(asked).filter((s) => s.length > 3).sort((a, b) => b.length - a.length);
  return echoes.reduce((acc, e) => acc.split(e).join(""), text);
}

/** Every text a check produced, with where it came from, for one scan at the end of each test. */
function expectNoLeaks(outputs: { source: string; text: string }[]) {
  const leaks = outputs.flatMap((o) => findLeaks(o.text).map((snippet) => `${o.source}: …${snippet}…`));
  expect(leaks, leaks.slice(0, 20).join("\n")).toEqual([]);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

describe("the markers", () => {
  it("are in the database, in internal rows of many kinds", async () => {
    const [initiatives, reports, kpis, users, tokens, publishRequests] = await Promise.all([
      demo.prisma.initiative.count({ where: { title: { startsWith: "LEAK-7f3a" } } }),
      demo.prisma.statusReport.count({ where: { summary: { startsWith: "LEAK-7f3a" } } }),
      demo.prisma.kpi.count({ where: { name: { startsWith: "LEAK-7f3a" } } }),
      demo.prisma.user.count({ where: { email: LEAK_USER_EMAIL } }),
      demo.prisma.apiToken.count({ where: { name: { startsWith: "LEAK-7f3a" } } }),
      // Pending publication requests: their preview of the internal initiative and milestone is not public.
      demo.prisma.publishRequest.count({ where: { status: "PENDING", label: { startsWith: "LEAK-7f3a" } } }),
    ]);
    expect({ initiatives, reports, kpis, users, tokens, publishRequests }).toEqual({ initiatives: 2, reports: 6, kpis: 5, users: 1, tokens: 1, publishRequests: 2 });
  });
});

describe("public loaders (lib/public, lib/open-data)", () => {
  // Every loader × every slug, filter and page: a minute on a loaded 2-core machine, not 30 s.
  it("return no marker for any slug, filter or page", { timeout: 180_000 }, async () => {
    const files = ["lib/public", "lib/open-data"].flatMap((d) =>
      fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "test-helpers.ts").map((f) => path.join(root, d, f)),
    );
    const outputs: { source: string; text: string }[] = [];
    const called = new Set<string>();
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      // Filter objects made by the module's own parser (e.g. the list page's), searching for a marker too.
      const parse = Object.entries(mod).find(([name, fn]) => /^parse\w*Filters$/.test(name) && typeof fn === "function")?.[1] as ((p: object) => unknown) | undefined;
      const filters = parse ? [parse({}), parse({ q: "LEAK-7f3a" }), parse({ q: "leak" }), ...slugs.map((s) => parse({ field: s, district: s, partner: s }))] : [];
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn !== "function" || !/^(load|get|list|query|build)/.test(name) || name === "buildAtomFeed") continue;
        const argLists: unknown[][] = [[], ...slugs.map((s) => [s]), ...filters.map((f) => [f]), [{ initiativeSlug: hostSlug }]];
        // The open-data lists take a filter object where {} means "everything", and an optional page.
        if (file.includes("open-data")) argLists.push([{}], [{}, { limit: 1_000, offset: 0 }], ...slugs.map((s) => [{ initiative: s, partner: s, district: s }]));
        for (const args of argLists) {
          // Required parameters (after the database) are always given: a call that leaves one out is a
          // misuse no page makes, and its unfiltered answer would say nothing about the pages.
          if (args.length < fn.length - 1) continue;
          try {
            const result = await (fn as (...a: unknown[]) => unknown)(demo.prisma, ...args);
            outputs.push({ source: `${path.relative(root, file)} ${name}(${serialise(args).slice(1, -1)})`, text: withoutEcho(serialise(result), args) });
            called.add(`${path.basename(file)}:${name}`);
          } catch {
            // Arguments of the wrong shape for this loader; the ones that fit are enough.
          }
        }
      }
    }
    // Not vacuous: the open-data loaders and the site's loaders were reached.
    for (const required of ["initiatives.ts:getInitiativeDetail", "initiatives.ts:listInitiatives", "tables.ts:listKpis", "tables.ts:listPartners", "catalog.ts:buildCatalog"]) {
      expect([...called]).toContain(required);
    }
    expect([...called].filter((c) => !/^(initiatives|tables|catalog|openapi)\.ts/.test(c)).length).toBeGreaterThanOrEqual(5);
    expectNoLeaks(outputs);
  });
});

describe("public route handlers", () => {
  const routeFiles = () =>
    walk(path.join(root, "app"))
      .filter((f) => f.endsWith(`${path.sep}route.ts`))
      .filter((f) => !/api[/\\](auth|password-reset|health|v1)[/\\]/.test(f));

  it("answer without a marker for every path, slug and filter", { timeout: 180_000 }, async () => {
    const outputs: { source: string; text: string }[] = [];
    let apiCalls = 0;
    for (const file of routeFiles()) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      if (typeof mod.PUBLIC_ROUTE_REASON !== "string" || typeof mod.GET !== "function") continue;
      const rel = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
      const dynamic = rel.filter((s) => /^\[\w+\]$/.test(s)).map((s) => s.slice(1, -1));
      const values = (name: string) => (name === "locale" ? ["de", "en"] : slugs);
      // Every combination of values for the route's dynamic segments (at most two segments here).
      let combos: Record<string, string>[] = [{}];
      for (const name of dynamic) combos = combos.flatMap((c) => values(name).map((v) => ({ ...c, [name]: v })));
      const isApi = rel[0] === "api";
      const searches = isApi ? ["", "?limit=1000", ...["field", "district", "partner", "initiative"].flatMap((k) => slugs.map((s) => `?${k}=${s}`))] : [""];
      for (const params of combos) {
        for (const search of searches) {
          const urlPath = `/${rel.map((s) => (/^\[\w+\]$/.test(s) ? params[s.slice(1, -1)] : s)).join("/")}${search}`;
          let response: Response;
          try {
            response = await (mod.GET as (r: Request, c: unknown) => Promise<Response>)(new Request(`http://localhost:3000${urlPath}`), { params: Promise.resolve(params) });
          } catch (e) {
            // Only the site's feeds may need Next's request context; the open-data API never does.
            if (isApi) throw e;
            continue;
          }
          if (isApi) apiCalls++;
          outputs.push({ source: `GET ${urlPath} (${response.status})`, text: withoutEcho(await response.text(), [params, search.slice(1).split("=")[1] ?? ""]) });
        }
      }
    }
    expect(apiCalls).toBeGreaterThan(100);
    expectNoLeaks(outputs);
  });

  it("do not publish the internal initiative under its own slug", async () => {
    const { GET } = await import("@/app/api/public/v1/initiatives/[slug]/route");
    const response = await GET(new Request(`http://localhost:3000/api/public/v1/initiatives/${LEAK_INTERNAL_SLUG}`), { params: Promise.resolve({ slug: LEAK_INTERNAL_SLUG }) });
    expect(response.status).toBe(404);
  });
});

describe("documents and council decisions", () => {
  const download = async (id: string) => {
    const { GET } = await import("@/app/api/public/documents/[id]/route");
    return GET(new Request(`http://localhost:3000/api/public/documents/${id}`), { params: Promise.resolve({ id }) });
  };

  it("answer 404 for an internal document, a public document of an internal initiative and one of an unpublished report, without a marker", async () => {
    expect(documents.internalDocumentIds).toHaveLength(3);
    const outputs: { source: string; text: string }[] = [];
    for (const id of documents.internalDocumentIds) {
      const response = await download(id);
      expect(response.status).toBe(404);
      outputs.push({ source: `GET /api/public/documents/${id}`, text: `${JSON.stringify([...response.headers])}${await response.text()}` });
    }
    expectNoLeaks(outputs);
  });

  it("serve a public document of a public initiative as an attachment with nosniff", async () => {
    const response = await download(documents.publicDocumentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(documents.publicDocumentName)}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(await response.text()).toContain("public attachment");
  });

  it("list only the public document and no marked decision on the host's, the field's and the plan's public data", async () => {
    const { loadPublicInitiativeDocuments, loadPublicInitiativeDecisions, loadPublicPlanDecisions, loadPublicFieldDecisions } = await import("@/lib/public/decision-queries");
    const field = await demo.prisma.fieldOfAction.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { slug: true } });
    expect((await loadPublicInitiativeDocuments(demo.prisma, hostSlug)).map((d) => d.name)).toEqual([documents.publicDocumentName]);
    expect(await loadPublicInitiativeDocuments(demo.prisma, LEAK_INTERNAL_SLUG)).toEqual([]);
    expect(await loadPublicInitiativeDecisions(demo.prisma, LEAK_INTERNAL_SLUG)).toEqual([]);
    const outputs = [
      { source: "host decisions", text: serialise(await loadPublicInitiativeDecisions(demo.prisma, hostSlug)) },
      { source: "plan decisions", text: serialise(await loadPublicPlanDecisions(demo.prisma)) },
      { source: "field decisions", text: serialise(await loadPublicFieldDecisions(demo.prisma, field.slug)) },
    ];
    expectNoLeaks(outputs);
  });

  it("publish in the open data neither an internal decision nor a public one of an internal initiative, and name only the public initiatives a decision concerns", async () => {
    const { listDecisions } = await import("@/lib/open-data/decisions");
    const listed = await listDecisions(demo.prisma);
    const numbers = listed.map((d) => d.number);
    expect(numbers).not.toContain("LEAK-7f3a-NR1");
    expect(numbers).not.toContain("LEAK-7f3a-NR2");
    // Not vacuous: the decision shared by the host and the internal and archived initiatives is listed, with the host only.
    const shared = listed.find((d) => d.number === documents.sharedDecisionNumber);
    expect(shared?.attachedTo.initiatives.map((i) => i.slug)).toEqual([hostSlug]);
    const outputs: { source: string; text: string }[] = [{ source: "listDecisions", text: serialise(listed) }];
    for (const p of ["decisions", "decisions.csv"]) {
      const { GET } = await import(/* @vite-ignore */ path.join(root, "app", "api", "public", "v1", p, "route.ts"));
      const response = await (GET as (r: Request, c: unknown) => Promise<Response>)(new Request(`http://localhost:3000/api/public/v1/${p}`), { params: Promise.resolve({}) });
      expect(response.status, p).toBe(200);
      const text = await response.text();
      expect(text, p).toContain(documents.sharedDecisionNumber);
      outputs.push({ source: `GET /api/public/v1/${p}`, text });
    }
    expectNoLeaks(outputs);
  });

  it("the scan would find the markers in the stored rows and files (not vacuous)", async () => {
    const rows = await demo.prisma.document.findMany({ where: { id: { in: documents.internalDocumentIds } } });
    expect(findLeaks(serialise(rows)).length).toBeGreaterThan(0);
    const decisions = await demo.prisma.councilDecision.findMany({ where: { number: { startsWith: "LEAK-7f3a" } } });
    expect(findLeaks(serialise(decisions)).length).toBeGreaterThan(0);
  });
});

describe("citizens' feedback and subscriptions (issue 20)", () => {
  it("are planted: unpublished feedback, names not for publication, e-mail and address hashes, a subscriber", async () => {
    const [unpublished, hiddenNames, subscribers] = await Promise.all([
      demo.prisma.feedback.count({ where: { status: { not: "PUBLISHED" }, message: { startsWith: "LEAK-7f3a" } } }),
      demo.prisma.feedback.count({ where: { showName: false, name: { startsWith: "LEAK-7f3a" } } }),
      demo.prisma.emailSubscription.count({ where: { email: { startsWith: "leak-7f3a" } } }),
    ]);
    expect({ unpublished, hiddenNames, subscribers }).toEqual({ unpublished: 3, hiddenNames: 1, subscribers: 1 });
  });

  it("the public page shows only the published question and answer, without the name the citizen withheld", async () => {
    const { loadPublishedFeedback } = await import("@/lib/public/feedback-queries");
    const shown = await loadPublishedFeedback(demo.prisma, hostSlug);
    expect(shown.map((s) => s.message)).toContain("Wann ist das Vorhaben abgeschlossen?");
    expect(findLeaks(serialise(shown))).toEqual([]);
    expect(await loadPublishedFeedback(demo.prisma, LEAK_INTERNAL_SLUG)).toEqual([]);
  });

  it("the scan finds what a careless feedback loader would publish", async () => {
    const careless = await demo.prisma.feedback.findMany({ where: { initiative: { slug: hostSlug } } });
    const found = findLeaks(serialise(careless));
    expect(found.some((s) => /LEAK-7f3a-FEEDBACK-PENDING/.test(s))).toBe(true);
    expect(found.some((s) => /leak-7f3a-feedback-hidden-name@example\.org/i.test(s))).toBe(true);
  });
});

describe("test of the test", () => {
  it("the scan finds markers a careless loader returns (whole rows, no visibility filter)", async () => {
    const wholeRow = await demo.prisma.initiative.findFirst({ where: { slug: LEAK_INTERNAL_SLUG } });
    expect(findLeaks(serialise(wholeRow)).length).toBeGreaterThan(0);
    const withChildren = await demo.prisma.initiative.findFirst({ where: { slug: hostSlug }, include: { milestones: true, statusReports: true, budgetLines: true } });
    const found = findLeaks(serialise(withChildren));
    expect(found.some((s) => /LEAK-7f3a-INTERNAL-MILESTONE-TITLE/.test(s))).toBe(true);
    expect(found.some((s) => /LEAK-7f3a-DRAFT-SUMMARY/.test(s))).toBe(true);
    expect(found.some((s) => /987654\.32/.test(s))).toBe(true);
  });

  it("the scan finds markers planted in fixtures of every format", () => {
    const fixtures = [
      '{"title":"ok","note":"LEAK-7f3a-FIXTURE"}',
      'code,title\r\n"X","leak-7F3A-fixture, quoted"\r\n',
      "<entry><title>Kosten: 987.654,32 €</title></entry>",
      "<td>987,654.32</td>",
      '0:["$","p",null,{"children":"Budget 987 654 €"}]',
      '{"amount":"987654.32"}',
    ];
    for (const fixture of fixtures) expect(findLeaks(fixture), fixture).toHaveLength(1);
    expect(findLeaks('{"id":"0190a987-6543-7000-8000-a987654b0000","hash":"static/chunks/987654ab.js","n":1987654}')).toEqual([]);
  });
});
