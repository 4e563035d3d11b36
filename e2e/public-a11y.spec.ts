// Every template of the citizens' site, in German and in English, passes axe (WCAG 2.1 AA, the
// level BITV 2.0 requires), carries the right `lang`, links the accessibility statement, and its
// language switch leads to the same page in the other language.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** One address per template (the German form; English is the same under /en). */
const TEMPLATES: [string, string][] = [
  ["overview", "/"],
  ["field of action", "/fields/verwaltung"],
  ["initiatives list", "/initiatives"],
  ["initiatives list, filtered", "/initiatives?field=mobilitaet&status=IN_PROGRESS"],
  ["initiative", "/initiatives/__first__"],
  ["partners", "/partners"],
  ["partner", "/partners/universitaet-duisburg-essen"],
  ["districts", "/districts"],
  ["district", "/districts/mitte"],
  ["changes", "/changes"],
  ["open data", "/open-data"],
  ["accessibility statement", "/accessibility"],
  ["imprint", "/imprint"],
  ["privacy", "/privacy"],
];

let firstInitiative = "";

async function resolve(page: Page, path: string): Promise<string> {
  if (!path.includes("__first__")) return path;
  if (!firstInitiative) {
    await page.goto("/initiatives");
    const href = await page.locator('main a[href^="/initiatives/"]').first().getAttribute("href");
    expect(href, "the list links at least one initiative").toBeTruthy();
    firstInitiative = href!;
  }
  return path.replace("/initiatives/__first__", firstInitiative);
}

async function expectNoViolations(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

for (const [name, path] of TEMPLATES) {
  for (const locale of ["de", "en"] as const) {
    test(`${name} (${locale}) has no WCAG 2.1 AA violations and links the accessibility statement`, async ({ page }) => {
      const de = await resolve(page, path);
      const url = locale === "de" ? de : `/en${de === "/" ? "" : de}`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.locator('footer a[href$="/accessibility"]')).toHaveCount(1);
      await expectNoViolations(page);
    });
  }
}

test("the language switch keeps the page and its filters, and hreflang names both versions", async ({ page }) => {
  const de = await resolve(page, "/initiatives/__first__");
  await page.goto(de);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`/en${de}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute("href", new RegExp(`${de}$`));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${de}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // By its test id: on the English page a "German only" marker inside a link also says "nur auf Deutsch".
  await page.getByTestId("locale-switch").click();
  await expect(page).toHaveURL(new RegExp(`${de}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await page.goto("/initiatives?field=mobilitaet&status=IN_PROGRESS");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/initiatives\?field=mobilitaet&status=IN_PROGRESS$/);
});

test("the initiatives filter works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/initiatives");
  const all = await page.locator('main a[href^="/initiatives/"]').count();
  await page.getByLabel("Handlungsfeld").selectOption("mobilitaet");
  await page.getByRole("button", { name: /Filtern|Anzeigen|Suchen/ }).click();
  await expect(page).toHaveURL(/field=mobilitaet/);
  const filtered = await page.locator('main a[href^="/initiatives/"]').count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  await context.close();
});

test("public pages make no third-party requests", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("data:") && new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  for (const path of ["/", "/en", await resolve(page, "/initiatives/__first__")]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});
