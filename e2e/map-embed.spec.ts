// The district map and the embeds, as a citizen and another website see them: the map passes axe
// in both languages in either shading (number of initiatives; status, chosen by a plain link that
// works without JavaScript), every district is reached by Tab and opened by Enter, the demo's SVG stays
// under 60 KB, internal initiatives are neither counted nor marked on the public map (they are on
// the dashboard's); an embed is framed by the allowed origin and refused by any other, and is a
// 404 for an internal initiative.
import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST_PORT = PORT + 1;
const APP = `http://127.0.0.1:${PORT}`;
const DISTRICTS = ["walsum", "hamborn", "meiderich-beeck", "homberg-ruhrort-baerl", "mitte", "rheinhausen", "sued"];

// axe over the home page and the dashboard's first render take their time on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

let host: http.Server;
let publicSlug = "";

test.beforeAll(async ({ request }) => {
  // Another website: one page framing the embed whose slug it is asked for.
  host = http.createServer((req, res) => {
    const slug = new URL(req.url ?? "/", "http://x").searchParams.get("slug") ?? "";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="de"><title>Stadt</title><h1>Stadtseite</h1><iframe title="Status" src="${APP}/embed/initiatives/${encodeURIComponent(slug)}" width="500" height="300"></iframe></html>`);
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, "0.0.0.0", resolve));
  const html = await (await request.get("/initiatives")).text();
  publicSlug = /href="\/initiatives\/([a-z0-9-]+)"/.exec(html)![1]!;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

for (const [path, locale] of [["/", "de"], ["/districts", "de"], ["/districts/mitte", "de"], ["/en", "en"], ["/en/districts", "en"], ["/en/districts/mitte", "en"]] as const) {
  test(`the district map on ${path} passes axe and says it is schematic`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const map = page.getByTestId("district-map");
    await expect(map.locator("svg a[data-district]")).toHaveCount(7);
    await expect(map.getByTestId("district-map-schematic")).toBeVisible();
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });
}

test("every district is reached with Tab, named with its count, and Enter opens it", async ({ page }) => {
  await page.goto("/districts");
  const reached: string[] = [];
  for (let i = 0; i < 120 && reached.length < DISTRICTS.length; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      return a?.getAttribute("data-district") ? { slug: a.getAttribute("data-district")!, label: a.getAttribute("aria-label") ?? "" } : null;
    });
    if (focused) {
      expect(focused.label).toMatch(/: (keine|\d+) öffentliche/);
      reached.push(focused.slug);
    }
  }
  expect(reached.sort()).toEqual([...DISTRICTS].sort());
  // Focus is on the last district reached; Enter follows its link.
  const last = await page.evaluate(() => document.activeElement?.getAttribute("data-district"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/districts/${last}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Stadtbezirk|District/);
});

test.describe("the status shading, chosen by a link without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, view] of [["/", "nach Stand der Vorhaben"], ["/en", "by status of the initiatives"]] as const) {
    test(`on ${path} the link switches legend and figures to the status and back`, async ({ page }) => {
      await page.goto(path);
      const map = page.getByTestId("district-map");
      await expect(map.getByTestId("district-map-legend")).toBeVisible();
      await expect(map.getByTestId("district-map-status-legend")).toBeHidden();
      await map.getByRole("link", { name: view }).click();
      await expect(page).toHaveURL(/#dmap-status$/);
      await expect(map.getByTestId("district-map-status-legend")).toBeVisible();
      await expect(map.getByTestId("district-map-legend")).toBeHidden();
      await expect(map.getByTestId("district-map-status-legend").locator("li")).toHaveCount(4);
      // The table, the text version, carries the status of every district in words.
      await expect(map.getByTestId("district-map-table").locator("tbody tr")).toHaveCount(7);
      await map.getByRole("link", { name: path === "/" ? "nach Zahl der Vorhaben" : "by number of initiatives" }).click();
      await expect(map.getByTestId("district-map-legend")).toBeVisible();
      await expect(map.getByTestId("district-map-status-legend")).toBeHidden();
    });
  }
});

for (const [path, locale] of [["/#dmap-status", "de"], ["/en#dmap-status", "en"], ["/districts/mitte#dmap-status", "de"], ["/en/districts#dmap-status", "en"]] as const) {
  test(`the status shading on ${path} passes axe`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const map = page.getByTestId("district-map");
    await expect(map.getByTestId("district-map-status-legend")).toBeVisible();
    const statuses = await map.locator("svg a[data-district]").evaluateAll((as) => as.map((a) => a.getAttribute("data-status")));
    expect(statuses).toHaveLength(7);
    for (const s of statuses) expect(["none", "onTrack", "some", "many"]).toContain(s);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });
}

test("the status view is chosen with the keyboard and every district then says how its initiatives stand", async ({ page }) => {
  await page.goto("/en");
  let chosen = false;
  for (let i = 0; i < 150 && !chosen; i++) {
    await page.keyboard.press("Tab");
    chosen = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "district-map-view-status");
  }
  expect(chosen).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#dmap-status$/);
  await expect(page.getByTestId("district-map-status-legend")).toBeVisible();
  const reached: string[] = [];
  for (let i = 0; i < 60 && reached.length < DISTRICTS.length; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      return a?.getAttribute("data-district") ? { slug: a.getAttribute("data-district")!, label: a.getAttribute("aria-label") ?? "" } : null;
    });
    if (focused) {
      expect(focused.label).toMatch(/public initiatives?; (no ongoing initiatives|.*on track|\d+ of \d+ ongoing initiatives at risk or off track)$/);
      reached.push(focused.slug);
    }
  }
  expect(reached.sort()).toEqual([...DISTRICTS].sort());
});

test("the demo map's SVG on the home page is under 60 KB and makes no request elsewhere", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(APP)) outside.push(r.url());
  });
  await page.goto("/");
  const size = await page.getByTestId("district-map").locator("svg").first().evaluate((svg) => new Blob([svg.outerHTML]).size);
  expect(size).toBeLessThan(60_000);
  expect(outside).toEqual([]);
});

test("the public map counts and marks public initiatives only; the dashboard's counts all", async ({ page, signInAs }) => {
  await page.goto("/");
  const publicMap = page.getByTestId("district-map");
  const publicLabels = await publicMap.locator("svg a").evaluateAll((as) => as.map((a) => a.getAttribute("aria-label") ?? ""));
  expect(publicLabels.join("\n")).not.toContain("Integrierte Leitstelle");
  expect(publicLabels.join("\n")).toContain("Teststrecke Innenhafen");
  expect(await page.content()).not.toContain("LEAK-7f3a");
  const publicMitte = await publicMap.locator('a[data-district="mitte"]').getAttribute("aria-label");

  await signInAs("admin");
  await page.goto("/app/dashboard");
  const internalMap = page.getByTestId("district-map");
  await expect(internalMap.locator("svg a[data-district]")).toHaveCount(7);
  const internalLabels = await internalMap.locator("svg a").evaluateAll((as) => as.map((a) => a.getAttribute("aria-label") ?? ""));
  expect(internalLabels.join("\n")).toContain("Integrierte Leitstelle");
  const internalMitte = await internalMap.locator('a[data-district="mitte"]').getAttribute("aria-label");
  const count = (label: string | null) => Number(/(\d+)/.exec(label ?? "")?.[1] ?? 0);
  expect(count(internalMitte)).toBeGreaterThan(count(publicMitte));
});

test("an embed allows framing by the configured origin only; every other page by none", async ({ request }) => {
  const embed = await request.get(`/embed/initiatives/${publicSlug}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain(`frame-ancestors http://127.0.0.1:${HOST_PORT}`);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/districts", `/initiatives/${publicSlug}`, "/login"]) {
    const r = await request.get(path);
    expect(r.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(r.headers()["x-frame-options"], path).toBe("DENY");
  }
  const field = await request.get("/embed/fields/mobilitaet?lang=en");
  expect(field.status()).toBe(200);
  expect(await field.text()).toContain('lang="en"');
});

test("an embed, its badge and a field embed are 404 for an internal initiative or unknown slug", async ({ request }) => {
  for (const path of ["/embed/initiatives/leak-7f3a-slug", "/embed/initiatives/leak-7f3a-slug/badge.svg", "/embed/initiatives/leak-7f3a-slug/badge.png", "/embed/fields/atlantis"]) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(404);
    expect(await r.text()).not.toContain("LEAK-7f3a");
  }
  const svg = await request.get(`/embed/initiatives/${publicSlug}/badge.svg`);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(svg.headers()["cache-control"]).toContain("public");
  expect(await svg.text()).toMatch(/<title>[^<]+ Status: /);
  const png = await request.get(`/embed/initiatives/${publicSlug}/badge.png?lang=en`);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
});

test("Chromium shows the embed in a page of the allowed origin and refuses it in another", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${HOST_PORT}/?slug=${publicSlug}`);
  const allowed = page.frameLocator("iframe").getByTestId("embed-initiative");
  await expect(allowed).toBeVisible();
  await expect(allowed).toContainText("Fortschritt");

  const refusals: string[] = [];
  page.on("console", (m) => refusals.push(m.text()));
  const blocked = page.waitForEvent("console", { predicate: (m) => m.text().includes("frame-ancestors"), timeout: 10_000 }).catch(() => null);
  // Same page, another origin (localhost is not 127.0.0.1): not in EMBED_ALLOWED_ORIGINS.
  await page.goto(`http://localhost:${HOST_PORT}/?slug=${publicSlug}`);
  await blocked;
  expect(refusals.join("\n")).toContain("frame-ancestors");
  await expect(page.frameLocator("iframe").getByTestId("embed-initiative")).toHaveCount(0);
});
