// Playwright fixtures: sign in as a demo user through next-auth's endpoints (no clicking through
// the login form), so journeys start where they matter.
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Duisburg-Demo-2026!";
export const USERS = {
  admin: "admin@demo.masterplan.example",
  head: "abteilungsleitung@demo.masterplan.example",
  council: "rat@demo.masterplan.example",
  lead: "projektleitung@demo.masterplan.example",
  viewer: "betrachter@demo.masterplan.example",
} as const;
export type DemoRole = keyof typeof USERS;

export async function signInVia(request: APIRequestContext, email: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  return res;
}

export const test = base.extend<{ signInAs: (role: DemoRole) => Promise<Page> }>({
  signInAs: async ({ page }, provide) => {
    await provide(async (role) => {
      const res = await signInVia(page.request, USERS[role]);
      expect([200, 302]).toContain(res.status());
      const session = await (await page.request.get("/api/auth/session")).json();
      expect(session?.user?.email).toBe(USERS[role]);
      return page;
    });
  },
});

export { expect };

/** Opens a page of the signed-in app through the main navigation and waits for its heading. */
export async function openFromNavigation(page: Page, link: string, heading: string = link) {
  await page.goto("/app");
  await page.getByRole("navigation").getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** Sets the visibility of the initiative whose page is open (its section starts closed); the form's status message. */
export async function setVisibility(page: Page, value: "PUBLIC" | "INTERNAL") {
  // The visibility's own <details>: the whole overview section is a <details> too.
  const visibility = page.locator("summary", { hasText: "Sichtbarkeit" }).locator("xpath=..");
  await visibility.locator("summary").click();
  const form = visibility.getByRole("form", { name: "Sichtbarkeit" });
  await form.getByLabel("Sichtbarkeit").selectOption(value);
  await form.getByRole("button", { name: "Speichern" }).click();
  return form.getByRole("status");
}
