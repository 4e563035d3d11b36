// Administration ends sessions when it should, and every change lands in the audit log.
import { expect, test, signInVia } from "./fixtures";

// Accounts no other spec uses, so that deactivating or demoting them changes nothing elsewhere.
const TO_DEACTIVATE = { email: "sabine.nowak@demo.masterplan.example", name: "Sabine Nowak" };
const TO_DEMOTE = { email: "markus.terhorst@demo.masterplan.example", name: "Markus Terhorst" };

test("deactivating a user ends their open session on the next request; the audit log shows it", async ({ page, signInAs, browser, baseURL }) => {
  // The user is signed in in another browser.
  const viewer = await browser.newContext({ baseURL });
  await signInVia(viewer.request, TO_DEACTIVATE.email);
  const viewerPage = await viewer.newPage();
  await viewerPage.goto("/app");
  await expect(viewerPage.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");

  await signInAs("admin");
  await page.goto("/app/admin/users");
  // Each user's row is followed by a disclosure "Bearbeiten: <name>" with the forms.
  const panel = page.locator("details").filter({ has: page.locator("summary", { hasText: TO_DEACTIVATE.name }) });
  await panel.locator("summary").click();
  await panel.getByRole("form", { name: `Konto von ${TO_DEACTIVATE.name} sperren` }).getByRole("button", { name: "Konto sperren" }).click();
  await panel.getByRole("form", { name: `Konto von ${TO_DEACTIVATE.name} sperren` }).getByRole("group").getByRole("button", { name: "Konto sperren" }).click();
  await expect(page.getByRole("row").filter({ hasText: TO_DEACTIVATE.email }).getByText("gesperrt")).toBeVisible();

  await viewerPage.reload();
  await expect(viewerPage).toHaveURL(/\/login/);
  const session = await (await viewer.request.get("/api/auth/session")).json();
  expect(session?.user).toBeFalsy();
  await viewer.close();

  await page.goto("/app/admin/audit?action=user.deactivate");
  await expect(page.getByRole("main")).toContainText("user.deactivate");
  await page.goto("/app/admin/audit?action=auth.login");
  await expect(page.getByRole("main")).toContainText("auth.login.succeeded");
});

test("changing a user's role ends their session; they sign in again with the new role", async ({ page, signInAs, browser, baseURL }) => {
  const council = await browser.newContext({ baseURL });
  await signInVia(council.request, TO_DEMOTE.email);
  expect((await (await council.request.get("/api/auth/session")).json()).user.role).toBe("PROJECT_LEAD");

  await signInAs("admin");
  await page.goto("/app/admin/users");
  const panel = page.locator("details").filter({ has: page.locator("summary", { hasText: TO_DEMOTE.name }) });
  await panel.locator("summary").click();
  const form = panel.getByRole("form", { name: `Konto von ${TO_DEMOTE.name} bearbeiten` });
  await form.getByLabel("Rolle").selectOption("VIEWER");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByRole("status")).toHaveText("Gespeichert.");

  expect((await (await council.request.get("/api/auth/session")).json())?.user).toBeFalsy();
  await signInVia(council.request, TO_DEMOTE.email);
  expect((await (await council.request.get("/api/auth/session")).json()).user.role).toBe("VIEWER");
  await council.close();
});
