// The public open-data API through its real route files on the demo database: the OpenAPI document
// is valid and every documented path answers 200 with what the schema says, the CSVs carry the same
// rows as the JSON, the DCAT catalogue expands offline, CORS and bad parameters behave.
import { validate, compileErrors } from "@readme/openapi-parser";
import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { reloadEnv } from "@/lib/env";
import { invalidatePublicCache } from "@/lib/public/cache";
import { demoFixture } from "@/tests/db";
import { CSV_ENDPOINTS } from "./csv-endpoints";
import { JSON_ENDPOINTS } from "./endpoints";
import { callRoute, getJson } from "./test-helpers";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const demo = demoFixture();
let publicSlug: string;
beforeAll(async () => {
  shared.db = demo.prisma;
  invalidatePublicCache();
  publicSlug = (await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null }, orderBy: { code: "asc" }, select: { slug: true } })).slug;
});

type Doc = { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }> };
const openApi = async () => (await (await callRoute("/openapi.json")).json()) as Doc;

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document with the licence dl-de/by-2-0", async () => {
    const doc = (await openApi()) as Doc & { openapi: string; info: { license: { url: string } } };
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.license.url).toContain("dl-de/by-2-0");
  });

  it("describes every JSON and CSV endpoint and each query parameter they accept", async () => {
    const doc = await openApi();
    for (const e of [...Object.values(JSON_ENDPOINTS), ...Object.values(CSV_ENDPOINTS)]) {
      expect(Object.keys(doc.paths)).toContain(e.path);
      const documented = doc.paths[e.path]!.get.parameters.filter((p) => p.in === "query").map((p) => p.name);
      expect(documented.sort()).toEqual(Object.keys(e.query.shape).sort());
    }
  });

  it("every documented path answers 200 with CORS for everyone, and JSON bodies match their schema", async () => {
    const doc = await openApi();
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThanOrEqual(18);
    for (const p of paths) {
      const response = await callRoute(p, { params: { slug: publicSlug } });
      expect(response.status, p).toBe(200);
      expect(response.headers.get("access-control-allow-origin"), p).toBe("*");
      expect(response.headers.get("cache-control"), p).toMatch(/^public, max-age=\d+/);
      expect(response.headers.get("set-cookie"), p).toBeNull();
      const endpoint = Object.values(JSON_ENDPOINTS).find((e) => e.path === p);
      if (endpoint) {
        const parsed = endpoint.response.safeParse(await response.json());
        expect(parsed.success, `${p}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });
});

describe("JSON endpoints", () => {
  it("list only published initiatives, with filters and paging", async () => {
    const all = await getJson<{ data: { code: string; field: { code: string } }[]; meta: { total: number; next: string | null } }>("/initiatives", { search: "?limit=200" });
    const expected = await demo.prisma.initiative.count({ where: { visibility: "PUBLIC", archivedAt: null } });
    expect(all.meta.total).toBe(expected);
    expect(all.data).toHaveLength(expected);
    const internal = await demo.prisma.initiative.findMany({ where: { visibility: "INTERNAL" }, select: { code: true } });
    expect(internal.length).toBeGreaterThan(0);
    for (const i of internal) expect(all.data.map((d) => d.code)).not.toContain(i.code);

    const mob = await getJson<{ data: { field: { code: string } }[] }>("/initiatives", { search: "?field=mob&limit=200" });
    expect(mob.data.length).toBeGreaterThan(0);
    expect(mob.data.every((d) => d.field.code === "MOB")).toBe(true);

    const first = await getJson<{ data: { code: string }[]; meta: { next: string } }>("/initiatives", { search: "?limit=5&status=IN_PROGRESS" });
    expect(first.data).toHaveLength(5);
    const next = new URL(first.meta.next);
    expect(next.searchParams.get("status")).toBe("IN_PROGRESS");
    const second = await getJson<{ data: { code: string }[] }>("/initiatives", { search: next.search });
    expect(second.data[0]!.code > first.data[4]!.code).toBe(true);
  });

  it("filter initiatives by district and partner slug", async () => {
    const link = await demo.prisma.initiativePartner.findFirstOrThrow({
      where: { initiative: { visibility: "PUBLIC", archivedAt: null } },
      select: { partner: { select: { slug: true } } },
    });
    const byPartner = await getJson<{ data: { partners: string[] }[] }>("/initiatives", { search: `?partner=${link.partner.slug}` });
    expect(byPartner.data.length).toBeGreaterThan(0);
    expect(byPartner.data.every((d) => d.partners.includes(link.partner.slug))).toBe(true);
    const district = await demo.prisma.district.findFirstOrThrow({ select: { slug: true } });
    const byDistrict = await getJson<{ data: { districts: string[] }[] }>("/initiatives", { search: `?district=${district.slug}&limit=200` });
    expect(byDistrict.data.every((d) => d.districts.includes(district.slug))).toBe(true);
  });

  it("give one initiative with public milestones, forecast history, approved summaries and public budget only", async () => {
    const withHidden = await demo.prisma.initiative.findFirstOrThrow({
      where: { visibility: "PUBLIC", archivedAt: null, milestones: { some: { isPublic: false } } },
      select: { slug: true, milestones: { select: { id: true, isPublic: true } }, budgetLines: { select: { isPublic: true } } },
    });
    const { data } = await getJson<{ data: { milestones: { id: string; forecastHistory: unknown[] }[]; budget: unknown[] } }>("/initiatives/{slug}", {
      params: { slug: withHidden.slug },
    });
    expect(data.milestones.map((m) => m.id).sort()).toEqual(withHidden.milestones.filter((m) => m.isPublic).map((m) => m.id).sort());
    expect(data.budget).toHaveLength(withHidden.budgetLines.filter((b) => b.isPublic).length);
    const moved = await demo.prisma.milestoneForecast.findFirstOrThrow({
      where: { milestone: { isPublic: true, initiative: { visibility: "PUBLIC", archivedAt: null } } },
      select: { reason: true, milestone: { select: { id: true, initiative: { select: { slug: true } } } } },
    });
    const detail = await getJson<{ data: { milestones: { id: string; forecastHistory: { reason: string }[] }[] } }>("/initiatives/{slug}", {
      params: { slug: moved.milestone.initiative.slug },
    });
    const history = detail.data.milestones.find((m) => m.id === moved.milestone.id)!.forecastHistory;
    expect(history.map((h) => h.reason)).toContain(moved.reason);
  });

  it("answer 404 for an internal initiative and never echo who asked", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { slug: true } });
    const response = await callRoute("/initiatives/{slug}", { params: { slug: internal.slug } });
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });
});

describe("council decisions", () => {
  type Decision = { number: string; body: string; decidedOn: string; outcome: string; url: string | null; attachedTo: { masterplan: string | null; fields: { code: string }[]; initiatives: { code: string; slug: string }[] } };

  it("list the public decisions on published items, newest first, with their link and what they concern; the CSV has the same rows", async () => {
    const before = process.env.COUNCIL_INFO_URL_TEMPLATE;
    process.env.COUNCIL_INFO_URL_TEMPLATE = "https://ratsinfo.example.de/vo0050.asp?__kvonr={number}";
    reloadEnv();
    invalidatePublicCache();
    try {
      const { data } = await getJson<{ data: Decision[] }>("/decisions");
      const plan = await demo.prisma.masterplan.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { slug: true } });
      // The demo's internal decision (24-0815, on the plan and a field) is not published.
      expect(data.map((d) => d.number)).toEqual(["21-1120", "20-0841", "19-0312", "18-0437"]);
      expect(data.map((d) => d.decidedOn)).toEqual([...data.map((d) => d.decidedOn)].sort().reverse());
      const adoption = data.find((d) => d.number === "18-0437")!;
      expect(adoption).toMatchObject({ body: "Rat der Stadt Duisburg", decidedOn: "2018-05-14", outcome: "ADOPTED", attachedTo: { masterplan: plan.slug, fields: [], initiatives: [] } });
      expect(adoption.url).toBe("https://ratsinfo.example.de/vo0050.asp?__kvonr=18-0437");
      expect(data.find((d) => d.number === "20-0841")!.attachedTo.initiatives.map((i) => i.code)).toEqual(["INF-02", "MOB-01"]);

      const rows = await csvRows("/decisions.csv");
      expect(rows.map((r) => [r.number, r.decidedOn, r.outcome, r.url, r.masterplan, r.initiativeCodes])).toEqual(
        data.map((d) => [d.number, d.decidedOn, d.outcome, d.url, d.attachedTo.masterplan ?? "", d.attachedTo.initiatives.map((i) => i.code).join(";")]),
      );
    } finally {
      if (before === undefined) delete process.env.COUNCIL_INFO_URL_TEMPLATE;
      else process.env.COUNCIL_INFO_URL_TEMPLATE = before;
      reloadEnv();
      invalidatePublicCache();
    }
  });

  it("are a data set of the DCAT catalogue with a JSON and a CSV distribution", async () => {
    const doc = (await (await callRoute("/catalog.jsonld")).json()) as { "dcat:dataset": { "@id": string; "dcat:distribution": { "dcat:accessURL": { "@id": string } }[] }[] };
    const set = doc["dcat:dataset"].find((d) => d["@id"].endsWith("#decisions"))!;
    expect(set["dcat:distribution"].map((d) => d["dcat:accessURL"]["@id"])).toEqual([
      "http://localhost:3000/api/public/v1/decisions",
      "http://localhost:3000/api/public/v1/decisions.csv",
    ]);
  });
});

describe("bad parameters", () => {
  it.each([
    ["/initiatives", "?limit=0", "limit"],
    ["/initiatives", "?limit=5000", "limit"],
    ["/initiatives", "?status=DONE", "status"],
    ["/initiatives", "?district=Not%20A%20Slug", "district"],
    ["/initiatives", "?stauts=IN_PROGRESS", "stauts"],
    ["/initiatives", "?limit=1&limit=2", "limit"],
    ["/milestones", "?offset=-1", "offset"],
    ["/budget", "?year=abc", "year"],
    ["/kpis", "?scope=CITY", "scope"],
    ["/partners", "?x=1", "x"],
    ["/initiatives.csv", "?limit=10", "limit"],
  ])("%s%s answers 400 naming %s", async (p, search, field) => {
    const response = await callRoute(p, { search });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { error: { code: string; message: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fieldErrors)).toContain(field);
    expect(body.error.message).toContain(field);
  });
});

describe("CORS", () => {
  it("answers the preflight with 204 and the allowed methods", async () => {
    const mod = await import("@/app/api/public/v1/initiatives/route");
    const response = await mod.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers HEAD and a request with a cookie like any other", async () => {
    const head = await callRoute("/districts", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("access-control-allow-origin")).toBe("*");
    const withCookie = await callRoute("/districts", { headers: { cookie: "mm.session=whatever", origin: "https://example.org" } });
    expect(await withCookie.text()).toBe(await (await callRoute("/districts")).text());
  });
});

const csvRows = async (p: string) => {
  const response = await callRoute(p);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text).toMatch(/\r\n$/);
  return parseCsv(text, { bom: true, columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
};

describe("CSV downloads", () => {
  it("initiatives.csv has the rows and values of the JSON list", async () => {
    const rows = await csvRows("/initiatives.csv");
    const json = await getJson<{ data: { code: string; title: string; progress: number | null; districts: string[] }[] }>("/initiatives", { search: "?limit=200" });
    expect(rows.map((r) => r.code)).toEqual(json.data.map((d) => d.code));
    for (const [i, d] of json.data.entries()) {
      expect(rows[i]!.title).toBe(d.title);
      expect(rows[i]!.progress === "" ? null : Number(rows[i]!.progress)).toBe(d.progress);
      expect(rows[i]!.districts).toBe(d.districts.join(";"));
    }
  });

  it("budget.csv in German Excel's dialect: semicolons and decimal commas, same rows; an unknown dialect is a 400", async () => {
    const standard = await csvRows("/budget.csv");
    const response = await callRoute("/budget.csv", { search: "?dialect=excel-de" });
    expect(response.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer()));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split("\r\n")[0]).toBe("\ufeffinitiativeCode;initiativeSlug;year;fundingSource;fundingProgramme;planned;actual");
    const german = parseCsv(text, { bom: true, columns: true, delimiter: ";", record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(german.map((r) => r.initiativeCode)).toEqual(standard.map((r) => r.initiativeCode));
    const decimal = standard.findIndex((r) => r.planned?.includes("."));
    if (decimal >= 0) expect(german[decimal]!.planned).toBe(standard[decimal]!.planned!.replace(".", ","));
    expect((await callRoute("/budget.csv", { search: "?dialect=excel" })).status).toBe(400);
  });

  it("milestones.csv, budget.csv and kpis.csv match their JSON", async () => {
    const milestones = await getJson<{ data: { id: string; forecastDate: string }[]; meta: { total: number } }>("/milestones", { search: "?limit=1000" });
    const mRows = await csvRows("/milestones.csv");
    expect(mRows).toHaveLength(milestones.meta.total);
    expect(mRows.map((r) => [r.id, r.forecastDate])).toEqual(milestones.data.map((m) => [m.id, m.forecastDate]));

    const budget = await getJson<{ data: { planned: string; year: number }[]; meta: { total: number } }>("/budget", { search: "?limit=1000" });
    const bRows = await csvRows("/budget.csv");
    expect(bRows.map((r) => [r.planned, Number(r.year)])).toEqual(budget.data.map((b) => [b.planned, b.year]));

    const kpis = await getJson<{ data: { id: string; measurements: { periodDate: string; value: number }[] }[] }>("/kpis", { search: "?limit=100" });
    const kRows = await csvRows("/kpis.csv");
    const expected = kpis.data.flatMap((k) => k.measurements.map((m) => [k.id, m.periodDate, m.value]));
    expect(expected.length).toBeGreaterThan(0);
    expect(kRows.map((r) => [r.kpiId, r.periodDate, Number(r.value)])).toEqual(expected);
  });

  it("funding rolls the public budget up by level and programme, and funding.csv has the same rows", async () => {
    type Level = { level: string; planned: string; actual: string; programmes: { programme: { name: string; fundingRate: string | null } | null; planned: string; actual: string }[] };
    const { data } = await getJson<{ data: { state: string | null; total: { planned: string; actual: string }; levels: Level[] } }>("/funding");
    const budget = await getJson<{ data: { fundingSource: string; fundingProgramme: string | null; planned: string }[] }>("/budget", { search: "?limit=1000" });
    const cents = (v: string) => Math.round(Number(v) * 100);
    const sum = (xs: { planned: string }[]) => xs.reduce((a, x) => a + cents(x.planned), 0);
    expect(cents(data.total.planned)).toBe(sum(budget.data));
    for (const level of data.levels) {
      expect(cents(level.planned), level.level).toBe(sum(budget.data.filter((b) => b.fundingSource === level.level)));
      expect(sum(level.programmes), level.level).toBe(cents(level.planned));
      for (const p of level.programmes) {
        const lines = budget.data.filter((b) => b.fundingSource === level.level && b.fundingProgramme === (p.programme?.name ?? null));
        expect(cents(p.planned), p.programme?.name ?? `${level.level} without programme`).toBe(sum(lines));
      }
    }
    expect(data.levels.flatMap((l) => l.programmes.map((p) => p.programme?.name))).toContain("Modellprojekte Smart Cities");
    // Only the programmes' public fields travel.
    const keys = new Set(data.levels.flatMap((l) => l.programmes.flatMap((p) => Object.keys(p.programme ?? {}))));
    expect([...keys].sort()).toEqual(["fundingRate", "name", "periodFrom", "periodTo", "url"]);

    const rows = await csvRows("/funding.csv");
    expect(rows.map((r) => [r.level, r.programme, r.planned])).toEqual(
      data.levels.flatMap((l) => l.programmes.map((p) => [l.level, p.programme?.name ?? "", p.planned])),
    );
  });

  it("partners.csv lists each partner's published participations", async () => {
    const partners = await getJson<{ data: { slug: string; initiatives: { code: string; role: string }[] }[] }>("/partners");
    const rows = await csvRows("/partners.csv");
    expect(rows.map((r) => [r.partnerSlug, r.initiativeCode, r.role])).toEqual(partners.data.flatMap((p) => p.initiatives.map((l) => [p.slug, l.code, l.role])));
  });
});

describe("DCAT-AP.de catalogue", () => {
  const DCAT = "http://www.w3.org/ns/dcat#";
  const DCT = "http://purl.org/dc/terms/";
  type Node = Record<string, { "@id"?: string; "@value"?: string }[]> & { "@id"?: string; "@type"?: string[] };

  it("expands offline into a dcat:Catalog of datasets with JSON and CSV distributions under dl-de/by-2-0", async () => {
    const response = await callRoute("/catalog.jsonld");
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const doc = await response.json();
    const offline = async (url: string) => {
      throw new Error(`remote context requested: ${url}`);
    };
    const expanded = (await jsonld.expand(doc, { documentLoader: offline as never })) as Node[];
    const catalog = expanded.find((n) => n["@type"]?.includes(`${DCAT}Catalog`))!;
    expect(catalog).toBeDefined();
    expect(catalog[`${DCT}publisher`]).toBeDefined();
    const datasets = catalog[`${DCAT}dataset`] as unknown as Node[];
    expect(datasets.length).toBeGreaterThanOrEqual(5);
    for (const d of datasets) {
      expect(d["@type"]).toContain(`${DCAT}Dataset`);
      for (const prop of ["title", "description", "publisher", "license", "modified"]) expect(d[`${DCT}${prop}`], prop).toBeDefined();
      expect(d[`${DCAT}contactPoint`]).toBeDefined();
      expect(d[`${DCT}license`]![0]!["@id"]).toBe("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
      const distributions = d[`${DCAT}distribution`] as unknown as Node[];
      expect(distributions).toHaveLength(2);
      for (const dist of distributions) {
        expect(dist["@type"]).toContain(`${DCAT}Distribution`);
        const url = dist[`${DCAT}accessURL`]![0]!["@id"]!;
        expect(url).toMatch(/^http:\/\/localhost:3000\/api\/public\/v1\//);
        expect(dist[`${DCT}format`]![0]!["@id"]).toMatch(/file-type\/(JSON|CSV)$/);
        expect(dist[`${DCAT}mediaType`]![0]!["@id"]).toMatch(/(application\/json|text\/csv)$/);
        // Every distribution address is one of ours and answers.
        const apiPath = new URL(url).pathname.replace("/api/public/v1", "");
        expect((await callRoute(apiPath)).status, apiPath).toBe(200);
      }
    }
  });
});

describe("open data in two languages", () => {
  // The German text under its name, the English one beside it (`titleEn` …), null where the city
  // wrote none; the CSVs have the same columns. VER-01 is the demo's English initiative
  // (prisma/seed/demo-english.ts).
  let slug: string;
  beforeAll(async () => {
    slug = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" }, select: { slug: true } })).slug;
  });
  const csv = async (p: string, search = "") =>
    parseCsv(await (await callRoute(p, { search })).text(), { bom: true, columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];

  it("gives the masterplan's and the fields' English texts beside the German ones", async () => {
    const { data } = await getJson<{ data: Record<string, unknown> }>("/masterplan");
    expect(data).toMatchObject({ title: "Masterplan Digitales Duisburg", titleEn: "Masterplan Digital Duisburg" });
    const fields = await getJson<{ data: Record<string, unknown>[] }>("/fields");
    expect(fields.data.find((f) => f.code === "VER")).toMatchObject({ title: "Digitale Verwaltung", titleEn: "Digital administration" });
    expect(fields.data.find((f) => f.code === "MOB")).toMatchObject({ titleEn: null, descriptionEn: null });
  });

  it("gives an initiative's English texts in the list, the detail and the CSV, null where there are none", async () => {
    const list = await getJson<{ data: Record<string, unknown>[] }>("/initiatives", { search: "?limit=200" });
    expect(list.data.find((i) => i.slug === slug)).toMatchObject({ titleEn: "Duisburg digital citizens' portal (Online Access Act)", field: { titleEn: "Digital administration" } });
    expect(list.data.find((i) => i.slug !== slug)).toMatchObject({ titleEn: null, summaryEn: null });
    const detail = await getJson<{ data: Record<string, unknown> }>("/initiatives/{slug}", { params: { slug } });
    expect(detail.data).toMatchObject({ plainLanguageSummaryEn: expect.stringContaining("Soon you can") });
    const rows = await csv("/initiatives.csv");
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["title", "titleEn", "summary", "summaryEn", "fieldTitle", "fieldTitleEn"]));
    expect(rows.find((r) => r.slug === slug)).toMatchObject({ titleEn: "Duisburg digital citizens' portal (Online Access Act)" });
  });

  it("gives KPIs' English names and units", async () => {
    const kpis = await getJson<{ data: Record<string, unknown>[] }>("/kpis", { search: `?initiative=${slug}` });
    expect(kpis.data[0]).toMatchObject({ unit: "Leistungen", unitEn: "services", nameEn: "Services that can be applied for online" });
    const rows = await csv("/kpis.csv", `?initiative=${slug}`);
    expect(rows[0]).toMatchObject({ unit: "Leistungen", unitEn: "services" });
  });
});
