// Four eyes before publishing (PUBLISH_REVIEW, on for this server by default): a department head
// makes a new initiative public — that is a request, the citizens' site does not show it; the head
// cannot approve their own request; the admin sees exactly what will become visible and approves;
// then a citizen reads it. Taking it off again is immediate (and leaves the demo as it was).
import { expect, setVisibility, signInVia, test, USERS } from "./fixtures";

const CODE = "VER-77";
const TITLE = "Bürgerkonto mit Vier-Augen-Freigabe";

test("a department head requests publication, the admin approves it, a citizen reads it", async ({ page, signInAs, browser }) => {
  await signInAs("head");
  await page.goto("/app/initiatives/new");
  const newForm = page.getByRole("form", { name: "Neues Vorhaben anlegen" });
  await newForm.getByLabel("Handlungsfeld").selectOption({ label: "VER – Digitale Verwaltung" });
  await newForm.getByLabel("Kennung").fill(CODE);
  await newForm.getByRole("textbox", { name: "Titel", exact: true }).fill(TITLE);
  await newForm.getByLabel("Zuständiges Amt").selectOption({ label: "DIGI – Amt für Digitalisierung und Organisation" });
  await newForm.getByRole("button", { name: "Vorhaben anlegen" }).click();
  await page.waitForURL(`**/app/initiatives/${CODE}`);

  // Make it public: the form says it was requested, not saved.
  await expect(await setVisibility(page, "PUBLIC")).toHaveText("Veröffentlichung beantragt.");

  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto("/initiatives");
  await expect(citizen.getByRole("main")).not.toContainText(TITLE);

  // The requester sees the request but no approval.
  await page.goto("/app/publications");
  const own = page.getByRole("article").filter({ hasText: TITLE });
  await expect(own).toContainText("Ihr eigener Antrag");
  await expect(own.getByRole("button", { name: "Freigeben und veröffentlichen" })).toHaveCount(0);

  // The admin sees what will become visible and approves.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  expect([200, 302]).toContain((await signInVia(admin.request, USERS.admin)).status());
  // The navigation tells the approver that requests wait (the leak markers' two and this one).
  await admin.goto("/app");
  await admin.getByRole("link", { name: /^Veröffentlichungen \(\d+ offen\)$/ }).click();
  await admin.waitForURL("**/app/publications");
  const card = admin.getByRole("article").filter({ hasText: TITLE });
  await expect(card.getByRole("table")).toContainText(TITLE);
  await expect(card.getByRole("table")).toContainText("nicht öffentlich");
  const approve = card.getByRole("form", { name: `${CODE} ${TITLE} freigeben` });
  await approve.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  // Decided, the request leaves the open ones for the history: who asked, who approved, when.
  await expect(card).toHaveCount(0);
  const history = admin.getByRole("region", { name: "Entschiedene Anträge" });
  await expect(history.getByRole("row").filter({ hasText: TITLE })).toContainText("freigegeben");

  await citizen.goto("/initiatives");
  await citizen.getByRole("link", { name: TITLE }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText(`${CODE} ${TITLE}`);
  const publicUrl = citizen.url();

  // Taking it off the public site needs no second pair of eyes.
  await page.goto(`/app/initiatives/${CODE}`);
  await expect(await setVisibility(page, "INTERNAL")).toHaveText("Gespeichert.");
  const gone = await citizen.goto(publicUrl);
  expect(gone?.status()).toBe(404);
  await citizenContext.close();
  await adminContext.close();
});

test("a lead adds a public milestone to a public initiative: a request the head finds in My work, reviews and approves", async ({ page, signInAs, browser }) => {
  const title = `Barrierefreie Formulare ${Date.now().toString(36)}`;
  const publicPage = "/initiatives/digitales-buergerportal-duisburg-ozg-umsetzung";
  await signInAs("lead");
  await page.goto("/app/initiatives/VER-01");
  await page.locator("summary", { hasText: "Meilenstein hinzufügen" }).click();
  const add = page.getByRole("form", { name: "Meilenstein hinzufügen" });
  await add.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await add.getByRole("textbox", { name: "Ursprünglich geplant" }).fill("2027-09-30");
  await expect(add.getByRole("checkbox", { name: "Auf der öffentlichen Seite zeigen" })).toBeChecked();
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(add.getByRole("status")).toHaveText("Veröffentlichung beantragt.");

  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto(publicPage);
  await expect(citizen.getByRole("main")).not.toContainText(title);

  // The lead asked: no approval for them.
  await page.goto("/app/publications");
  const own = page.getByRole("article").filter({ hasText: title });
  await expect(own).toContainText("Ihr eigener Antrag");
  await expect(own.getByRole("button", { name: "Freigeben und veröffentlichen" })).toHaveCount(0);

  // The department head: My work names the waiting publications; the card shows what becomes visible.
  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  expect([200, 302]).toContain((await signInVia(head.request, USERS.head)).status());
  await head.goto("/app");
  await head.getByRole("region", { name: "Veröffentlichungen freigeben" }).getByRole("link", { name: /auf Ihre Freigabe$/ }).click();
  await head.waitForURL("**/app/publications");
  const card = head.getByRole("article").filter({ hasText: title });
  await expect(card.getByRole("table")).toContainText(title);
  await expect(card.getByRole("table")).toContainText("nicht öffentlich");
  await card.getByRole("form", { name: `VER-01: ${title} freigeben` }).getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(card).toHaveCount(0);
  await expect(head.getByRole("region", { name: "Entschiedene Anträge" }).getByRole("row").filter({ hasText: title })).toContainText("freigegeben");

  await citizen.goto(publicPage);
  await expect(citizen.getByRole("main")).toContainText(title);

  // Leave the demo as found: the lead deletes the milestone again.
  await page.goto("/app/initiatives/VER-01");
  const item = page.getByRole("listitem", { name: new RegExp(`^Nr\\. \\d+${title}`) });
  await item.locator("summary", { hasText: "Bearbeiten" }).click();
  const remove = item.getByRole("form", { name: `Meilenstein „${title}“ löschen` });
  await remove.getByRole("button", { name: "Löschen" }).click();
  await remove.getByRole("group").getByRole("button", { name: "Löschen" }).click();
  await expect(item).toHaveCount(0);
  await citizenContext.close();
  await headContext.close();
});

test("a department head flags a new budget line public: it shows to citizens only after the admin approves", async ({ page, signInAs, browser }) => {
  const publicPage = "/initiatives/digitales-buergerportal-duisburg-ozg-umsetzung";
  const year = String(2070 + Math.floor(Math.random() * 20));
  await signInAs("head");
  await page.goto("/app/initiatives/VER-01");
  await page.locator("summary", { hasText: "Neue Budgetposition" }).click();
  const form = page.getByRole("form", { name: "Neue Budgetposition anlegen" });
  await form.getByLabel("Jahr").fill(year);
  await form.getByLabel("Finanzierungsquelle").selectOption({ label: "EU" });
  await form.getByLabel("Geplant (Euro)").fill("98.765,43");
  const flag = form.getByRole("checkbox", { name: "Auf der öffentlichen Seite zeigen" });
  await expect(flag).toBeChecked();
  await expect(flag).toHaveAccessibleDescription(/erscheint erst, wenn eine andere berechtigte Person sie .* freigibt/);
  await form.getByRole("button", { name: "Anlegen" }).click();
  await expect(form.getByRole("status")).toHaveText("Veröffentlichung beantragt.");
  await page.reload();
  const budget = page.getByRole("table", { name: "Budget nach Jahr und Finanzierungsquelle, in Euro" });
  // The line's own row (the year's sum row below it shows the amount too).
  await expect(budget.getByRole("row", { name: new RegExp(`^${year} EU`) })).toContainText("nur intern – Veröffentlichung beantragt");

  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto(publicPage);
  // The public page rounds to whole euros.
  await expect(citizen.getByRole("main")).not.toContainText("98.765");

  // The head asked: no approval for them.
  const label = `VER-01: ${year}, EU`;
  await page.goto("/app/publications");
  const own = page.getByRole("article").filter({ hasText: label });
  await expect(own).toContainText("Ihr eigener Antrag");
  await expect(own.getByRole("button", { name: "Freigeben und veröffentlichen" })).toHaveCount(0);

  // The admin sees the line's public fields, nothing internal, and approves.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  expect([200, 302]).toContain((await signInVia(admin.request, USERS.admin)).status());
  await admin.goto("/app/publications");
  const card = admin.getByRole("article").filter({ hasText: label });
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(`Budgetposition: ${label}`);
  const diff = card.getByRole("table");
  await expect(diff.getByRole("row").filter({ hasText: "Geplant (Euro)" })).toContainText("98765.43");
  await expect(diff.getByRole("row").filter({ hasText: "Finanzierungsquelle" })).toContainText("EU");
  await expect(diff).toContainText("nicht öffentlich");
  await card.getByRole("form", { name: `${label} freigeben` }).getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(card).toHaveCount(0);
  await expect(admin.getByRole("region", { name: "Entschiedene Anträge" }).getByRole("row").filter({ hasText: label })).toContainText("freigegeben");
  await expect(admin.getByRole("region", { name: "Wer hat was veröffentlicht" }).getByRole("row").filter({ hasText: label })).toContainText("Budgetposition");

  await citizen.goto(publicPage);
  await expect(citizen.getByRole("main")).toContainText("98.765");

  // Leave the demo as found: the head deletes the line again.
  await page.goto("/app/initiatives/VER-01");
  const summary = page.locator("summary", { hasText: `Budgetposition ${year}, EU bearbeiten` });
  await summary.click();
  const remove = page.getByRole("form", { name: `Budgetposition ${year}, EU löschen` });
  await remove.getByRole("button", { name: "Position löschen" }).click();
  await remove.getByRole("group").getByRole("button", { name: "Löschen" }).click();
  await expect(summary).toHaveCount(0);
  await citizenContext.close();
  await adminContext.close();
});
