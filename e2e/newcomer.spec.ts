// The path a new city takes (issue 12): a production server on an EMPTY PostgreSQL database whose
// only content is the first admin from `npm run user:create` (scripts/e2e-prepare-newcomer.ts).
// The admin signs in through the login form, is led through the setup, creates the masterplan, two
// fields of action, a district and a department in the UI, imports a workbook of 60 initiatives
// (dry run, then apply), sees them in the portfolio, publishes one, and a citizen reads it.
// Runs against its own server (NEWCOMER_URL), so it never touches the demo server's data.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { writeWorkbook, type ExportRow } from "../lib/transfer/workbook";
import { setVisibility } from "./fixtures";
import { NEWCOMER_ADMIN, NEWCOMER_URL } from "./newcomer-env";

test.use({ baseURL: NEWCOMER_URL });
// One journey in order; each step builds on the last.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const FIELDS = [
  { code: "VWD", title: "Verwaltung digital" },
  { code: "MOB", title: "Mobilität" },
];

/** A label as a whole, with or without the required mark. */
const wholeLabel = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*\\*)?$`);

/** Types each value into the field of `form` labelled with its key, in order. */
async function fillIn(form: Locator, fields: Record<string, string>) {
  // The whole label (with the required mark): German fields have English twins ("Titel *" and "Titel (Englisch)").
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(wholeLabel(label)).fill(value);
}

/** Fills the create form named `form` (field label → value), submits it and waits until it says it saved. */
async function createThrough(page: Page, form: string, fields: Record<string, string>) {
  const create = page.getByRole("form", { name: form });
  await fillIn(create, fields);
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create.getByRole("status")).toHaveText("Gespeichert.");
}

/** The city's Excel (cells as canonical texts, which writeWorkbook types as dates and numbers): 60 initiatives with milestones, a KPI each for some, budget lines, partners. */
async function neustadtWorkbook(): Promise<Buffer> {
  const initiatives: ExportRow[] = [];
  const milestones: ExportRow[] = [];
  const kpis: ExportRow[] = [];
  const budgetLines: ExportRow[] = [];
  for (let n = 1; n <= 60; n++) {
    const field = FIELDS[n % 2]!;
    const code = `${field.code}-${String(n).padStart(2, "0")}`;
    initiatives.push({
      code,
      title: `Vorhaben ${n} der Stadt Neustadt`,
      summary: `Kurzbeschreibung des Vorhabens ${n}.`,
      fieldCode: field.code,
      departmentCode: n % 3 === 0 ? "62" : "DIG",
      status: "Geplant",
      health: "Im Plan",
      plannedStart: "2026-03-01",
      plannedEnd: "2028-12-31",
      visibility: "Nur intern",
      partners: n % 4 === 0 ? "Stadtwerke Neustadt (Betreiber)" : "",
      districts: n % 5 === 0 ? "MIT" : "",
    });
    milestones.push(
      { initiativeCode: code, code: "M1", title: "Konzept abgestimmt", baselineDate: "2026-06-30", forecastDate: "2026-06-30", weight: "1", isPublic: "ja" },
      { initiativeCode: code, code: "M2", title: "Betrieb aufgenommen", baselineDate: "2027-09-30", forecastDate: "2027-12-31", weight: "2", isPublic: "ja" },
    );
    if (n % 6 === 0) {
      kpis.push({
        scope: "Vorhaben", ownerCode: code, name: "Nutzende je Monat", unit: "Personen", direction: "Höher ist besser",
        baselineValue: "0", baselineDate: "2026-01-01", targetValue: "1500", targetDate: "2028-12-31", frequency: "Vierteljährlich", isPublic: "ja",
      });
    }
    budgetLines.push({ initiativeCode: code, year: "2027", fundingSource: "Städtische Mittel", planned: "125000", actual: "0", isPublic: "ja" });
  }
  const bytes = await writeWorkbook(
    {
      departments: [{ code: "62", name: "Amt für Geoinformation" }],
      partners: [{ name: "Stadtwerke Neustadt", kind: "Städtische Gesellschaft", website: "https://stadtwerke.neustadt.example" }],
      initiatives,
      milestones,
      kpis,
      budgetLines,
    },
    "de",
  );
  return Buffer.from(bytes);
}

/** Signs in through the login form, as the city's first admin would. */
async function signIn(page: Page) {
  await page.goto("/app");
  await page.getByLabel("E-Mail-Adresse").fill(NEWCOMER_ADMIN.email);
  await page.getByLabel("Passwort").fill(NEWCOMER_ADMIN.password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
}

test("a new city signs in, sets up its plan, imports 60 initiatives and publishes one", async ({ page, browser }) => {
  // Sign in with the account `npm run user:create` made.
  await signIn(page);

  // An empty installation leads through the setup instead of an empty dashboard.
  const checklist = page.getByRole("region", { name: "Den Plan einrichten" });
  await expect(checklist).toBeVisible();
  await expect(checklist.locator("li[data-done=false]")).toHaveCount(5);

  // The masterplan, two fields of action and a district, in the UI.
  await checklist.getByRole("link", { name: "Masterplan anlegen" }).click();
  const mp = page.getByRole("form", { name: "Masterplan anlegen" });
  await fillIn(mp, {
    Titel: "Digitales Neustadt 2030",
    Leitbild: "Neustadt wird bis 2030 eine digitale, offene und nachhaltige Stadt.",
    "Laufzeit von": "2026-01-01",
    "Laufzeit bis": "2030-12-31",
    "Beschlossen am": "2025-12-11",
  });
  await mp.getByRole("button", { name: "Masterplan anlegen" }).click();
  await expect(page.getByRole("form", { name: "Masterplan bearbeiten" })).toBeVisible();

  for (const f of FIELDS) {
    await createThrough(page, "Neues Handlungsfeld", { Kürzel: f.code, Titel: f.title });
    await expect(page.locator("summary", { hasText: f.title })).toBeVisible();
  }
  await createThrough(page, "Neuer Bezirk", { Kürzel: "MIT", Name: "Neustadt-Mitte" });

  await page.goto("/app/admin/departments");
  await createThrough(page, "Neues Amt", { Kürzel: "DIG", Bezeichnung: "Digitalisierungsbüro" });

  // The import: dry run first, nothing written; then apply exactly the checked file.
  await page.goto("/app");
  await page.getByRole("navigation").getByRole("link", { name: "Import/Export" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import und Export" })).toBeVisible();
  const file = { name: "neustadt.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await neustadtWorkbook() };
  await page.getByLabel("Datei (.xlsx oder .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Probelauf starten" }).click();
  // 1 department + 1 partner + 60 initiatives + 120 milestones + 10 KPIs + 60 budget lines.
  const status = page.getByRole("status").filter({ hasText: "neustadt.xlsx" });
  await expect(status).toContainText("Probelauf für „neustadt.xlsx“: 252 neu, 0 geändert, 0 unverändert, 0 mit Fehler.", { timeout: 60_000 });
  await expect(page.getByRole("table", { name: "Ergebnis je Blatt" }).getByRole("row", { name: /^Vorhaben/ })).toContainText("60");
  // The dry run wrote nothing.
  await page.goto("/app/portfolio");
  await expect(page.getByRole("cell", { name: "VWD-02", exact: true })).toHaveCount(0);

  await page.goto("/app/admin/import");
  await page.getByLabel("Datei (.xlsx oder .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Probelauf starten" }).click();
  await page.getByRole("button", { name: "Änderungen übernehmen (252 neu, 0 geändert)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "übernommen" })).toContainText("„neustadt.xlsx“ wurde übernommen: 252 neu, 0 geändert, 0 unverändert.", { timeout: 60_000 });

  // Importing the same file again changes nothing.
  await page.getByLabel("Datei (.xlsx oder .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Probelauf starten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Probelauf" })).toContainText("0 neu, 0 geändert, 252 unverändert, 0 mit Fehler.");
  await expect(page.getByRole("button", { name: /^Änderungen übernehmen/ })).toBeDisabled();

  // The portfolio has the 60 initiatives; the setup checklist has given way to "my work" and the dashboard.
  await page.goto("/app/portfolio");
  await page.getByLabel("Suche").fill("VWD-02");
  await expect(page.getByRole("cell", { name: "VWD-02", exact: true })).toBeVisible();
  await page.goto("/app");
  await expect(page.getByRole("region", { name: "Den Plan einrichten" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  await page.goto("/app/dashboard");
  await expect(page.getByRole("region", { name: "Den Plan einrichten" })).toHaveCount(0);

  // One more by hand: the form sets a partner and the first milestones in one go.
  await page.goto("/app/initiatives/new");
  const newForm = page.getByRole("form", { name: "Neues Vorhaben anlegen" });
  await newForm.getByLabel("Handlungsfeld").selectOption({ label: "MOB – Mobilität" });
  await newForm.getByLabel("Kennung").fill("MOB-99");
  await newForm.getByRole("textbox", { name: "Titel", exact: true }).fill("Mobilitätsstationen am Bahnhof");
  await newForm.getByLabel("Zuständiges Amt").selectOption({ label: "DIG – Digitalisierungsbüro" });
  await newForm.getByLabel("Partner 1", { exact: true }).selectOption({ label: "Stadtwerke Neustadt" });
  await newForm.getByLabel("Rolle von Partner 1").selectOption({ label: "Betreiber" });
  await fillIn(newForm, {
    "Titel Meilenstein 1": "Standorte festgelegt",
    "Kürzel Meilenstein 1 (optional)": "M1",
    "Basisplan Meilenstein 1": "2027-03-31",
    "Titel Meilenstein 2": "Erste Station eröffnet",
    "Basisplan Meilenstein 2": "2027-09-30",
  });
  await newForm.getByRole("button", { name: "Vorhaben anlegen" }).click();
  await page.waitForURL("**/app/initiatives/MOB-99");
  const milestonesRegion = page.getByRole("region", { name: "Meilensteine" });
  await expect(milestonesRegion).toContainText("Standorte festgelegt");
  await expect(milestonesRegion).toContainText("Erste Station eröffnet");
  await expect(page.getByRole("main")).toContainText("Stadtwerke Neustadt");

  // Publish one initiative; a citizen reads it on the public site.
  await page.goto("/app/initiatives/VWD-02");
  await expect(await setVisibility(page, "PUBLIC")).toHaveText("Gespeichert.");

  const citizenContext = await browser.newContext({ baseURL: NEWCOMER_URL });
  const citizen = await citizenContext.newPage();
  await citizen.goto("/initiatives");
  await expect(citizen.getByRole("main")).toContainText("Vorhaben 2 der Stadt Neustadt");
  await expect(citizen.getByRole("main")).not.toContainText("Vorhaben 4 der Stadt Neustadt");
  await citizen.getByRole("link", { name: "Vorhaben 2 der Stadt Neustadt" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("VWD-02 Vorhaben 2 der Stadt Neustadt");
  await expect(citizen.getByRole("main")).toContainText("Konzept abgestimmt");
  const axe = await new AxeBuilder({ page: citizen }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await citizenContext.close();

  // The audit log has the import with its counts.
  await page.goto("/app/admin/audit?action=import.apply");
  await expect(page.getByRole("main")).toContainText("import.apply");
});

test("the import page passes axe with a dry-run result on screen", async ({ page }) => {
  await signIn(page);
  await page.goto("/app/admin/import");
  const bad = "Kürzel;Titel;Handlungsfeld;Amt;Status;Ampel;Sichtbarkeit\r\nVWD-99;Ohne Amt;VWD;Amt 99;Geplant;Im Plan;Nur intern\r\n";
  await page.getByLabel("Datei (.xlsx oder .csv)").setInputFiles({ name: "Vorhaben.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await page.getByRole("button", { name: "Probelauf starten" }).click();
  const errors = page.getByRole("table", { name: "Zeilen mit Fehlern" });
  await expect(errors).toContainText("Amt 99");
  await expect(page.getByRole("button", { name: /^Änderungen übernehmen/ })).toBeDisabled();
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
