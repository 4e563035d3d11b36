// Keeping the portfolio current: a project lead updates milestones, a KPI and the quarter's status
// report; the department head returns and then approves it; the approved public summary appears on
// the public initiative page at once. Then: two people edit one milestone at the same time.
import { expect, test, USERS, signInVia, type DemoRole } from "./fixtures";
import type { Browser, Page } from "@playwright/test";

const INITIATIVE = "/app/initiatives/VER-01";
const PUBLIC_PAGE = "/initiatives/digitales-buergerportal-duisburg-ozg-umsetzung";

async function pageAs(browser: Browser, baseURL: string, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await signInVia(context.request, USERS[role]);
  return context.newPage();
}

function milestone(page: Page, title: string) {
  return page.getByRole("listitem", { name: new RegExp(`^Nr\\. \\d+${title}`) });
}

test("a lead updates milestones, a KPI and the report; the head returns, then approves; citizens see the summary", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const lead = await pageAs(browser, baseURL!, "lead");
  await lead.goto(INITIATIVE);

  // Add a milestone, so there is one to move.
  const add = lead.getByRole("form", { name: "Meilenstein hinzufügen" });
  await lead.locator("summary", { hasText: "Meilenstein hinzufügen" }).click();
  await add.getByRole("textbox", { name: "Titel", exact: true }).fill("Barrierefreiheitsprüfung");
  await add.getByRole("textbox", { name: "Ursprünglich geplant" }).fill("2027-03-31");
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(milestone(lead, "Barrierefreiheitsprüfung")).toBeVisible();

  // Mark one done in one click.
  const handover = milestone(lead, "Übergabe in den Regelbetrieb");
  await handover.getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(handover.getByText("Erledigt", { exact: true })).toBeVisible();

  // Move the other with a reason; the reason is mandatory.
  const audit = milestone(lead, "Barrierefreiheitsprüfung");
  await audit.locator("summary", { hasText: "Prognose verschieben" }).click();
  const move = audit.getByRole("form", { name: /Prognose von .* verschieben/ });
  await move.getByRole("textbox", { name: "Neue Prognose" }).fill("2027-06-30");
  await move.getByRole("button", { name: "Prognose verschieben" }).click();
  await expect(move.getByText(/mindestens 5 Zeichen/).first()).toBeVisible();
  await move.getByRole("textbox", { name: "Begründung" }).fill("Prüfstelle erst im Juni verfügbar");
  await move.getByRole("button", { name: "Prognose verschieben" }).click();
  await expect(audit.getByText("Prüfstelle erst im Juni verfügbar")).toBeAttached();

  // Record a KPI value.
  await lead.locator("summary", { hasText: "Messwert erfassen" }).first().click();
  const measure = lead.getByRole("form", { name: /^Messwert erfassen/ }).first();
  await measure.getByRole("textbox", { name: "Wert" }).fill("331");
  await measure.getByRole("button", { name: "Messwert speichern" }).click();
  await expect(measure.getByRole("status")).not.toBeEmpty();
  await lead.reload();
  await expect(lead.getByRole("region", { name: "Kennzahlen" })).toContainText("331");

  // Submit the quarter's report with a public summary.
  const marker = `Das Bürgerportal ist im Regelbetrieb (Prüfnummer ${Date.now()}).`;
  const report = lead.getByRole("form", { name: /^Sachstandsbericht .* bearbeiten$/ }).first();
  await report.getByRole("textbox", { name: "Öffentliche Zusammenfassung" }).fill(marker);
  await report.getByRole("button", { name: "Speichern und einreichen" }).click();
  await expect(lead.getByRole("region", { name: "Sachstandsberichte" }).getByText("Eingereicht").first()).toBeVisible();

  // The department head sees it in the inbox and returns it with a comment.
  const head = await pageAs(browser, baseURL!, "head");
  await head.goto("/app/reports");
  await expect(head.getByRole("main")).toContainText("VER-01");
  await head.goto(INITIATIVE);
  const reports = head.getByRole("region", { name: "Sachstandsberichte" });
  await reports.getByRole("textbox", { name: /Kommentar/ }).first().fill("Bitte die Kennzahl im Text erwähnen.");
  await reports.getByRole("button", { name: "Zur Überarbeitung zurückgeben" }).first().click();
  await expect(reports.getByText("Zurückgegeben").first()).toBeVisible();

  // The lead sees the comment, revises and resubmits.
  await lead.goto(INITIATIVE);
  const leadReports = lead.getByRole("region", { name: "Sachstandsberichte" });
  await expect(leadReports).toContainText("Bitte die Kennzahl im Text erwähnen.");
  const revised = lead.getByRole("form", { name: /^Sachstandsbericht .* bearbeiten$/ }).first();
  await revised.getByRole("textbox", { name: "Zusammenfassung", exact: true }).fill("331 Leistungen sind online; der Regelbetrieb läuft.");
  await revised.getByRole("button", { name: "Speichern und einreichen" }).click();
  await expect(leadReports.getByText("Eingereicht").first()).toBeVisible();

  // Citizens have the page and the feeds in the cache already (nothing of the draft is public).
  const citizen = await browser.newPage({ baseURL });
  const feeds = ["/feed.xml", `${PUBLIC_PAGE}/feed.xml`, "/en/feed.xml"];
  await citizen.goto(PUBLIC_PAGE);
  await expect(citizen.getByRole("main")).not.toContainText(marker);
  for (const feed of feeds) expect(await (await citizen.request.get(feed)).text()).not.toContain(marker);

  // The head approves; the report is locked, and citizens see the public summary right away:
  // on the page and in the feeds, in the very next request, without a rebuild.
  await head.goto(INITIATIVE);
  await head.getByRole("region", { name: "Sachstandsberichte" }).getByRole("button", { name: "Freigeben", exact: true }).first().click();
  await expect(head.getByRole("region", { name: "Sachstandsberichte" }).getByText("Freigegeben").first()).toBeVisible();
  await citizen.goto(PUBLIC_PAGE);
  await expect(citizen.getByRole("main")).toContainText(marker);
  await citizen.goto(`/en${PUBLIC_PAGE}`);
  await expect(citizen.getByRole("main")).toContainText(marker);
  for (const feed of feeds) {
    const res = await citizen.request.get(feed);
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    expect(await res.text(), feed).toContain(marker);
  }

  // The history of the initiative shows who did what.
  await head.goto(INITIATIVE);
  const history = head.getByRole("region", { name: "Änderungsverlauf" }).or(head.locator("section", { has: head.getByRole("heading", { name: "Änderungsverlauf" }) }));
  for (const action of ["Meilenstein erledigt", "Prognose verschoben", "Kennzahlwert erfasst", "Bericht eingereicht", "Bericht zurückgegeben", "Bericht freigegeben"]) {
    await expect(history.first()).toContainText(action);
  }
});

