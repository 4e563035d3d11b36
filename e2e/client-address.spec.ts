// Issue 14, item 2, against the real server (TRUSTED_PROXY_HOPS=0, the default): a sign-in that
// sends its own X-Forwarded-For is recorded with the socket's address, so rotating the header
// neither escapes the per-address limit nor plants a forged address in the audit log.
import { expect, signInVia, test, USERS } from "./fixtures";

test("a forged X-Forwarded-For is ignored: the audit log records the socket's address", async ({ page, playwright, baseURL, signInAs }) => {
  const forger = await playwright.request.newContext({ baseURL });
  const res = await signInVia(forger, USERS.viewer, undefined, { "x-forwarded-for": "203.0.113.66", "x-mm-client-address": "203.0.113.67" });
  expect([200, 302]).toContain(res.status());
  await forger.dispose();

  await signInAs("admin");
  await page.goto("/app/admin/audit?action=auth.login.succeeded");
  const table = page.getByRole("table");
  await expect(table).toContainText(USERS.viewer);
  await expect(table).toContainText('"ip": "127.0.0.1"');
  await expect(page.locator("body")).not.toContainText("203.0.113.6");
});
