// Dependencies (issue 19, item 1): a project lead says what their initiative needs, a cycle is
// refused with the cycle named next to the field, the demo's slipped 5G milestone flags the
// autonomous-driving test field on the roadmap (arrow and table, readable without colour), and the
// citizens' page says in words what the test field depends on.
import { expect, test } from "./fixtures";

test("a lead adds a dependency, a cycle is refused with the cycle named", async ({ page, signInAs }) => {
  await signInAs("lead");
  await page.goto("/app/initiatives/VER-01#dependencies");
  const section = page.locator("#dependencies");
  await expect(section.getByRole("heading", { level: 2, name: "Abhängigkeiten" })).toBeVisible();
  await section.getByText("Abhängigkeit hinzufügen").click();
  const form = section.getByRole("form", { name: "Neue Abhängigkeit erfassen" });
  await form.getByLabel("Worauf es wartet").selectOption({ label: "VER-05 – Digitaler Bauantrag (ganzes Vorhaben)" });
  await form.getByRole("button", { name: "Anlegen" }).click();
  await expect(section.locator('[data-dependency="VER-01 > VER-05"]')).toContainText("VER-01 braucht VER-05");

  // The other way round closes a cycle: refused next to the field, nothing stored.
  await signInAs("admin");
  await page.goto("/app/initiatives/VER-05#dependencies");
  const other = page.locator("#dependencies");
  await expect(other.getByText("Auf dieses Vorhaben warten")).toBeVisible();
  await expect(other.locator('[data-dependency="VER-01 > VER-05"]')).toBeVisible();
  await other.getByText("Abhängigkeit hinzufügen").click();
  const back = other.getByRole("form", { name: "Neue Abhängigkeit erfassen" });
  await back.getByLabel("Worauf es wartet").selectOption({ label: "VER-01 – Digitales Bürgerportal Duisburg (OZG-Umsetzung) (ganzes Vorhaben)" });
  await back.getByRole("button", { name: "Anlegen" }).click();
  await expect(back.getByText("Diese Abhängigkeit würde einen Kreis schließen: VER-05 → VER-01 → VER-05.")).toBeVisible();
  await expect(back.getByLabel("Worauf es wartet")).toHaveAttribute("aria-invalid", "true");

  // Clean up for reruns against the same database: the lead removes it again.
  await signInAs("lead");
  await page.goto("/app/initiatives/VER-01#dependencies");
  const row = page.locator('#dependencies [data-dependency="VER-01 > VER-05"]');
  await row.getByRole("button", { name: "Entfernen", exact: true }).click();
  await expect(row.getByText("Wirklich entfernen?")).toBeVisible();
  await row.getByRole("button", { name: "Entfernen", exact: true }).click();
  await expect(row).toHaveCount(0);
});

test("the slipped 5G milestone flags the test field on the roadmap, with arrows and in words", async ({ page, signInAs }) => {
  await signInAs("council");
  await page.goto("/app/roadmap?field=MOB,INF");
  const table = page.getByTestId("roadmap-dependencies");
  const flagged = table.getByRole("row").filter({ hasText: "MOB-01" }).filter({ has: page.locator("[data-slip-flag]") });
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText(/Verzugsrisiko durch INF-02 · .+: \d+ Tage? Verzug/);
  // The drawing: one arrow per dependency on the page; the one at risk dashed and marked.
  const arrows = page.getByTestId("roadmap-arrows");
  await expect(arrows.locator("g[data-arrow]")).toHaveCount(2);
  await expect(arrows.locator('g[data-at-risk="true"] path')).toHaveAttribute("stroke-dasharray", "6 4");
  await expect(arrows.locator('g[data-at-risk="true"] text')).toHaveText("!");

  // The same flag on the initiative page and in the portfolio.
  await page.goto("/app/initiatives/MOB-01#dependencies");
  await expect(page.locator("#dependencies [data-slip-flag]")).toContainText("Verzugsrisiko durch INF-02");
  await page.goto("/app/portfolio?q=MOB-01");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "MOB-01" }).locator("[data-slip-flag]").first()).toContainText("Verzugsrisiko durch INF-02");
});

test("a citizen reads what the test field depends on, in words, in German and English", async ({ page }) => {
  await page.goto("/fields/mobilitaet");
  await page.getByRole("link", { name: /Testfeld für automatisiertes und vernetztes Fahren/ }).first().click();
  const deps = page.getByTestId("public-dependencies");
  await expect(deps).toContainText("Hängt ab von: 5G-Modellregion und Campusnetze");
  const url = new URL(page.url());
  await page.goto(`/en${url.pathname}`);
  await expect(page.getByTestId("public-dependencies")).toContainText("Depends on:");
});