test("two people save the same milestone: the second gets the conflict view and keeps their input", async ({ browser, baseURL }) => {
  const first = await pageAs(browser, baseURL!, "lead");
  const second = await pageAs(browser, baseURL!, "head");
  const name = /^Nr\. 1/;
  for (const p of [first, second]) {
    await p.goto("/app/initiatives/VER-02");
    const item = p.getByRole("region", { name: "Meilensteine" }).getByRole("listitem", { name }).first();
    await item.locator("summary", { hasText: "Bearbeiten" }).click();
  }
  const formOf = (p: Page) =>
    p.getByRole("region", { name: "Meilensteine" }).getByRole("listitem", { name }).first().getByRole("form", { name: /bearbeiten$/ });

  await formOf(first).getByRole("textbox", { name: "Titel", exact: true }).fill("Titel von der Projektleitung");
  await formOf(first).getByRole("button", { name: "Speichern" }).click();
  await expect(formOf(first).getByRole("status")).toHaveText("Gespeichert.");

  const typed = "Titel von der Amtsleitung, nicht verlieren";
  await formOf(second).getByRole("textbox", { name: "Titel", exact: true }).fill(typed);
  await formOf(second).getByRole("spinbutton", { name: "Gewichtung" }).fill("3");
  await formOf(second).getByRole("button", { name: "Speichern" }).click();
  await expect(formOf(second).getByRole("alert").first()).toContainText(/inzwischen geändert/);
  await expect(formOf(second).getByText("Aktuell gespeichert: Titel von der Projektleitung")).toBeVisible();
  await expect(formOf(second).getByRole("textbox", { name: "Titel", exact: true })).toHaveValue(typed);
  await expect(formOf(second).getByRole("spinbutton", { name: "Gewichtung" })).toHaveValue("3");

  // Deliberately saving again applies the second person's input on top of the new version.
  await formOf(second).getByRole("button", { name: "Meine Eingaben erneut speichern" }).click();
  await second.reload();
  await expect(second.getByRole("region", { name: "Meilensteine" })).toContainText(typed);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a project lead marks a milestone done, and the page does not scroll sideways", async ({ browser, baseURL }) => {
    const lead = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signInVia(lead.request, USERS.lead);
    const page = await lead.newPage();
    await page.goto("/app/initiatives/INF-01");
    const region = page.getByRole("region", { name: "Meilensteine" });
    const open = region.getByRole("button", { name: "Als erledigt markieren" });
    const before = await open.count();
    expect(before).toBeGreaterThan(0);
    await open.first().tap();
    await expect(open).toHaveCount(before - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await lead.close();
  });
});

test("the signed-in app switches to English and back", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/app");
  await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
});
