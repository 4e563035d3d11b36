// Administration ends sessions when it should, and every change lands in the audit log.
import { expect, test, USERS, signInVia } from "./fixtures";

test("deactivating a user ends their open session on the next request; the audit log shows it", async ({ page, signInAs, browser, baseURL }) => {
  // The viewer is signed in in another browser.
  const viewer = await browser.newContext({ baseURL });
  await signInVia(viewer.request, USERS.viewer);
  const viewerPage = await viewer.newPage();
  await viewerPage.goto("/app");
  await expect(viewerPage.getByRole("heading", { level: 1 })).toContainText("Willkommen");

  await signInAs("admin");
  await page.goto("/app/admin/users");
  // Each user's row is followed by a disclosure "Bearbeiten: <name>" with the forms.
  const panel = page.locator("details").filter({ has: page.locator("summary", { hasText: "Michael Kaiser" }) });
  await panel.locator("summary").click();
  await panel.getByRole("form", { name: "Konto von Michael Kaiser sperren" }).getByRole("button", { name: "Konto sperren" }).click();
  await expect(page.getByRole("row").filter({ hasText: USERS.viewer }).getByText("gesperrt")).toBeVisible();

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
  await signInVia(council.request, USERS.council);
  expect((await (await council.request.get("/api/auth/session")).json()).user.role).toBe("COUNCIL_MEMBER");

  await signInAs("admin");
  await page.goto("/app/admin/users");
  const panel = page.locator("details").filter({ has: page.locator("summary", { hasText: "Hans-Peter Wiesmann" }) });
  await panel.locator("summary").click();
  const form = panel.getByRole("form", { name: "Konto von Hans-Peter Wiesmann bearbeiten" });
  await form.getByLabel("Rolle").selectOption("VIEWER");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByRole("status")).toHaveText("Gespeichert.");

  expect((await (await council.request.get("/api/auth/session")).json())?.user).toBeFalsy();
  await signInVia(council.request, USERS.council);
  expect((await (await council.request.get("/api/auth/session")).json()).user.role).toBe("VIEWER");
  await council.close();
});
