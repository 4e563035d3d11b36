// Open data carry both languages: the German text under its name, the English one beside it
// (`titleEn` …), null where the city wrote none; the CSVs have the same columns.
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { invalidatePublicCache } from "@/lib/public/cache";
import { demoFixture } from "@/tests/db";
import { callRoute, getJson } from "./test-helpers";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const demo = demoFixture();
let slug: string;

beforeAll(async () => {
  shared.db = demo.prisma;
  invalidatePublicCache();
  // The demo's English initiative (prisma/seed/demo-english.ts).
  slug = (await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" }, select: { slug: true } })).slug;
});

const csv = async (p: string, search = "") => parseCsv(await (await callRoute(p, { search })).text(), { bom: true, columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];

describe("open data in two languages", () => {
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
