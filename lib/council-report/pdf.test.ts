// The council report's PDF through the real download handler (apiDownload with the test database;
// the session is replaced by the demo user under test): German and English texts, approved
// summaries in, unfinished reports out, page numbers, file name, and refusal for roles without
// report.export.
import { PDFParse } from "pdf-parse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/(internal)/app/council-report/pdf/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { apiDownload } from "@/lib/api/route";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture } from "@/tests/db";
import { downloadCouncilReportPdf } from "./pdf-download";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.actor }));

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();
let handler: ReturnType<typeof apiDownload>;

beforeAll(async () => {
  handler = apiDownload("report.export", (ctx) => downloadCouncilReportPdf(ctx, NOW), { db: demo.prisma });
});

beforeEach(() => {
  session.actor = demo.council;
});

function get(query: string, headers: Record<string, string> = {}) {
  return handler(new Request(`http://localhost:3000/app/council-report/pdf?${query}`, { headers: { cookie: "mm.session=test", ...headers } }), { params: Promise.resolve({}) });
}

/** The PDF's text with line wrapping undone, so that texts compare as written. */
async function pdfText(response: Response): Promise<{ text: string; pages: number }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
  try {
    const result = await parser.getText();
    return { text: result.text.replace(/-\n/g, "-").replace(/\s+/g, " "), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

describe("council report PDF", () => {
  it("is the route's GET, built with apiDownload for report.export", () => {
    expect((GET as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("report.export");
  });

  it("contains the quarter's approved summaries and German headings, page numbers and the file name", async () => {
    const response = await get("quarter=2026-Q3&scope=masterplan");
    expect(response.headers.get("content-disposition")).toContain('filename="ratsbericht-2026-Q3-masterplan.pdf"');
    const { text, pages } = await pdfText(response);
    for (const heading of ["Quartalsbericht an den Rat", "Eckdaten", "Sachstandsberichte", "Handlungsfeld VER: Digitale Verwaltung", "Verschobene Meilensteine", "Zielerreichung der Kennzahlen", "Zusammenfassung", "Öffentliche Zusammenfassung"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("3. Quartal 2026");
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    const approved = await demo.prisma.statusReport.findMany({ where: { period: "2026-Q3", state: "APPROVED" }, select: { summary: true, publicSummary: true } });
    expect(approved.length).toBeGreaterThan(0);
    for (const r of approved) {
      expect(text).toContain(oneLine(r.summary));
      if (r.publicSummary) expect(text).toContain(oneLine(r.publicSummary));
    }
  });

  it("leaves out drafts, submitted and returned reports", async () => {
    const marker = "Interner Entwurf XQ-4711 noch nicht freigegeben";
    const draft = await demo.prisma.statusReport.findFirstOrThrow({ where: { period: "2026-Q4", state: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } }, select: { id: true } });
    await demo.prisma.statusReport.update({ where: { id: draft.id }, data: { summary: marker } });
    const { text } = await pdfText(await get("quarter=2026-Q4"));
    expect(text).not.toContain(marker);
    expect(text).toContain("Sachstandsberichte");
  });

  it("renders Markdown in report texts as plain text", async () => {
    const report = await demo.prisma.statusReport.findFirstOrThrow({ where: { period: "2026-Q3", state: "APPROVED", initiative: { code: "VER-01" } }, select: { id: true } });
    await demo.prisma.statusReport.update({ where: { id: report.id }, data: { achievements: "- **Pilot** im [Bürgerbüro](https://example.org/pilot) gestartet\n- _Schulung_ abgeschlossen" } });
    const { text } = await pdfText(await get("quarter=2026-Q3&scope=field:VER"));
    expect(text).toContain("• Pilot im Bürgerbüro (https://example.org/pilot) gestartet • Schulung abgeschlossen");
    expect(text).not.toContain("**Pilot**");
  });

  it("is English with lang=en, whatever the request's language", async () => {
    const response = await get("quarter=2026-Q3&scope=field:VER&lang=en", { "accept-language": "de-DE" });
    expect(response.headers.get("content-disposition")).toContain("ratsbericht-2026-Q3-field-VER.pdf");
    const { text, pages } = await pdfText(response);
    for (const heading of ["Quarterly report to the council", "Key figures", "Status reports", "Field of action VER: Digitale Verwaltung", "Slipped milestones", "KPI attainment", "Public summary"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Q3 2026");
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).not.toContain("Sachstandsberichte");
  });

  it("follows the locale cookie when no lang is given", async () => {
    const { text } = await pdfText(await get("quarter=2026-Q3&scope=field:GES", { cookie: "mm.session=test; locale=en" }));
    expect(text).toContain("Key figures");
  });

  it.each(["viewer", "lead"] as const)("is forbidden for %s", async (user) => {
    session.actor = demo[user];
    const response = await get("quarter=2026-Q3");
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });

  it("asks anonymous callers to sign in", async () => {
    session.actor = null;
    expect((await get("quarter=2026-Q3")).status).toBe(401);
  });

  it("answers an invalid quarter with 400 and a German field error", async () => {
    const response = await get("quarter=2026-Q9");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.fieldErrors.quarter).toEqual(["Bitte ein Quartal wie 2026-Q3 angeben."]);
  });
});
