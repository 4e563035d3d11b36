// Signing out ends the session on the server: a copied session cookie is refused afterwards
// (issue 14, item 1). The account page lists the own sessions and ends one in another browser.
import { expect, test, DEMO_PASSWORD, signInVia } from "./fixtures";

// Accounts no other spec uses.
const FORM_USER = "jan.oezdemir@demo.masterplan.example";
const TWO_BROWSERS_USER = "lea.schuermann@demo.masterplan.example";

test("after signing out, a copied session cookie opens nothing and /api/auth/session has no user", async ({ page, browser, baseURL }) => {
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(FORM_USER);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");

  const copied = (await page.context().cookies()).find((c) => c.name.endsWith("mm.session"));
  expect(copied, "session cookie").toBeDefined();

  // Before signing out the copy works in another browser (so the refusal below is the sign-out's doing).
  const before = await browser.newContext({ baseURL });
  await before.addCookies([copied!]);
  const beforePage = await before.newPage();
  await beforePage.goto("/app");
  await expect(beforePage.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  await before.close();

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies([copied!]);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/app");
  await expect(thiefPage).toHaveURL(/\/login\?callbackUrl=%2Fapp/);
  await thiefPage.goto("/app/account/sessions");
  await expect(thiefPage).toHaveURL(/\/login/);
  // The cookie is sent again as copied: no user, and no renewed session cookie.
  const res = await thief.request.get("/api/auth/session", { headers: { cookie: `${copied!.name}=${copied!.value}` } });
  expect((await res.json())?.user).toBeFalsy();
  expect(res.headers()["set-cookie"] ?? "").not.toMatch(/mm\.session=[^;]{20,}/);
  await thief.close();
});

test("the account page lists both browsers and ends the other one", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext({ baseURL, userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0" });
  await signInVia(other.request, TWO_BROWSERS_USER);
  const otherPage = await other.newPage();
  await otherPage.goto("/app");
  await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");

  await signInVia(page.request, TWO_BROWSERS_USER);
  await page.goto("/app/account/sessions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angemeldete Geräte");
  const rows = page.getByRole("table", { name: "Aktive Sitzungen" }).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Diese Sitzung");
  await expect(rows.nth(1)).toContainText("Firefox · Windows");
  await rows.nth(1).getByRole("button", { name: "Beenden" }).click();
  await rows.nth(1).getByRole("group").getByRole("button", { name: "Beenden" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Diese Sitzung");

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  // This browser is still signed in.
  await page.goto("/app");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  await other.close();
});
