// The portfolio table at an office screen: the code and title columns and the header row stay in
// view while the table scrolls inside its own region, and the page itself never scrolls sideways.
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 1366, height: 768 } });

test("code and title stick while the table scrolls sideways and down", async ({ page, signInAs }) => {
  await signInAs("council");
  await page.goto("/app/portfolio?size=100");
  const table = page.getByTestId("portfolio-table");
  const region = page.getByRole("region", { name: "Portfolio-Tabelle, waagerecht scrollbar" });
  const firstRow = table.locator("tbody tr").first();
  const code = firstRow.locator("td").first();
  const title = firstRow.getByRole("link").first();
  const header = table.getByRole("columnheader").first();
  await expect(code).toHaveText(/^[A-Z]+-\d+$/);
  await region.evaluate((el) => el.scrollIntoView());
  const before = { code: (await code.boundingBox())!, title: (await title.boundingBox())!, header: (await header.boundingBox())! };

  await region.evaluate((el) => el.scrollBy({ left: 600, top: 300 }));
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expect.poll(async () => (await code.boundingBox())!.x).toBe(before.code.x);
  expect((await title.boundingBox())!.x).toBe(before.title.x);
  // The header row stays at the top of the region while the rows move up under it.
  expect((await header.boundingBox())!.y).toBe(before.header.y);
  expect((await code.boundingBox())!.y).toBeLessThan(before.code.y);
  // The page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
});
