// Two-factor authentication: a user sets it up (QR code / secret, first code, ten recovery codes
// shown once), then signing in asks for the code after the password; a wrong code is refused.
// Uses an account no other spec signs in with, and switches MFA off again at the end.
import { generate } from "otplib";
import { expect, test, signInVia } from "./fixtures";

const USER = "petra.voss@demo.masterplan.example";
const PASSWORD = "Duisburg-Demo-2026!";
// Authenticator apps follow the real clock (not FIXED_NOW); so does the server's TOTP check.
const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test("enrolment with the QR code's secret, then sign-in with password and code", async ({ page }) => {
  test.setTimeout(90_000);
  await signInVia(page.request, USER);
  await page.goto("/app/account/mfa");
  await page.getByRole("button", { name: "Zwei-Faktor-Anmeldung einrichten" }).click();
  await expect(page.getByRole("img", { name: "QR-Code für die Authenticator-App" })).toBeVisible();
  const secret = (await page.getByTestId("mfa-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByRole("form", { name: "2. Geben Sie den Code ein, den die App anzeigt" }).getByRole("textbox", { name: "Code" }).fill(await codeAt(secret));
  await page.getByRole("button", { name: "Einschalten" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expect(page.getByText("Eingeschaltet seit")).toBeVisible();

  // Signed out: the password alone is not enough any more.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.locator("#email").fill(USER);
  await page.locator("#password").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.locator("#code")).toBeVisible();
  await page.locator("#code").fill("000000");
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.locator("#login-error")).toHaveText("Der Code ist falsch oder wurde bereits verwendet.");
  // The next step's code (the enrolment used this step's; the server accepts one step of drift).
  await page.locator("#code").fill(await codeAt(secret, 30));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page).toHaveURL(/\/app$/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(USER);

  // Switch it off again (just signed in, so fresh enough), leaving the account as it was.
  await page.goto("/app/account/mfa");
  await page.getByRole("button", { name: "Zwei-Faktor-Anmeldung abschalten" }).click();
  await expect(page.getByText("Die Zwei-Faktor-Anmeldung ist abgeschaltet.")).toBeVisible();
});
