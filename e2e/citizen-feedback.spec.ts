// A citizen asks about an initiative without JavaScript (the form posts as plain HTML; errors come
// back per field with what was typed), the head of the initiative's department publishes the
// question with an answer, and the citizen reads the Q&A on the public page. Then the citizen
// subscribes by e-mail: double opt-in through the link in the mail (read from the admin's outbox,
// as the e2e server has no SMTP), and unsubscribes with the link every mail carries.
import { expect, test } from "./fixtures";

const INITIATIVE = { slug: "duisburg-app", code: "GES-04" };
const QUESTION = "Wird die Duisburg-App auch die Termine der Bürgerbüros anzeigen?";
const ANSWER = "Ja, ab dem nächsten Release sind die Termine in der App buchbar.";
/** The form refuses what is sent sooner than a person could fill it in (lib/security/public-forms.ts). */
const HUMAN_PAUSE_MS = 3_500;

test("a citizen sends feedback without JavaScript, the department head publishes an answer, the citizen reads it", async ({ browser, signInAs }) => {
  test.setTimeout(90_000);
  const citizenContext = await browser.newContext({ javaScriptEnabled: false });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`/initiatives/${INITIATIVE.slug}`);
  const questions = citizen.getByRole("region", { name: "Fragen und Antworten" });
  await expect(questions).toContainText("noch keine Fragen");
  await questions.getByRole("link", { name: "Frage oder Hinweis zu diesem Vorhaben senden" }).click();
  await expect(citizen.getByRole("heading", { level: 1, name: "Frage oder Hinweis senden" })).toBeVisible();

  // Without consent: refused, the error next to the field, the message kept.
  await citizen.getByLabel("Ihre Frage oder Anmerkung").fill(QUESTION);
  await citizen.getByLabel("Ihr Name (freiwillig)").fill("Jana Beispiel");
  await citizen.getByLabel("Mein Name darf mit meiner Frage veröffentlicht werden.").check();
  await citizen.waitForTimeout(HUMAN_PAUSE_MS);
  await citizen.getByRole("button", { name: "Rückmeldung senden" }).click();
  const consent = citizen.getByRole("checkbox", { name: /Datenschutzhinweis/ });
  await expect(consent).toHaveAttribute("aria-invalid", "true");
  await expect(citizen.locator("#feedback-consent-error")).toHaveText("Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben.");
  await expect(citizen.getByLabel("Ihre Frage oder Anmerkung")).toHaveValue(QUESTION);

  // With consent, after a moment: received.
  await consent.check();
  await citizen.waitForTimeout(HUMAN_PAUSE_MS);
  await citizen.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(citizen.getByTestId("feedback-sent")).toContainText("Vielen Dank für Ihre Rückmeldung.");

  // Not public before moderation.
  await citizen.goto(`/initiatives/${INITIATIVE.slug}`);
  await expect(citizen.getByRole("main")).not.toContainText(QUESTION);

  // The head of the initiative's department (DIGI) finds it in the queue and publishes an answer.
  const page = await signInAs("head");
  await page.goto("/app");
  await page.getByRole("link", { name: /Rückmeldungen? warte/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rückmeldungen von Bürgerinnen und Bürgern" })).toBeVisible();
  const card = page.getByTestId("feedback-card").filter({ hasText: QUESTION });
  await expect(card).toContainText("Jana Beispiel (Name darf veröffentlicht werden)");
  const publish = card.getByRole("form", { name: new RegExp(`^Veröffentlichen: ${INITIATIVE.code}`) });
  await publish.getByLabel("Antwort (öffentlich)").fill(ANSWER);
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/app/feedback"));
  await publish.getByRole("button", { name: "Mit Antwort veröffentlichen" }).click();
  expect((await saved).ok()).toBe(true);
  // It has left the queue of new feedback for the published ones.
  await expect(async () => {
    await page.goto("/app/feedback?status=PUBLISHED");
    await expect(page.getByTestId("feedback-card").filter({ hasText: QUESTION })).toContainText(ANSWER, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // The citizen reads question and answer, with the name they allowed.
  await citizen.goto(`/initiatives/${INITIATIVE.slug}`);
  const published = citizen.getByTestId("published-questions");
  await expect(published).toContainText(QUESTION);
  await expect(published).toContainText("Gefragt von Jana Beispiel");
  await expect(published).toContainText(ANSWER);
  await citizenContext.close();
});

test("a citizen subscribes by e-mail, confirms through the mail's link and unsubscribes", async ({ browser, signInAs }) => {
  test.setTimeout(90_000);
  const citizenContext = await browser.newContext({ javaScriptEnabled: false });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`/initiatives/${INITIATIVE.slug}`);
  await citizen.getByRole("link", { name: "Per E-Mail über Neuigkeiten informieren lassen" }).click();
  await expect(citizen.getByRole("heading", { level: 1, name: "Per E-Mail informiert bleiben" })).toBeVisible();
  await citizen.getByLabel("Ihre E-Mail-Adresse").fill("abonnentin@example.org");
  await citizen.getByRole("checkbox", { name: /Datenschutzhinweis/ }).check();
  await citizen.waitForTimeout(HUMAN_PAUSE_MS);
  await citizen.getByRole("button", { name: "Abonnieren" }).click();
  await expect(citizen.getByTestId("subscribe-sent")).toContainText("Bitte prüfen Sie Ihr Postfach.");

  // The confirmation mail, as the admin's outbox keeps it (no SMTP here) — without the address.
  const admin = await signInAs("admin");
  await admin.goto("/app/admin/outbox");
  await expect(admin.getByRole("main")).not.toContainText("abonnentin@example.org");
  await admin.getByRole("link", { name: "Bitte bestätigen Sie Ihr Abonnement" }).first().click();
  const body = (await admin.locator("pre").first().textContent()) ?? "";
  const confirm = /https?:\/\/\S+\/subscriptions\/confirm\?token=\S+/.exec(body)?.[0];
  const unsubscribe = /https?:\/\/\S+\/subscriptions\/unsubscribe\?token=\S+/.exec(body)?.[0];
  expect(confirm).toBeTruthy();
  expect(unsubscribe).toBeTruthy();

  const path = (url: string) => new URL(url).pathname + new URL(url).search;
  await citizen.goto(path(confirm!));
  await citizen.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(citizen.getByTestId("subscription-confirm-done")).toContainText("Ihr Abonnement ist bestätigt.");

  await citizen.goto(path(unsubscribe!));
  await citizen.getByRole("button", { name: "Abbestellen" }).click();
  await expect(citizen.getByTestId("subscription-unsubscribe-done")).toContainText("Sie sind abgemeldet.");
  await citizenContext.close();
});
