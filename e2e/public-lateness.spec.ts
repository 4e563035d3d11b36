// A citizen finds out what is late (issue 11): an overdue milestone is marked in words on its
// initiative's page in German and English, the late filter of /initiatives lists its initiative
// (also without JavaScript), the overview's figures lead to the matching filtered list, a phone
// shows every date and the marker without sideways scrolling, and the page and the open data
// give the same progress. The server's clock is pinned (e2e/clock.ts); the initiative is found
// through the open data, not by a hard-coded code, so the spec follows the demo as it changes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

type Milestone = { title: string; overdue: boolean; delayDays: number | null; initiative: { code: string; slug: string } };
type Detail = {
  code: string;
  slug: string;
  status: string;
  progressPercent: number | null;
  overdueMilestones: number;
  progressBasis: { publicMilestones: number; allMilestones: number };
};

const API = "/api/public/v1";

/** The first public demo initiative with an overdue public milestone, from the open data. */
async function lateInitiative(request: APIRequestContext) {
  const res = await request.get(`${API}/milestones?limit=1000`);
  expect(res.status()).toBe(200);
  const { data } = (await res.json()) as { data: Milestone[] };
  const overdue = data.find((m) => m.overdue);
  expect(overdue, "the demo has an overdue public milestone on a public initiative").toBeTruthy();
  return { ...overdue!.initiative, milestone: overdue!.title };
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test("an overdue milestone is marked in words on its initiative's page, in German and in English", async ({ page, request }) => {
  const late = await lateInitiative(request);
  await page.goto(`/initiatives/${late.slug}`);
  const card = page.getByTestId("milestone").filter({ hasText: late.milestone }).first();
  await expect(card.getByTestId("overdue-marker")).toHaveText(/^überfällig seit \d+ (Tag|Tagen)$/);
  await expect(card).toContainText("Verzug");
  await expect(page.getByText("Verschiebung: keine")).toHaveCount(0);
  await expect(page.getByTestId("as-of")).toContainText(/^Stand: /);

  await page.goto(`/en/initiatives/${late.slug}`);
  const enCard = page.getByTestId("milestone").filter({ hasText: late.milestone }).first();
  await expect(enCard.getByTestId("overdue-marker")).toHaveText(/^overdue by \d+ days?$/);
  await expect(enCard).toContainText("Delay");
  await expect(page.getByTestId("as-of")).toContainText(/^As of: /);
});

test("the late filter lists the initiative in both languages, also without JavaScript", async ({ browser, page, request }) => {
  const late = await lateInitiative(request);
  for (const prefix of ["", "/en"]) {
    await page.goto(`${prefix}/initiatives?late=1`);
    await expect(page.locator(`main a[href="${prefix}/initiatives/${late.slug}"]`)).toHaveCount(1);
    const checkbox = page.locator("#filter-late");
    await expect(checkbox).toBeChecked();
    // Every listed initiative says how many of its milestones are overdue.
    const rows = page.getByTestId("initiative-table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.filter({ has: page.getByTestId("overdue-count") })).toHaveCount(await rows.count());
  }

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto("/initiatives");
  const all = await noJs.locator('main a[href^="/initiatives/"]').count();
  await noJs.getByLabel("Nur Vorhaben mit überfälligen Meilensteinen").check();
  await noJs.getByRole("button", { name: "Anzeigen" }).click();
  await expect(noJs).toHaveURL(/[?&]late=1(&|$)/);
  await expect(noJs.locator(`main a[href="/initiatives/${late.slug}"]`)).toHaveCount(1);
  expect(await noJs.locator('main a[href^="/initiatives/"]').count()).toBeLessThan(all);
  await context.close();
});

test("the overview's figures are links to the correspondingly filtered list", async ({ page }) => {
  await page.goto("/");
  const progress = page.locator("#progress-heading").locator("..");
  // The late figure: "N Vorhaben mit überfälligen Meilensteinen" → /initiatives?late=1 with N results.
  const lateLink = progress.getByTestId("late-count");
  const lateText = (await lateLink.textContent())!;
  const lateCount = Number(/\d+/.exec(lateText)![0]);
  await lateLink.click();
  await expect(page).toHaveURL(/\/initiatives\?late=1$/);
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${lateCount} `));

  // A health figure ("Gefährdet: N") → the running initiatives with that health; a status figure
  // ("In Umsetzung: N") → the initiatives with that status.
  for (const [kind, url] of [
    ["health", /\/initiatives\?health=[A-Z_]+&active=1$/],
    ["status", /\/initiatives\?status=[A-Z_]+$/],
  ] as const) {
    await page.goto("/");
    const figure = page.locator("#progress-heading").locator("..").locator(`a[href*="${kind}="]`).first();
    const count = Number(/(\d+)$/.exec((await figure.textContent())!.trim())![1]);
    await figure.click();
    await expect(page).toHaveURL(url);
    await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${count} `));
  }

  // English: the same figures lead to the English list.
  await page.goto("/en");
  await expect(page.locator("#progress-heading").locator("..").getByTestId("late-count")).toHaveAttribute("href", "/en/initiatives?late=1");
});

