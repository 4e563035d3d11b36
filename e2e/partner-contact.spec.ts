// A partner's contact person (issue 18): an administrator creates the account (role Partnerkontakt,
// partner Universität Duisburg-Essen) and assigns it to MOB-01, where the university answers for a
// milestone; the contact sets a password through the one-time link, signs in, lands on "Meine
// Meilensteine", updates that milestone — and is sent back there from the portfolio, the dashboard
// and an initiative page, while the internal API refuses them.
import { expect, test, signInVia } from "./fixtures";

const PARTNER_MILESTONE = "Zwischenbericht Fahrdaten und Sicherheit";

test("an admin creates and assigns a partner contact, who updates their milestone and sees nothing else", async ({ browser, baseURL, signInAs }) => {
  test.setTimeout(150_000);
  const email = `kontakt-${Date.now().toString(36)}@uni-due.example`;
  const name = `Dr. Ute Probst ${Date.now().toString(36).toUpperCase()}`;
  const password = "Fahrdaten sind Forschungsdaten 2026";

  // The administrator creates the account, bound to the university.
  const admin = await signInAs("admin");
  await admin.goto("/app/admin/users");
  const create = admin.getByRole("form", { name: "Neues Konto" });
  await create.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await create.getByRole("textbox", { name: "Name" }).fill(name);
  await create.getByRole("combobox", { name: "Rolle" }).selectOption({ label: "Partnerkontakt" });
  await create.getByRole("combobox", { name: "Partner" }).selectOption({ label: "Universität Duisburg-Essen" });
  await create.getByRole("button", { name: "Konto anlegen" }).click();
  const link = await admin.getByRole("textbox", { name: "Einmal-Link zum Festlegen des Passworts" }).inputValue();
  expect(link).toContain("/reset-password/");

  // ... and assigns it to the initiative, among its deputies and editors.
  await admin.goto("/app/initiatives/MOB-01");
  await admin.locator("summary", { hasText: "Stellvertretung und Bearbeitung" }).click();
  const assign = admin.getByRole("form", { name: "Partnerkontakt zuordnen" });
  await assign.getByRole("combobox", { name: "Kontaktperson eines Partners" }).selectOption({ label: `${name} (Universität Duisburg-Essen)` });
  await assign.getByRole("button", { name: "Partnerkontakt zuordnen" }).click();
  await expect(admin.getByTestId("initiative-members")).toContainText(name);

  // The contact chooses a password through the link and signs in.
  const context = await browser.newContext({ baseURL });
  const contact = await context.newPage();
  await contact.goto(new URL(link).pathname);
  await contact.getByLabel("Neues Passwort", { exact: true }).fill(password);
  await contact.getByLabel("Neues Passwort wiederholen").fill(password);
  await contact.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(contact.getByText("Ihr Passwort ist gespeichert.")).toBeVisible();
  const signedIn = await signInVia(context.request, email, password);
  expect([200, 302]).toContain(signedIn.status());

  // After sign-in: their own page, with the university's milestone of MOB-01 and nothing else of it.
  await contact.goto("/app");
  await expect(contact).toHaveURL(/\/app\/partner$/);
  await expect(contact.getByRole("heading", { level: 1 })).toHaveText("Meine Meilensteine und Kennzahlen");
  await expect(contact.getByRole("heading", { level: 2 })).toContainText("MOB-01");
  const item = contact.getByRole("listitem", { name: PARTNER_MILESTONE });
  await expect(item).toBeVisible();
  await expect(contact.getByRole("navigation")).not.toContainText("Portfolio");
  await expect(contact.locator("main")).not.toContainText(/Budget|Risiko|Sachstandsbericht|Kommentar/);

  // They update it: mark it done (or, if the demo has it done already, take the completion back).
  if (await item.getByRole("button", { name: "Als erledigt markieren" }).isVisible()) {
    await item.getByRole("button", { name: "Als erledigt markieren" }).click();
    await expect(contact.getByRole("listitem", { name: PARTNER_MILESTONE })).toContainText("Erledigt am");
  } else {
    await item.locator("summary", { hasText: "Erledigung zurücknehmen" }).click();
    await item.getByRole("textbox", { name: "Begründung" }).fill("Abnahme durch die Stadt steht noch aus");
    await item.getByRole("button", { name: "Zurücknehmen" }).click();
    await expect(contact.getByRole("listitem", { name: PARTNER_MILESTONE })).toContainText("Prognose");
  }

  // Everything internal sends them back to their page; the internal API refuses them.
  for (const path of ["/app/portfolio", "/app/dashboard", "/app/initiatives/MOB-01", "/app/roadmap", "/app/funding", "/app/account/tokens"]) {
    await contact.goto(path);
    await expect(contact, path).toHaveURL(/\/app\/partner$/);
  }
  for (const path of ["/api/v1/initiatives", "/api/v1/initiatives/MOB-01", "/app/portfolio/export?format=csv"]) {
    const response = await context.request.get(path, { maxRedirects: 0 });
    expect([401, 403, 404], path).toContain(response.status());
  }
  await context.close();
});
