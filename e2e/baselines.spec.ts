// Masterplan revisions: an admin freezes the plan, revises it (an initiative superseded by another,
// through its page), compares the frozen version with today in the app, and a citizen reads the
// change on the public "what changed since adoption" page. The council report lists the adopted
// baseline's changes. The spec leaves the demo as it found it (successor cleared, initiative restored —
// a public one comes back through a publication request, which the head of its department approves).
import AxeBuilder from "@axe-core/playwright";
import { expect, openFromNavigation, signInVia, test } from "./fixtures";

const NAME = `E2E-Stand ${Date.now().toString(36)}`;

// Freezing, comparing and two axe runs: room for a busy machine.
test.setTimeout(120_000);

test("an admin freezes the plan, revises it, compares, and citizens see the public change", async ({ page, signInAs, browser }) => {
  await signInAs("admin");
  await openFromNavigation(page, "Fortschreibungen", "Fortschreibungen des Masterplans");
  // The demo's adopted plan and its revision are there.
  const list = page.getByRole("table", { name: "Eingefrorene Stände" });
  await expect(list).toContainText("Beschlussfassung 2018");
  await expect(list).toContainText("Fortschreibung 2025");

  // Freeze.
  const freeze = page.getByRole("form", { name: "Stand einfrieren" });
  await freeze.getByLabel("Bezeichnung").fill(NAME);
  await freeze.getByRole("button", { name: "Einfrieren" }).click();
  await expect(freeze.getByRole("status")).toHaveText("Stand eingefroren.");
  await page.reload();
  await expect(page.getByRole("table", { name: "Eingefrorene Stände" })).toContainText(NAME);

  // Revise: the start-up hub (WIR-03) is superseded by the Industry 4.0 centre (WIR-02).
  await page.goto("/app/initiatives/WIR-03");
  await page.locator("summary", { hasText: "Sichtbarkeit" }).first().click();
  const succession = page.getByRole("form", { name: "Zusammengelegt oder abgelöst" });
  await succession.getByLabel("Art").selectOption("SUPERSEDED_BY");
  await succession.getByLabel("Nachfolgendes Vorhaben (Kürzel)").fill("WIR-02");
  await succession.getByRole("button", { name: "Speichern" }).click();
  await expect(succession.getByRole("status")).toHaveText("Gespeichert.");
  await page.reload();
  await expect(page.getByTestId("succession-note")).toContainText("WIR-02");

  // Compare the frozen version with today.
  await page.goto("/app/plan/revisions");
  const compare = page.locator("form[method=get]");
  const frozenId = (await compare.getByLabel("Von").locator("option", { hasText: NAME }).getAttribute("value"))!;
  await compare.getByLabel("Von").selectOption(frozenId);
  await compare.getByLabel("Bis").selectOption("today");
  await compare.getByRole("button", { name: "Vergleichen" }).click();
  const table = page.getByRole("table", { name: "Änderungen zwischen den Ständen" });
  const row = table.getByRole("row").filter({ hasText: "WIR-03" });
  await expect(row).toContainText("Abgelöst");
  await expect(row).toContainText("Abgelöst durch: WIR-02");
  await expect(page.getByTestId("change-counts")).toContainText("1 zusammengelegt oder abgelöst");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);

  // Citizens: the public page, against the frozen version.
  await page.goto("/changes");
  await page.getByRole("link", { name: "Was hat sich seit dem Beschluss des Masterplans geändert?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Was hat sich seit dem Beschluss geändert?" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toContainText("Beschlussfassung 2018");
  await page.getByLabel("Vergleichen mit dem Stand").selectOption(frozenId);
  await page.getByRole("button", { name: "Anzeigen" }).click();
  const publicRow = page.getByRole("table").getByRole("row").filter({ hasText: "WIR-03" });
  await expect(publicRow).toContainText("Abgelöst durch: WIR-02");
  await expect(publicRow.getByRole("link", { name: /WIR-02/ })).toHaveAttribute("href", /\/initiatives\//);
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);

  // Leave the demo as it was: no successor, not archived.
  await page.goto("/app/initiatives/WIR-03");
  await page.locator("summary", { hasText: "Sichtbarkeit" }).first().click();
  const undo = page.getByRole("form", { name: "Zusammengelegt oder abgelöst" });
  await undo.getByLabel("Art").selectOption("");
  await undo.getByLabel("Nachfolgendes Vorhaben (Kürzel)").fill("");
  await undo.getByRole("button", { name: "Speichern" }).click();
  await expect(undo.getByRole("status")).toHaveText("Gespeichert.");
  // The initiative's version moved: the restore form is read afresh (else it rightly reports a conflict).
  await page.reload();
  await page.locator("summary", { hasText: "Sichtbarkeit" }).first().click();
  // WIR-03 was public: restored, it stays internal until another person approves (PUBLISH_REVIEW), and the form says so.
  await expect(page.getByText("Das Vorhaben war öffentlich. Wieder aufgenommen bleibt es zunächst intern")).toBeVisible();
  const restore = page.getByRole("form", { name: "Vorhaben wieder aufnehmen" });
  await restore.getByRole("button", { name: "Vorhaben wieder aufnehmen" }).click();
  await expect(restore.getByRole("status")).toHaveText("Veröffentlichung beantragt.");
  await page.reload();
  await expect(page.getByTestId("succession-note")).toHaveCount(0);
  // The head of its department approves the admin's request: the demo is public again as it was.
  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  expect([200, 302]).toContain((await signInVia(head.request, "aylin.yilmaz@demo.masterplan.example")).status());
  await head.goto("/app/publications");
  const card = head.getByRole("article").filter({ hasText: "WIR-03" });
  await card.getByRole("form", { name: /^WIR-03 .+ freigeben$/ }).getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(card).toHaveCount(0);
  await headContext.close();
});
