// A long initiative page finds its way: the in-page navigation (with counts) stays on screen while
// scrolling, its links open folded sections, every section folds with the keyboard, and at 320 px
// the strip scrolls sideways on its own inside the window. The history shows no ids.
import { expect, test } from "./fixtures";

const PAGE = "/app/initiatives/VER-01";

test("the initiative page has a sticky in-page navigation with counts and sections that fold", async ({ page, signInAs }) => {
  await signInAs("head");
  await page.goto(PAGE);
  const nav = page.getByRole("navigation", { name: "Abschnitte dieser Seite" });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: /^Meilensteine \d+ (Eintrag|Einträge)$/ })).toBeVisible();
  for (const name of ["Überblick", "Berichte", "Budget", "Verlauf"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  for (const name of [/^Kennzahlen \d+ (Eintrag|Einträge)$/, /^Risiken \d+ (Eintrag|Einträge)$/, /^Kommentare \d+ (Eintrag|Einträge)$/]) await expect(nav.getByRole("link", { name })).toBeVisible();

  // Sticky: still at the top of the window after scrolling far down.
  await page.mouse.wheel(0, 6000);
  await expect.poll(async () => (await nav.boundingBox())?.y).toBeLessThanOrEqual(1);
  await expect(nav).toBeInViewport();

  // A section folds from the keyboard and opens again when its link is followed.
  const milestones = page.locator("#milestones > details");
  await expect(milestones).toHaveAttribute("open", "");
  await page.locator("#milestones summary").first().focus();
  await page.keyboard.press("Enter");
  await expect(milestones).not.toHaveAttribute("open", "");
  await expect(page.getByRole("heading", { level: 2, name: "Meilensteine" })).toBeVisible();
  await nav.getByRole("link", { name: /^Meilensteine/ }).click();
  await expect(milestones).toHaveAttribute("open", "");
  await expect(page).toHaveURL(/#milestones$/);

  // The history speaks in labels, never in action keys or ids.
  const history = page.getByRole("region", { name: "Änderungsverlauf" });
  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
});

test("at 320 px the navigation strip scrolls on its own inside the window", async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs("lead");
  await page.goto(PAGE);
  const strip = page.getByRole("navigation", { name: "Abschnitte dieser Seite" }).getByRole("list");
  await expect(strip).toBeVisible();
  expect(await strip.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // The strip itself never widens the page: it ends at the window's edge and scrolls inside.
  const box = await page.getByRole("navigation", { name: "Abschnitte dieser Seite" }).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
});