for (const width of [390, 320]) {
  test(`on a ${width} px phone the milestones show the overdue marker and every date without sideways scrolling`, async ({ page, request }) => {
    const late = await lateInitiative(request);
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`/initiatives/${late.slug}`);
    const cards = page.getByTestId("milestone");
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      // Baseline, forecast, completed on, delay: four labelled values, each on screen.
      const values = card.locator("dd");
      await expect(values).toHaveCount(4);
      for (let j = 0; j < 4; j++) {
        await expect(values.nth(j)).toBeVisible();
        await expect(values.nth(j)).not.toHaveText("");
      }
    }
    await expect(cards.filter({ hasText: late.milestone }).first().getByTestId("overdue-marker")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.goto(`/initiatives?late=1`);
    await expectNoSidewaysScroll(page);
  });
}

/** The table's named scroll region is wider inside than its box, and scrolls sideways (the page does not). */
async function expectTableRegionScrolls(page: Page, name: string) {
  const region = page.getByRole("region", { name, exact: true });
  await expect(region.getByRole("table", { name, exact: true })).toBeVisible();
  const scrolled = await region.evaluate((el) => {
    const wider = el.scrollWidth > el.clientWidth;
    el.scrollLeft = 100;
    return { wider, left: el.scrollLeft, right: el.getBoundingClientRect().right };
  });
  expect(scrolled.wider, `the table region "${name}" is wider inside than its box`).toBe(true);
  expect(scrolled.left).toBeGreaterThan(0);
  expect(scrolled.right).toBeLessThanOrEqual(320);
}

test("on a 320 px phone the pages with tables do not scroll sideways; the tables scroll inside their region", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/initiatives");
  await expectNoSidewaysScroll(page);
  await expectTableRegionScrolls(page, "Vorhaben, sortiert nach Kennung");

  await page.goto("/districts");
  await expectNoSidewaysScroll(page);
  // The district map's data table is the districts page's table (its text version).
  await expect(page.getByRole("region", { name: "Stadtbezirke mit ihrer Zahl an Vorhaben und deren Stand (Textfassung der Karte)" }).getByRole("table")).toBeVisible();

  // An initiative with published funding: the first one of the list that has a funding table.
  const funding = "Finanzierung nach Jahr und Finanzierungsquelle, in Euro";
  await page.goto("/initiatives");
  const hrefs = await page.locator('main tbody a[href^="/initiatives/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByRole("table", { name: funding }).count()) === 0) continue;
    found = true;
    await expectNoSidewaysScroll(page);
    await expectTableRegionScrolls(page, funding);
    break;
  }
  expect(found, "the demo has a public initiative with published funding").toBe(true);
});

test("the filtered list and the late initiative's page have no WCAG 2.1 AA violations", async ({ page, request }) => {
  const late = await lateInitiative(request);
  for (const url of ["/initiatives?late=1", "/en/initiatives?late=1", `/initiatives/${late.slug}`, `/en/initiatives/${late.slug}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/initiatives/${late.slug}`);
  await expectNoAxeViolations(page);
});

test("the page and the open data give the same progress, and the page says when internal milestones are left out", async ({ page, request }) => {
  const list = (await (await request.get(`${API}/initiatives?limit=200`)).json()) as { data: { slug: string }[] };
  let checked = 0;
  for (const { slug } of list.data) {
    const detail = ((await (await request.get(`${API}/initiatives/${slug}`)).json()) as { data: Detail }).data;
    const { publicMilestones, allMilestones } = detail.progressBasis;
    if (publicMilestones >= allMilestones || allMilestones < 2 || detail.status === "COMPLETED" || detail.status === "CANCELLED" || detail.progressPercent === null) continue;
    await page.goto(`/initiatives/${slug}`);
    await expect(page.getByText(`${detail.progressPercent} %`, { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("progress-basis")).toHaveText(`berechnet aus ${publicMilestones} von ${allMilestones} Meilensteinen, die öffentlich sind`);
    await page.goto(`/en/initiatives/${slug}`);
    await expect(page.getByTestId("progress-basis")).toHaveText(`based on ${publicMilestones} of ${allMilestones} milestones that are public`);
    if (++checked >= 2) break;
  }
  expect(checked, "the demo has a running public initiative with internal milestones").toBeGreaterThan(0);
});
