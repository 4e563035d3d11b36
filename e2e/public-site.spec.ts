// A citizen reads the masterplan overview and one initiative; internal initiatives stay hidden.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a citizen sees the masterplan, its fields of action and public initiatives, marked as example data", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Masterplan Digitales Duisburg");
  await expect(page.getByTestId("example-data-notice")).toBeVisible();
  await expect(page.getByText(/So rechnen wir/)).toBeVisible();
  expect(await page.getByRole("heading", { level: 3 }).count()).toBeGreaterThanOrEqual(6);
  await page.getByRole("link", { name: /Handlungsfeld Mobilität/ }).first().click();
  await expect(page).toHaveURL(/\/fields\/mobilitaet$/);
  expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
});

test("a citizen opens an initiative from a field of action and sees its milestones", async ({ page }) => {
  await page.goto("/fields/verwaltung");
  const link = page.locator("tbody a").first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("heading", { name: "Meilensteine" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Zurück zur Übersicht/ })).toBeVisible();
});

test("the overview and an initiative page have no WCAG 2.1 AA violations", async ({ page }) => {
  for (const url of ["/", "/fields/verwaltung", null]) {
    if (url) await page.goto(url);
    else await page.locator("tbody a").first().click();
    await page.waitForLoadState("networkidle");
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test("an unknown or malformed initiative address answers 404", async ({ request }) => {
  expect((await request.get("/initiatives/gibt-es-nicht")).status()).toBe(404);
  expect((await request.get("/initiatives/%3Cscript%3E")).status()).toBe(404);
});

test("the health endpoint reports the version and a working database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", database: "ok" });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});

test("an internal initiative is not listed and its address answers 404", async ({ page, request }) => {
  // VER-06 "Moderner Arbeitsplatz und mobiles Arbeiten" is internal in the demo data.
  const res = await request.get("/initiatives/moderner-arbeitsplatz-und-mobiles-arbeiten");
  expect(res.status()).toBe(404);
  expect(await res.text()).not.toContain("Moderner Arbeitsplatz");
  for (const path of ["/", "/fields/verwaltung", "/initiatives?q=Arbeitsplatz"]) {
    await page.goto(path);
    await expect(page.getByText("VER-06", { exact: true })).toHaveCount(0);
    await expect(page.getByText("Moderner Arbeitsplatz")).toHaveCount(0);
  }
});

// The public site's script budget (issue 20: Lighthouse counts every script byte at slow-4G speed on
// a phone). Its only client components are the site frame's navigation and language switch and the
// error page; next-intl's message formatter stays out (components/layout/root-document.tsx).
test("the citizens' pages load no message formatter and stay within their script budget", async ({ browser, baseURL }) => {
  for (const path of ["/", "/en/initiatives"]) {
    // A fresh context per page, so no script comes from the previous page's cache uncounted.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const pending: Promise<{ url: string; encoded: number; body: string }>[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() !== "script") return;
      pending.push(Promise.all([r.text(), r.request().sizes()]).then(([body, sizes]) => ({ url: r.url(), encoded: sizes.responseBodySize, body })));
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const scripts = await Promise.all(pending);
    await context.close();
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.body.includes("IntlMessageFormat")).map((s) => s.url), path).toEqual([]);
    const kb = scripts.reduce((sum, s) => sum + s.encoded, 0) / 1024;
    expect(kb, `${path}: ${scripts.map((s) => `${s.url.split("/").pop()} ${Math.round(s.encoded / 1024)} KB`).join(", ")}`).toBeLessThan(150);
  }
});
