// A project lead creates a personal access token, the urban data platform pushes a KPI value
// with it, the change shows in the initiative's history, and a revoked token stops working.
import { expect, test } from "./fixtures";
import { E2E_TODAY } from "./clock";

test("a token acts as its user under the same policy, and stops when revoked", async ({ page, signInAs, playwright, baseURL }) => {
  await signInAs("lead");
  await page.goto("/app/account/tokens");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Urbane Datenplattform");
  await page.getByRole("checkbox", { name: /^Kennzahlwerte erfassen/ }).check();
  await page.getByRole("button", { name: "Token erstellen" }).click();
  const secret = await page.getByLabel("Ihr Token (wird nur jetzt angezeigt)").inputValue();
  expect(secret).toMatch(/^mm_[A-Za-z0-9_-]{20,}$/);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const detail = await api.get("/api/v1/initiatives/VER-01");
  expect(detail.status()).toBe(200);
  const kpi = (await detail.json()).data.kpis[0];
  expect(kpi).toBeTruthy();
  const today = E2E_TODAY;
  const post = await api.post(`/api/v1/kpis/${kpi.id}/measurements`, { data: { periodDate: today, value: 42, note: "aus der Plattform" } });
  expect([200, 201]).toContain(post.status());

  // A KPI of an initiative this lead does not lead: refused by the same policy.
  const list = await (await api.get("/api/v1/initiatives?department=VERK")).json();
  const foreign = await (await api.get(`/api/v1/initiatives/${list.data[0].code}`)).json();
  const foreignKpi = foreign.data.kpis[0];
  if (foreignKpi) {
    const refused = await api.post(`/api/v1/kpis/${foreignKpi.id}/measurements`, { data: { periodDate: today, value: 1 } });
    expect(refused.status()).toBe(403);
  }

  await page.goto("/app/initiatives/VER-01");
  // The change history names the action in words (lib/audit/describe.ts).
  await expect(page.getByRole("main")).toContainText("Kennzahlwert erfasst");

  await page.goto("/app/account/tokens");
  await page.getByRole("button", { name: "Widerrufen" }).first().click();
  // Revoking asks first; the question's own button sends.
  await page.getByRole("group", { name: /wirklich widerrufen/ }).getByRole("button", { name: "Widerrufen" }).click();
  await expect(page.getByText("Das Token wurde widerrufen.")).toBeVisible();
  await expect.poll(async () => (await api.get("/api/v1/initiatives")).status()).toBe(401);
  await api.dispose();
});
