// Signing in and out, and what each role may open.
import { expect, test, USERS, DEMO_PASSWORD } from "./fixtures";

test("a project lead signs in with the form, sees the portfolio, and signs out", async ({ page }) => {
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fapp/);
  await expect(page.getByText(DEMO_PASSWORD)).toBeVisible(); // demo mode shows the shared password
  await page.getByLabel("E-Mail-Adresse").fill(USERS.lead);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  // The internal portfolio shows internal initiatives too.
  await page.getByRole("link", { name: "Portfolio", exact: true }).click();
  await page.getByLabel("Suche").fill("VER-06");
  await expect(page.getByRole("cell", { name: "VER-06", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password and an unknown user get the same message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(USERS.viewer);
  await page.getByLabel("Passwort").fill("definitely not the password");
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  // Next's route announcer is an (empty) alert too; the form's message is #login-error.
  const error = page.locator("#login-error");
  await expect(error).toBeVisible();
  const wrongPassword = await error.textContent();
  await page.getByLabel("E-Mail-Adresse").fill("nobody@demo.masterplan.example");
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(error).toHaveText(wrongPassword!);
  expect(wrongPassword).toContain("E-Mail-Adresse oder Passwort ist falsch");
});

test("authenticated pages are not cached and carry the session cookie as HttpOnly, SameSite=Lax", async ({ page, signInAs }) => {
  await signInAs("viewer");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("mm.session"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  const res = await page.goto("/app");
  expect(res?.headers()["cache-control"]).toContain("no-store");
});

test("a viewer cannot open the administration", async ({ page, signInAs }) => {
  await signInAs("viewer");
  const res = await page.goto("/app/admin/departments");
  expect(res?.status()).toBe(404);
});

test("before the page's script has run, the sign-in form cannot be sent, and never by GET", async ({ page }) => {
  // The form is sent by script; a press before hydration would make the browser submit it itself,
  // which without method="post" would put the password into the URL (history, proxy logs).
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/login");
  const submit = page.getByRole("button", { name: "Anmelden", exact: true });
  await expect(submit).toBeDisabled();
  await expect(page.locator("form:has(#password)")).toHaveAttribute("method", "post");
  await page.unrouteAll();
  await page.reload();
  await expect(submit).toBeEnabled();
});
