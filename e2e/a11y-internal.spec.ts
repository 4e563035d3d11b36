// The signed-in pages people work in every day pass axe (WCAG 2.1 AA) too.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const PAGES: ["lead" | "head" | "admin" | "council", string][] = [
  ["lead", "/app"],
  ["head", "/app"],
  ["admin", "/app"],
  ["council", "/app"],
  ["lead", "/app/dashboard"],
  ["lead", "/app/initiatives/VER-01"],
  ["lead", "/app/reports"],
  ["head", "/app/reports"],
  ["admin", "/app/publications"],
  ["lead", "/app/account/tokens"],
  ["lead", "/app/notifications"],
  ["lead", "/app/account/notifications"],
  ["admin", "/app/admin/users"],
  ["admin", "/app/admin/audit"],
  ["admin", "/app/initiatives/new"],
  ["admin", "/app/kpis/plan"],
  ["admin", "/app/admin/import"],
  ["admin", "/app/admin/outbox"],
];

for (const [role, path] of PAGES) {
  test(`${path} as ${role} has no WCAG 2.1 AA violations`, async ({ page, signInAs }) => {
    // axe over a large page with every <details> open takes tens of seconds on a loaded 2-core machine.
    test.slow();
    await signInAs(role);
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });
}
