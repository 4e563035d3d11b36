// A council member asks for the council report while others' exports take every place of the
// export line (lib/exports/): the link leads to a status page that says the export is waiting
// and where in the line (a polite live region, German, accessible), asks again by itself and
// delivers the PDF when its turn comes; the others' downloads all complete.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

test("a council member whose export has to wait sees its place in the line and then gets the file", async ({ page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs("council");
  // Programs (same session) waiting on their requests: more than any machine's places (EXPORT_WORKERS).
  const others = Array.from({ length: 8 }, (_, i) =>
    page.request.get(i % 2 ? "/app/portfolio/export?format=xlsx" : "/app/council-report/pdf?lang=en", { timeout: 150_000 }),
  );
  await new Promise((r) => setTimeout(r, 700));

  const downloaded = page.waitForEvent("download", { timeout: 150_000 });
  const response = await page.goto("/app/council-report/pdf?quarter=2026-Q3&scope=masterplan");
  expect(response?.status()).toBe(202);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Export wartet");
  await expect(page.getByRole("status")).toContainText(/Ihr Export wartet \(Position \d+\)/);
  await expect(page.getByRole("status")).toHaveAttribute("aria-live", "polite");
  // The page asks again every 2 s; axe reads a copy of it that stays put.
  const copy = await page.context().newPage();
  await copy.setContent((await page.content()).replace(/<meta http-equiv="refresh"[^>]*>/, ""));
  const axe = await new AxeBuilder({ page: copy }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await copy.close();

  const file = await downloaded;
  expect(file.suggestedFilename()).toBe("ratsbericht-2026-Q3-masterplan.pdf");
  for (const res of await Promise.all(others)) expect(res.status()).toBe(200);
});
