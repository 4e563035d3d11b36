// A project lead records the council decision their initiative rests on and uploads its documents
// (a PDF for the public, an internal memo; a picture named .pdf is refused next to the file); a
// citizen reads the decision in words on the public page, in German and English, downloads the
// public document as an attachment with nosniff, and gets 404 for the internal one. Four eyes
// before publishing (PUBLISH_REVIEW, on for this server): the decision and the public document are
// publication requests the lead cannot approve; a second person (the admin) approves them first.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { sampleDocumentPdf } from "../lib/documents/sample-pdf";
import { png } from "../tests/images";
import { expect, signInVia, test, USERS } from "./fixtures";

test("a lead attaches a council decision and uploads documents; a citizen reads and downloads the public ones", async ({ page, signInAs, browser }) => {
  // Two people and the citizen: the approvals make this a long journey.
  test.slow();
  const number = `26-${randomBytes(2).toString("hex")}`;
  const publicName = `Sachstand Bürgerportal ${number}.pdf`;
  const internalName = `Vermerk intern ${number}.pdf`;
  await signInAs("lead");
  await page.goto("/app/initiatives/VER-01");

  // The decision, recorded on the initiative and flagged public.
  await page.locator("summary", { hasText: "Beschluss erfassen" }).click();
  const create = page.getByRole("form", { name: "Neuen Beschluss erfassen und verknüpfen" });
  await create.getByLabel("Gremium").fill("Rat der Stadt Duisburg");
  await create.getByLabel("Drucksache").fill(number);
  await create.getByLabel("Beschlossen am").fill("2026-02-10");
  await create.getByLabel("Titel *", { exact: true }).fill("Fortführung des digitalen Bürgerportals");
  await create.getByLabel(/^Öffentlich/).check();
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create.getByRole("status")).toHaveText("Veröffentlichung beantragt.");
  await expect(page.getByTestId("decision").filter({ hasText: number })).toContainText(`Ratsbeschluss, Drucksache ${number} vom 10.02.2026`);

  // Documents: a picture named .pdf is refused next to the file; a public PDF and an internal memo are stored.
  const upload = page.getByRole("form", { name: "Dokument hochladen" });
  await upload.locator('input[type="file"]').setInputFiles({ name: "Plan.pdf", mimeType: "application/pdf", buffer: png(32, 32) });
  await upload.getByRole("button", { name: "Hochladen" }).click();
  await expect(upload).toContainText("Der Dateiname passt nicht zum Inhalt der Datei");
  await upload.locator('input[type="file"]').setInputFiles({ name: publicName, mimeType: "application/pdf", buffer: sampleDocumentPdf("Sachstand Buergerportal") });
  await upload.getByLabel(/^Öffentlich/).check();
  await upload.getByRole("button", { name: "Hochladen" }).click();
  await expect(upload.getByRole("status")).toHaveText("Veröffentlichung beantragt.");
  await upload.locator('input[type="file"]').setInputFiles({ name: internalName, mimeType: "application/pdf", buffer: sampleDocumentPdf("Vermerk") });
  await upload.getByRole("button", { name: "Hochladen" }).click();
  await expect(page.getByTestId("document").filter({ hasText: internalName })).toContainText("intern");
  await expect(page.getByTestId("document").filter({ hasText: publicName })).toContainText("intern");

  // The lead asked, and may not approve their own requests; the admin sees what becomes visible and approves.
  await page.goto("/app/publications");
  const ownRequest = page.getByRole("article", { name: `Ratsbeschluss: ${number} Fortführung des digitalen Bürgerportals` });
  await expect(ownRequest).toContainText("Ihr eigener Antrag");
  await expect(ownRequest.getByRole("button", { name: "Freigeben und veröffentlichen" })).toHaveCount(0);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  expect([200, 302]).toContain((await signInVia(admin.request, USERS.admin)).status());
  await admin.goto("/app/publications");
  const decisionCard = admin.getByRole("article", { name: `Ratsbeschluss: ${number} Fortführung des digitalen Bürgerportals` });
  await expect(decisionCard.getByRole("table")).toContainText("nicht öffentlich");
  await expect(decisionCard.getByRole("table")).toContainText("Rat der Stadt Duisburg");
  await decisionCard.getByRole("form", { name: `${number} Fortführung des digitalen Bürgerportals freigeben` }).getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(decisionCard).toHaveCount(0);
  const documentCard = admin.getByRole("article", { name: `Dokument: VER-01: ${publicName}` });
  await documentCard.getByRole("form", { name: `VER-01: ${publicName} freigeben` }).getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await expect(documentCard).toHaveCount(0);
  await adminContext.close();
  await page.goto("/app/initiatives/VER-01");
  await expect(page.getByTestId("document").filter({ hasText: publicName })).toContainText("öffentlich");
  const internalHref = await page.getByTestId("document").filter({ hasText: internalName }).getByRole("link").getAttribute("href");
  const internalId = internalHref!.split("/").pop()!;

  // The citizen: no session.
  const initiatives = (await (await page.request.get("/api/public/v1/initiatives?limit=100")).json()) as { data: { code: string; slug: string }[] };
  const slug = initiatives.data.find((i) => i.code === "VER-01")!.slug;
  const citizen = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await citizen.goto(`/initiatives/${slug}`);
  await expect(citizen.getByTestId("public-decision").filter({ hasText: number })).toContainText(`Ratsbeschluss, Drucksache ${number} vom 10.02.2026`);
  await expect(citizen.getByRole("main")).not.toContainText(internalName);
  const link = citizen.getByRole("link", { name: `${publicName} herunterladen` });
  await expect(link).toBeVisible();
  expect((await new AxeBuilder({ page: citizen }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);

  const download = await citizen.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="Sachstand Burgerportal ${number}.pdf"; filename*=UTF-8''${encodeURIComponent(publicName)}`);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // The internal memo is not there for the public, and the internal download needs a session.
  expect((await citizen.request.get(`/api/public/documents/${internalId}`)).status()).toBe(404);
  expect((await citizen.request.get(`/api/v1/documents/${internalId}`)).status()).toBe(401);

  await citizen.goto(`/en/initiatives/${slug}`);
  await expect(citizen.getByTestId("public-decision").filter({ hasText: number })).toContainText(`Council decision, printed matter ${number} of 10 February 2026`);
});

test("an upload over 20 MB is answered 413 with a clear message and stores nothing", async ({ page, signInAs }) => {
  await signInAs("lead");
  await page.goto("/app/initiatives/VER-01");
  const before = await page.getByTestId("document").count();
  const upload = page.getByRole("form", { name: "Dokument hochladen" });
  const big = Buffer.concat([sampleDocumentPdf("gross"), Buffer.alloc(20 * 1024 * 1024)]);
  await upload.locator('input[type="file"]').setInputFiles({ name: "Zu gross.pdf", mimeType: "application/pdf", buffer: big });
  await upload.getByRole("button", { name: "Hochladen" }).click();
  await expect(upload).toContainText("Die Datei ist größer als 20 MB.");
  await page.reload();
  await expect(page.getByTestId("document")).toHaveCount(before);
});
