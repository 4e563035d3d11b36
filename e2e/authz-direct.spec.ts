// Security regressions by direct request: a captured server action replayed by a user without
// the permission, and from a foreign origin. Hidden buttons are not security; the server is.
import { expect, test, USERS, signInVia } from "./fixtures";

test("a server action replayed by a viewer or from a foreign origin changes nothing", async ({ page, signInAs, browser, baseURL }) => {
  await signInAs("admin");
  await page.goto("/app/admin/departments");
  const form = page.getByRole("form", { name: "Neues Amt" });
  await form.getByLabel("Kürzel").fill("E2EA");
  await form.getByLabel("Bezeichnung").fill("Amt aus dem Test");
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await form.getByRole("button", { name: "Anlegen" }).click();
  const request = await captured;
  await expect(form.getByRole("status")).toHaveText("Gespeichert.");
  const headers = request.headers();
  const body = request.postData()!;
  expect(body).toContain("E2EA");
  const replay = (code: string) => body.replace("E2EA", code);
  const actionHeaders = {
    "next-action": headers["next-action"]!,
    "content-type": headers["content-type"]!,
    accept: headers["accept"] ?? "text/x-component",
  };

  // The same action, posted directly by a viewer: refused by the policy on the server.
  const viewer = await browser.newContext({ baseURL });
  await signInVia(viewer.request, USERS.viewer);
  const asViewer = await viewer.request.post(request.url(), { headers: { ...actionHeaders, origin: baseURL! }, data: replay("E2EV") });
  expect(await asViewer.text()).toContain("FORBIDDEN");
  await viewer.close();

  // The admin's own session, but the request comes from another site: Next refuses it.
  const foreign = await page.request.post(request.url(), {
    headers: { ...actionHeaders, origin: "https://evil.example" },
    data: replay("E2EF"),
  });
  expect(foreign.ok()).toBe(false);

  // Without any session at all.
  const anonymous = await browser.newContext({ baseURL });
  const asAnonymous = await anonymous.request.post(request.url(), { headers: { ...actionHeaders, origin: baseURL! }, data: replay("E2EN") });
  expect(await asAnonymous.text()).not.toContain('"ok":true');
  await anonymous.close();

  await page.goto("/app/admin/departments");
  await expect(page.locator('input[value="E2EA"]')).toHaveCount(1);
  for (const code of ["E2EV", "E2EF", "E2EN"]) await expect(page.locator(`input[value="${code}"]`)).toHaveCount(0);
});
