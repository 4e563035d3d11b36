// "Meine Arbeit": the start page shows each person what is due and lets them act on it in place.
// A project lead sees the demo's overdue milestone and marks it done inline; a department head
// approves a submitted report inline; a council member follows an initiative and sees what changed.
import { expect, signInVia, test, USERS } from "./fixtures";

test("a project lead sees the overdue demo milestone and marks it done inline, which removes it", async ({ page, signInAs }) => {
  await signInAs("lead");
  await page.goto("/app");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  const milestones = page.getByRole("region", { name: /^Meine Meilensteine: überfällig/ });
  const overdue = milestones.getByRole("listitem", { name: "Rollout in allen Fachbereichen (VER-02)" });
  await expect(overdue).toContainText(/Überfällig seit \d+ Tagen/);
  await expect(overdue.getByRole("link", { name: /VER-02/ })).toHaveAttribute("href", "/app/initiatives/VER-02#milestones-heading");
  await overdue.getByRole("form", { name: "„Rollout in allen Fachbereichen“ als erledigt markieren" }).getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(overdue).toHaveCount(0);
  // The demo has a KPI value behind (VER-01's last quarter; an earlier spec may have entered it), so
  // the first page lists due values too, never the empty state.
  await expect(page.getByRole("region", { name: "Fällige Messwerte" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByRole("region", { name: "Fällige Messwerte" })).toContainText(/fällig (seit|am)/);
  await page.reload();
  await expect(milestones.getByRole("listitem", { name: "Rollout in allen Fachbereichen (VER-02)" })).toHaveCount(0);
  // The dashboard is one click away.
  await page.getByRole("link", { name: "Zur Übersicht über das ganze Portfolio" }).click();
  await expect(page).toHaveURL(/\/app\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht");
});

test("a department head approves a submitted report inline", async ({ page, signInAs }) => {
  await signInAs("head");
  await page.goto("/app");
  const review = page.getByRole("region", { name: "Berichte zur Freigabe" });
  const report = review.getByRole("listitem", { name: /^INF-07 .* – Bericht 4\. Quartal 2026/ });
  await expect(report).toBeVisible();
  await report.getByRole("form", { name: "Sachstandsbericht 4. Quartal 2026 (INF-07) freigeben" }).getByRole("button", { name: "Freigeben" }).click();
  await expect(report).toHaveCount(0);
  await page.goto("/app/initiatives/INF-07");
  await expect(page.getByRole("region", { name: "Sachstandsberichte" })).toContainText("Freigegeben");
});

test("a council member follows an initiative and sees what changed since the last visit", async ({ page, signInAs, browser, baseURL }) => {
  await signInAs("council");
  await page.goto("/app");
  // The demo's council member already follows three initiatives, one with yesterday's approved report.
  const region = page.getByRole("region", { name: "Vorhaben, denen ich folge" });
  await expect(region).toContainText(/Änderung(en)? seit Ihrem letzten Besuch/);
  await expect(region.getByRole("listitem").filter({ hasText: "MOB-03" })).toHaveCount(0);
  await page.goto("/app/initiatives/MOB-03");
  await page.getByRole("form", { name: "Dem Vorhaben MOB-03 folgen" }).getByRole("button", { name: "Folgen" }).click();
  await expect(page.getByRole("button", { name: "Nicht mehr folgen" })).toBeVisible();

  await page.goto("/app");
  const followed = page.getByRole("region", { name: "Vorhaben, denen ich folge" }).getByRole("listitem").filter({ hasText: "MOB-03" });
  await expect(followed).toContainText("Nichts Neues seit Ihrem letzten Besuch");

  // Someone else (the admin) marks one of its milestones done.
  const adminContext = await browser.newContext({ baseURL });
  await signInVia(adminContext.request, USERS.admin);
  const admin = await adminContext.newPage();
  await admin.goto("/app/initiatives/MOB-03");
  const open = admin.locator("#milestones > details > ol > li").filter({ has: admin.getByRole("button", { name: "Als erledigt markieren" }) }).first();
  const headingId = await open.getAttribute("aria-labelledby");
  const milestone = admin.locator(`li[aria-labelledby="${headingId}"]`);
  await milestone.getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(milestone.getByText("Erledigt", { exact: true })).toBeVisible();
  await adminContext.close();

  await page.reload();
  await expect(followed).toContainText(/1 Änderung seit Ihrem letzten Besuch/);
  await expect(followed.getByRole("list", { name: "Letzte Änderungen an MOB-03" })).toContainText("Meilenstein erledigt");
  // Opening the initiative marks it seen.
  await page.goto("/app/initiatives/MOB-03");
  await page.goto("/app");
  await expect(followed).toContainText("Nichts Neues seit Ihrem letzten Besuch");
});
