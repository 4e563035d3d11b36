// A council member prepares for a committee meeting: narrows the portfolio to one field of action
// and what is off track, groups it by department, exports it (CSV and XLSX hold exactly the rows
// the table shows), reads the milestone trend analysis of an initiative whose milestones slipped,
// and takes the quarter's council report along as PDF.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

async function download(page: Page, linkName: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), body: fs.readFileSync((await file.path())!) };
}

test("a council member filters, groups and exports the portfolio, reads the MTA and downloads the council report", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("council");

  // What the table must show, independently of it: the internal API's rows for field VER, off track.
  const api = (await (await page.request.get("/api/v1/initiatives?field=VER")).json()) as { data: { code: string; health: string }[] };
  const expected = api.data.filter((r) => r.health === "OFF_TRACK").map((r) => r.code).sort();
  expect(expected.length).toBeGreaterThan(0);

  await page.goto("/app");
  await page.getByRole("link", { name: "Portfolio", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  // The facet filters are folded into the filter bar's "Filter (n)".
  const filters = page.locator("summary", { hasText: /^Filter( \(\d+\))?$/ });
  await expect(filters).toHaveText("Filter");
  await filters.click();
  await page.getByRole("group", { name: "Handlungsfeld" }).getByRole("checkbox", { name: /^Digitale Verwaltung \(/ }).check();
  await page.getByRole("group", { name: "Ampel" }).getByRole("checkbox", { name: /^Kritisch \(/ }).check();
  await page.getByLabel("Gruppieren nach").selectOption({ label: "Amt" });
  await expect(page).toHaveURL(/field=VER/);
  await expect(page).toHaveURL(/health=OFF_TRACK/);
  await expect(page).toHaveURL(/group=department/);
  await expect(filters).toHaveText("Filter (2)");
  await expect(page.getByRole("status").filter({ hasText: "Vorhaben gefunden" })).toContainText(`${expected.length} Vorhaben gefunden`);
  const table = page.getByTestId("portfolio-table");
  await expect(table.locator("caption")).toContainText("gruppiert nach Amt");
  for (const code of expected) await expect(table.getByRole("cell", { name: code, exact: true })).toBeVisible();

  // The shared link reproduces the view.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole("status").filter({ hasText: "Vorhaben gefunden" })).toContainText(`${expected.length} Vorhaben gefunden`);
  await other.close();

  const csv = await download(page, "CSV herunterladen");
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const records = parse(csv.body.toString("utf8").slice(1), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const codeColumn = Object.keys(records[0] ?? {})[0]!;
  expect(records.map((r) => r[codeColumn]).sort()).toEqual(expected);

  const xlsx = await download(page, "Excel (XLSX) herunterladen");
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const codes: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) codes.push(String(row.getCell(1).value));
  });
  expect(codes.sort()).toEqual(expected);
  await expectNoViolations(page);

  // The milestone trend analysis of an initiative whose milestones slipped.
  await page.goto("/app/initiatives/INF-02");
  await page.getByRole("link", { name: "Meilenstein-Trendanalyse" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Meilenstein-Trendanalyse");
  const figure = page.getByRole("figure", { name: /Meilenstein-Trendanalyse INF-02/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
  await figure.getByText("Daten als Tabelle").click();
  await expect(figure.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table", { name: /Verschiebung je Meilenstein/ })).toBeVisible();
  await expectNoViolations(page);

  // The council report of the last quarter, as PDF.
  await page.getByRole("link", { name: "Ratsbericht", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ratsbericht");
  const entries = page.getByTestId("council-report-entry");
  expect(await entries.count()).toBeGreaterThan(0);
  // What the PDF must say is read from the page, not from a demo text that depends on the seeding day.
  const firstHeading = (await entries.first().getByRole("heading", { level: 4 }).innerText()).trim();
  const firstSummary = (await entries.first().locator("dd.whitespace-pre-line").first().innerText()).replace(/\s+/g, " ").trim();
  expect(firstSummary.length).toBeGreaterThan(10);
  await expectNoViolations(page);
  const pdf = await download(page, "Ratsbericht als PDF herunterladen");
  expect(pdf.name).toMatch(/^ratsbericht-\d{4}-Q[1-4]-masterplan\.pdf$/);
  const parser = new PDFParse({ data: new Uint8Array(pdf.body) });
  const text = (await parser.getText()).text.replace(/\s+/g, " ");
  await parser.destroy();
  expect(text).toContain("Ratsbericht");
  expect(text).toContain(firstHeading.replace(/\s+/g, " "));
  expect(text).toContain(firstSummary.slice(0, 60));
});

const REPORTING_PAGES = ["/app/dashboard", "/app/portfolio", "/app/roadmap", "/app/fields/INF/mta", "/app/partners", "/app/partners/dvv", "/app/funding", "/app/council-report"];

for (const path of REPORTING_PAGES) {
  test(`${path} has no WCAG 2.1 AA violations and every chart has its table`, async ({ page, signInAs }) => {
    await signInAs("council");
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const figures = page.locator("figure.chart-figure");
    const count = await figures.count();
    for (let i = 0; i < count; i++) await expect(figures.nth(i).locator("table")).toHaveCount(1);
    await expectNoViolations(page);
  });
}

test("a KPI's detail page shows its path, projection and table", async ({ page, signInAs }) => {
  await signInAs("council");
  await page.goto("/app/initiatives/INF-02");
  const kpiLink = page.getByRole("link", { name: /^Verlauf und Prognose:/ }).first();
  await kpiLink.click();
  await expect(page.getByTestId("kpi-verdict")).toBeVisible();
  await expect(page.getByTestId("kpi-detail-table")).toHaveCount(1);
  await expectNoViolations(page);
});

test("the council report of a past quarter shows the figures as approved and marks what is live", async ({ page, signInAs }) => {
  await signInAs("council");
  // The e2e clock stands in 2026-Q4 (e2e/clock.ts): 2026-Q3 has ended.
  const res = await page.goto("/app/council-report?quarter=2026-Q3&scope=masterplan");
  expect(res?.status()).toBe(200);
  await expect(page.getByText("Das Quartal ist abgeschlossen", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Stand bei Freigabe" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Meilensteine des Quartals bei Freigabe" })).toBeVisible();
  await expect(page.getByTestId("since-previous")).toContainText("Seit dem Vorquartal (2. Quartal 2026)");
  await expect(page.getByText(/Stand: heute \(/).first()).toBeVisible();
  await expectNoViolations(page);
});
