// An admin revises the plan in the app: edits the masterplan's vision, adds a field of action with
// its colour, archives a district. Panels stay open after saving. The screen passes axe.
// The spec leaves the demo as it found it (vision restored, field deleted, district restored).
import AxeBuilder from "@axe-core/playwright";
import { expect, openFromNavigation, test } from "./fixtures";

test("an admin edits the vision, adds a coloured field of action and archives a district", async ({ page, signInAs }) => {
  await signInAs("admin");
  await openFromNavigation(page, "Plan einrichten");

  // The masterplan's vision.
  const masterplan = page.getByRole("form", { name: "Masterplan bearbeiten" });
  const vision = masterplan.getByRole("textbox", { name: "Leitbild", exact: true });
  const original = await vision.inputValue();
  await vision.fill(`${original} Geprüft im Test.`);
  await masterplan.getByRole("button", { name: "Speichern" }).click();
  await expect(masterplan.getByRole("status")).toHaveText("Gespeichert.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Masterplan bearbeiten" }).getByRole("textbox", { name: "Leitbild", exact: true })).toHaveValue(`${original} Geprüft im Test.`);

  // A new field of action with a colour.
  const create = page.getByRole("form", { name: "Neues Handlungsfeld" });
  await create.getByLabel("Kürzel").fill("EZT");
  await create.getByRole("textbox", { name: "Titel", exact: true }).fill("Testfeld aus dem Browser");
  await create.getByLabel("Keine eigene Farbe").uncheck();
  await create.getByLabel("Farbe", { exact: true }).fill("#aa33cc");
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create.getByRole("status")).toHaveText("Gespeichert.");
  const field = page.locator("details").filter({ has: page.locator("summary", { hasText: "Testfeld aus dem Browser" }) });
  await expect(field).toBeVisible();
  await field.locator("summary").click();
  await expect(field.getByRole("form", { name: "Handlungsfeld EZT bearbeiten" }).getByLabel("Farbe", { exact: true })).toHaveValue("#aa33cc");

  // A district is archived; its panel stays open after saving and offers to restore it.
  const district = page.locator("details").filter({ has: page.locator("summary", { hasText: "Walsum" }) });
  await district.locator("summary").click();
  await district.getByRole("form", { name: "WAL archivieren" }).getByRole("button", { name: "Archivieren" }).click();
  await expect(district.locator("summary")).toContainText("archiviert");
  await expect(district).toHaveAttribute("open", "");
  await expect(district.getByRole("form", { name: "WAL wiederherstellen" }).getByRole("status")).toHaveText("Gespeichert.");

  // The archived district is no longer offered for new initiatives.
  await page.goto("/app/initiatives/new");
  await expect(page.getByRole("heading", { level: 1, name: "Neues Vorhaben" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Walsum" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Hamborn" })).toHaveCount(1);

  // The audit log has every change.
  for (const action of ["masterplan.update", "fieldOfAction.create", "district.archive"]) {
    await page.goto(`/app/admin/audit?action=${action}`);
    await expect(page.getByRole("main")).toContainText(action);
  }

  // Leave the demo as it was.
  await page.goto("/app/admin/plan");
  const mp = page.getByRole("form", { name: "Masterplan bearbeiten" });
  await mp.getByRole("textbox", { name: "Leitbild", exact: true }).fill(original);
  await mp.getByRole("button", { name: "Speichern" }).click();
  await expect(mp.getByRole("status")).toHaveText("Gespeichert.");
  const d2 = page.locator("details").filter({ has: page.locator("summary", { hasText: "Walsum" }) });
  await d2.locator("summary").click();
  await d2.getByRole("form", { name: "WAL wiederherstellen" }).getByRole("button", { name: "Wiederherstellen" }).click();
  await expect(d2.locator("summary")).not.toContainText("archiviert");
  const f2 = page.locator("details").filter({ has: page.locator("summary", { hasText: "Testfeld aus dem Browser" }) });
  await f2.locator("summary").click();
  await f2.getByRole("form", { name: "EZT löschen" }).getByRole("button", { name: "Löschen" }).click();
  await f2.getByRole("form", { name: "EZT löschen" }).getByRole("group").getByRole("button", { name: "Löschen" }).click();
  await expect(f2).toHaveCount(0);
});

test("/app/admin/plan as admin has no WCAG 2.1 AA violations", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/app/admin/plan");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
