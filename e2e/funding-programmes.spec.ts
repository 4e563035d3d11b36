// An admin keeps the funding programmes: adds one (a rate out of range is answered next to the
// field), archives it; the funding page rolls the demo's budget up by programme (real programme
// names), and a department head plans a budget line from a programme. Both screens pass axe.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, openFromNavigation, test } from "./fixtures";

test("an admin adds and archives a funding programme; the funding page rolls up by programme", async ({ page, signInAs }) => {
  const name = `Testprogramm ${randomBytes(3).toString("hex")}`;
  await signInAs("admin");
  await openFromNavigation(page, "Förderprogramme verwalten", "Förderprogramme");
  await expect(page.getByRole("heading", { level: 2, name: "Modellprojekte Smart Cities" })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);

  const create = page.getByRole("form", { name: "Neues Förderprogramm" });
  await create.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await create.getByLabel("Finanzierungsquelle").selectOption({ label: "Bund" });
  await create.getByLabel("Förderquote (%)").fill("120");
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create.getByLabel("Förderquote (%)")).toHaveAttribute("aria-invalid", "true");
  await create.getByLabel("Förderquote (%)").fill("62,5");
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create.getByRole("status")).toHaveText("Gespeichert.");

  const item = page.getByTestId("funding-programme").filter({ has: page.getByRole("heading", { name }) });
  await expect(item).toContainText("0 Budgetpositionen");
  await expect(item.getByRole("form", { name: `Förderprogramm ${name} bearbeiten` }).getByLabel("Förderquote (%)")).toHaveValue("62.50");
  await item.getByRole("form", { name: `Förderprogramm ${name} archivieren` }).getByRole("button", { name: "Archivieren" }).click();
  await expect(item.getByRole("heading", { name })).toContainText("archiviert");

  await page.goto(`/app/admin/audit?action=fundingProgramme.`);
  await expect(page.getByRole("main")).toContainText("fundingProgramme.archive");

  await page.goto("/app/funding");
  // The Land level names the city's state (CITY_STATE).
  // (The tables sit in the figures' closed "Daten als Tabelle" disclosures.)
  await expect(page.getByTestId("funding-by-source-table")).toContainText("Land Nordrhein-Westfalen");
  const table = page.getByTestId("funding-by-programme-table");
  await expect(table).toContainText("Modellprojekte Smart Cities");
  await expect(table).toContainText("EFRE/JTF NRW 2021–2027");
  await expect(table).not.toContainText(name);
});

test("a department head plans a budget line from a funding programme", async ({ page, signInAs }) => {
  await signInAs("head");
  await page.goto("/app/initiatives/VER-01");
  await page.locator("summary", { hasText: "Neue Budgetposition" }).click();
  const form = page.getByRole("form", { name: "Neue Budgetposition anlegen" });
  const year = String(2090 + Math.floor(Math.random() * 10));
  await form.getByLabel("Jahr").fill(year);
  await form.getByLabel("Finanzierungsquelle").selectOption({ label: "EU" });
  // A programme of another level is answered next to the programme.
  await form.getByLabel("Förderprogramm").selectOption({ label: "Modellprojekte Smart Cities (Bund)" });
  await form.getByLabel("Geplant (Euro)").fill("1.000");
  await form.getByRole("button", { name: "Anlegen" }).click();
  await expect(form.getByLabel("Förderprogramm")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Förderprogramm").selectOption({ label: "EFRE/JTF NRW 2021–2027 (EU)" });
  await form.getByLabel("Förderkennzeichen").fill("EFRE-0802-E2E");
  // Internal: a public line of this public initiative would be a publication request (e2e/publish-review.spec.ts).
  await form.getByRole("checkbox", { name: "Auf der öffentlichen Seite zeigen" }).uncheck();
  await form.getByRole("button", { name: "Anlegen" }).click();
  await expect(form.getByRole("status")).toHaveText("Budgetposition angelegt.");
  const budget = page.getByRole("table", { name: "Budget nach Jahr und Finanzierungsquelle, in Euro" });
  await expect(budget).toContainText("EFRE-0802-E2E");
});
