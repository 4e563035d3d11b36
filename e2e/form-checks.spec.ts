// Forms check input in the browser with the action's own schema before anything is sent, and
// destructive buttons ask first: cancelling keeps the item and sends nothing.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Counts the POST requests the page sends (server actions are POSTs to the page's URL). */
function countPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  return posts;
}

test("a required field says so before sending, and its message goes once it is filled in", async ({ page, signInAs }) => {
  await signInAs("lead");
  await page.goto("/app/account/tokens");
  const form = page.getByRole("form", { name: "Neues Token" });
  const name = form.getByRole("textbox", { name: "Name", exact: true });
  await expect(name).toHaveAttribute("maxlength", "100");
  await expect(name).toHaveAttribute("aria-required", "true");

  const posts = countPosts(page);
  await form.getByRole("checkbox", { name: /^Kennzahlwerte erfassen/ }).check();
  await form.getByRole("button", { name: "Token erstellen" }).click();
  await expect(form.getByText("Bitte ausfüllen.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
  const errorId = (await name.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error"));
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText("Bitte ausfüllen.");
  expect(posts).toEqual([]);

  await name.fill("Prüfung im Browser");
  await name.press("Tab");
  await expect(form.getByText("Bitte ausfüllen.")).toHaveCount(0);
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);
});

test("revoking a token asks first; cancel keeps it and sends nothing", async ({ page, signInAs }) => {
  await signInAs("lead");
  await page.goto("/app/account/tokens");
  const form = page.getByRole("form", { name: "Neues Token" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Bleibt bestehen");
  await form.getByRole("checkbox", { name: /^Kennzahlwerte erfassen/ }).check();
  await form.getByRole("button", { name: "Token erstellen" }).click();
  await expect(page.getByLabel("Ihr Token (wird nur jetzt angezeigt)")).toBeVisible();

  const revokeForm = page.getByRole("form", { name: "Token Bleibt bestehen widerrufen" });
  const posts = countPosts(page);
  const revoke = revokeForm.getByRole("button", { name: "Widerrufen" });
  await revoke.click();
  const question = revokeForm.getByRole("group", { name: /Dieses Token wirklich widerrufen\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Widerrufen" })).toBeFocused();
  // Escape cancels too, and focus returns to the first button.
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(revoke).toBeFocused();
  await revoke.press("Enter");
  await question.getByRole("button", { name: "Abbrechen" }).click();
  await expect(question).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("form", { name: "Token Bleibt bestehen widerrufen" })).toBeVisible();
  expect(posts.filter((u) => !u.includes("/api/"))).toEqual([]);
});

test("deleting a budget line asks first; cancel keeps the line", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/app/initiatives/VER-01");
  const summary = page.locator("summary", { hasText: /^Budgetposition .+ bearbeiten$/ }).first();
  const label = (await summary.textContent())!.replace(/ bearbeiten$/, "");
  await summary.click();
  const deleteForm = page.getByRole("form", { name: `${label} löschen` });
  const posts = countPosts(page);
  await deleteForm.getByRole("button", { name: "Position löschen" }).click();
  const question = deleteForm.getByRole("group", { name: /Wirklich löschen\?/ });
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Abbrechen" }).click();
  await expect(question).toHaveCount(0);
  await page.reload();
  await expect(page.locator("summary", { hasText: `${label} bearbeiten` })).toHaveCount(1);
  expect(posts.filter((u) => !u.includes("/api/"))).toEqual([]);
});

test("a KPI value that is no number is refused in the browser; a decimal comma is accepted", async ({ page, signInAs }) => {
  await signInAs("lead");
  await page.goto("/app/initiatives/VER-01");
  await page.locator("summary", { hasText: "Messwert erfassen" }).first().click();
  const form = page.getByRole("form", { name: /^Messwert erfassen/ }).first();
  const value = form.getByRole("textbox", { name: "Wert" });
  const note = form.getByRole("textbox", { name: "Anmerkung" });
  await expect(note).toHaveAttribute("maxlength", "2000");

  const posts = countPosts(page);
  await value.fill("zwölf");
  await form.getByRole("button", { name: "Messwert speichern" }).click();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toBeFocused();
  expect(posts).toEqual([]);

  // This KPI counts (whole numbers only): "12,0" is read with its decimal comma as 12.
  await value.fill("12,0");
  await form.getByRole("button", { name: "Messwert speichern" }).click();
  await expect(form.getByRole("status")).toHaveText("Messwert gespeichert.");
  expect(posts.length).toBeGreaterThan(0);
});

test("a milestone row added after the server answered keeps its length limit", async ({ page, signInAs }) => {
  await signInAs("admin");
  await page.goto("/app/initiatives/new");
  const form = page.getByRole("form", { name: "Neues Vorhaben anlegen" });
  await form.getByLabel("Handlungsfeld").selectOption({ index: 1 });
  // A code the demo already uses: only the server can tell, so the form is sent and answered.
  await form.getByLabel("Kennung").fill("VER-01");
  await form.getByRole("textbox", { name: "Titel", exact: true }).fill("Doppelte Kennung");
  await form.getByLabel("Zuständiges Amt").selectOption({ index: 1 });
  await form.getByLabel("Titel Meilenstein 1").fill("Start");
  await form.getByLabel("Basisplan Meilenstein 1").fill("2027-03-31");
  await form.getByLabel("Titel Meilenstein 2").fill("Ziel");
  await form.getByLabel("Basisplan Meilenstein 2").fill("2027-09-30");
  await form.getByRole("button", { name: "Vorhaben anlegen" }).click();
  await expect(form.getByLabel("Kennung")).toHaveAttribute("aria-invalid", "true");
  // Leaving the unchanged field keeps the server's message (the browser cannot know the code is taken).
  await form.getByLabel("Kennung").focus();
  await form.getByLabel("Kennung").press("Tab");
  await expect(form.getByLabel("Kennung")).toHaveAttribute("aria-invalid", "true");

  await form.getByRole("button", { name: "Weiteren Meilenstein hinzufügen" }).click();
  await expect(form.getByLabel("Titel Meilenstein 3")).toHaveAttribute("maxlength", "200");
  await expect(form.getByLabel("Titel Meilenstein 1")).toHaveAttribute("maxlength", "200");
});
