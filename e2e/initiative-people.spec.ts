// Responsibility follows the people: an administrator names the DIGI project lead editor and the
// DIGI department head deputy of a VERK initiative on its page ("Stellvertretung und Bearbeitung");
// each then finds the edit controls their role gives them there (the editor: milestones, no budget;
// the deputy: milestones and budget actuals), which they did not have before. The roles are removed at
// the end, so later journeys see the demo as it was.
import { expect, test, USERS, signInVia, type DemoRole } from "./fixtures";
import type { Browser, Page } from "@playwright/test";

const INITIATIVE = "/app/initiatives/MOB-05";

async function pageAs(browser: Browser, baseURL: string, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await signInVia(context.request, USERS[role]);
  const page = await context.newPage();
  await page.goto(INITIATIVE);
  return page;
}

const doneButtons = (page: Page) => page.getByRole("button", { name: "Als erledigt markieren" });
/** The forms for budget actuals (inside collapsed rows, hence by attribute): the lead's and deputy's, not the editor's. */
const actualForms = (page: Page) => page.locator('form[aria-label^="Ist-Wert "]');

test("an admin names a deputy and an editor from another department; their edit controls appear", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const lead = await pageAs(browser, baseURL!, "lead");
  const head = await pageAs(browser, baseURL!, "head");
  await expect(lead.getByRole("heading", { level: 1 })).toContainText("MOB-05");
  await expect(doneButtons(lead)).toHaveCount(0);
  await expect(doneButtons(head)).toHaveCount(0);
  await expect(actualForms(head)).toHaveCount(0);

  const admin = await pageAs(browser, baseURL!, "admin");
  await admin.locator("summary", { hasText: "Stellvertretung und Bearbeitung" }).click();
  const assign = admin.getByRole("form", { name: "Stellvertretung oder Bearbeitung zuordnen" });
  await assign.getByRole("combobox", { name: "Person" }).selectOption({ label: "Julia Reinhardt (Projektleitung, DIGI)" });
  await assign.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Bearbeitung" });
  await assign.getByRole("button", { name: "Zuordnen" }).click();
  const members = admin.getByTestId("initiative-members");
  await expect(members).toContainText("Julia Reinhardt");
  await assign.getByRole("combobox", { name: "Person" }).selectOption({ label: "Dr. Claudia Berger (Amtsleitung, DIGI)" });
  await assign.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Stellvertretung" });
  await assign.getByRole("button", { name: "Zuordnen" }).click();
  await expect(members).toContainText("Dr. Claudia Berger");

  // The editor keeps milestones current, but records no budget.
  await lead.reload();
  await expect(doneButtons(lead).first()).toBeVisible();
  await expect(actualForms(lead)).toHaveCount(0);
  // The deputy, a department head of another department, has the lead's rights: milestones and budget actuals.
  await head.reload();
  await expect(doneButtons(head).first()).toBeVisible();
  await expect(actualForms(head).first()).toBeAttached();

  // Both are listed on the overview; removing them takes the controls away again.
  await admin.reload();
  await expect(admin.getByText("Julia Reinhardt (Bearbeitung)")).toBeVisible();
  await admin.locator("summary", { hasText: "Stellvertretung und Bearbeitung" }).click();
  for (const name of ["Julia Reinhardt", "Dr. Claudia Berger"]) {
    const remove = admin.getByRole("form", { name: new RegExp(`^${name} als .* entfernen$`) });
    // The first press asks, the second (the confirm button) sends.
    await remove.getByRole("button", { name: /^Entfernen/ }).click();
    await remove.getByRole("group").getByRole("button", { name: /^Entfernen/ }).click();
    await expect(remove).toHaveCount(0);
  }
  await lead.reload();
  await expect(doneButtons(lead)).toHaveCount(0);
});
