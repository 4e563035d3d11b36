// Administration pages answer "not found" to everyone but admins — never a server error — and say
// nothing about what is behind them (issue 14, item 7).
import { expect, test } from "./fixtures";

const PAGES = ["/app/admin/users", "/app/admin/audit", "/app/admin/partners", "/app/admin/funding-programmes", "/app/admin/outbox"];

for (const role of ["lead", "head", "council", "viewer"] as const) {
  test(`${role} gets 404 on the administration pages`, async ({ page, signInAs }) => {
    await signInAs(role);
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
}

test("admins open them", async ({ page, signInAs }) => {
  await signInAs("admin");
  for (const path of PAGES) expect((await page.goto(path))?.status(), path).toBe(200);
});
