// Single sign-on through OpenID Connect against the local test issuer (e2e/oidc-issuer.mjs, started
// by playwright.config.ts): an existing user gets in, an unknown email address does not.
import type { Page } from "@playwright/test";
import { expect, test, USERS } from "./fixtures";

const ISSUER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3199}`;

/** From our login page through the issuer's login form and back to the app. */
async function signInAtIssuer(page: Page, email: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Mit Stadt-Login (Test) anmelden" }).click();
  await expect(page).toHaveURL((url) => url.origin === ISSUER && url.pathname.startsWith("/interaction/"));
  await page.getByLabel("Anmeldename (E-Mail)").fill(email);
  await page.getByLabel("Passwort").fill("beliebig"); // the test issuer checks no password
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
}

test("an existing user signs in with the city's identity provider and lands in the app", async ({ page }) => {
  await signInAtIssuer(page, USERS.lead);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/app$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(USERS.lead);
  expect(session?.user?.role).toBeTruthy();
});

test("an email address without an account is refused and gets no session", async ({ page }) => {
  await signInAtIssuer(page, "fremd@demo.masterplan.example");
  await expect(page).toHaveURL(/\/login\?error=SsoNoAccount/);
  // (Next's route announcer is an alert too, an empty one.)
  await expect(page.getByRole("alert").filter({ hasText: "Für dieses Konto gibt es keinen Zugang" })).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login/);
});
