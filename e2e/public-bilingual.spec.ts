// The English site shows the city's English texts where there are some and otherwise the German
// text with lang="de" and a visible "(nur auf Deutsch / German only)" marker, on every public
// template with city-entered text; the German site shows no marker. The demo data carry English
// for the masterplan, the field "Digitale Verwaltung" and VER-01 only (prisma/seed/demo-english.ts).
// axe on every template in both languages: e2e/public-a11y.spec.ts.
import { expect, test, type Page } from "@playwright/test";

const MARK = "[data-german-only]";
/** A German text followed by its marker (inline), or a marker above its German block. */
const MARKED_GERMAN = '[lang="de"] + [data-german-only], [data-german-only] + [lang="de"]';

async function slugOf(page: Page, query: string): Promise<string> {
  await page.goto(`/initiatives?${query}`);
  const href = await page.locator('main tbody a[href^="/initiatives/"]').first().getAttribute("href");
  expect(href, `an initiative for ${query}`).toBeTruthy();
  return href!.replace("/initiatives/", "");
}

async function expectMarkedGerman(page: Page) {
  const mark = page.locator(MARK).first();
  await expect(mark).toBeVisible();
  await expect(mark).toContainText("German only");
  await expect(mark.locator('[lang="de"]')).toHaveText("nur auf Deutsch");
  expect(await page.locator(MARKED_GERMAN).count(), "each marker sits beside a German text with lang=de").toBeGreaterThan(0);
}

test("every public template with German-only texts shows them marked on the English site, unmarked on the German one", async ({ page }) => {
  const germanOnly = await slugOf(page, "field=mobilitaet");
  const templates = [
    "/",
    "/fields",
    "/fields/mobilitaet",
    "/initiatives",
    `/initiatives/${germanOnly}`,
    "/partners",
    "/partners/universitaet-duisburg-essen",
    "/districts/mitte",
  ];
  for (const path of templates) {
    const response = await page.goto(`/en${path === "/" ? "" : path}`);
    expect(response?.status(), path).toBe(200);
    await expectMarkedGerman(page);
    await page.goto(path);
    await expect(page.locator(MARK), `no marker on the German ${path}`).toHaveCount(0);
  }
  // The initiative page marks each of its German-only texts: title, summary, milestones, KPIs.
  await page.goto(`/en/initiatives/${germanOnly}`);
  await expect(page.getByRole("heading", { level: 1 }).locator(MARK)).toBeVisible();
  expect(await page.getByTestId("milestone").locator(MARK).count()).toBeGreaterThan(0);
  // A partner's description has no English version: marked too.
  await page.goto("/en/partners/universitaet-duisburg-essen");
  await expect(page.locator(`main p:has(> ${MARK})`).first()).toBeVisible();
});

test("the changes page and the English feed mark German-only initiative titles", async ({ page, request }) => {
  await page.goto("/en/changes");
  if ((await page.locator("main li a[href^='/en/initiatives/']").count()) > 0) await expectMarkedGerman(page);
  const feed = await (await request.get("/en/feed.xml")).text();
  if (feed.includes("<entry>")) expect(feed).toContain("German only");
  expect(await (await request.get("/feed.xml")).text()).not.toContain("German only");
});

test("English texts show on the English site without a marker, German ones on the German site", async ({ page }) => {
  await page.goto("/en/fields/verwaltung");
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toContainText("Digital administration");
  await expect(h1.locator('[lang="en"]')).toHaveText("Digital administration");
  await expect(h1.locator(MARK)).toHaveCount(0);
  await expect(page.getByText(/Administrative services are online/)).toBeVisible();

  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Masterplan Digital Duisburg");
  await expect(page.getByRole("heading", { level: 1 }).locator(MARK)).toHaveCount(0);

  const slug = await slugOf(page, "q=VER-01");
  await page.goto(`/en/initiatives/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Duisburg digital citizens' portal");
  await expect(page.getByRole("heading", { level: 1 }).locator(MARK)).toHaveCount(0);
  await expect(page.getByText("Soon you can make many applications to the city on the internet.", { exact: false })).toBeVisible();
  // The KPI's English name and unit, not "Leistungen".
  await expect(page.getByRole("heading", { name: "Services that can be applied for online" })).toBeVisible();
  await expect(page.locator("main")).toContainText(/\d services/);
  await expect(page).toHaveTitle(/Duisburg digital citizens' portal/);

  await page.goto(`/initiatives/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Digitales Bürgerportal Duisburg");
});
