// An admin gives the site the city's own brand: site title, primary colour and a logo. A colour
// too light for white text is refused with its contrast ratio; the public header then shows the
// title, the logo (served with nosniff and its own CSP) and the colour, and the page passes axe.
// The spec leaves the demo as it found it (title and colour restored, logo removed).
import AxeBuilder from "@axe-core/playwright";
import { expect, openFromNavigation, test } from "./fixtures";

const TITLE = "Digitales Duisburg im Test";
const COLOR = "#7a1f5c";
/** A plain wordmark, clearly not an official logo. */
const WORDMARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40" width="160" height="40"><rect width="160" height="40" rx="6" fill="#ffffff"/><text x="80" y="26" text-anchor="middle" font-family="sans-serif" font-size="16" fill="${COLOR}">Wortmarke</text></svg>`;

test("an admin sets title, colour and logo; a too-light colour is refused; the public header shows the brand", async ({ page, signInAs }) => {
  await signInAs("admin");
  await openFromNavigation(page, "Stadt und Erscheinungsbild");
  const form = page.getByRole("form", { name: "Stadt und Erscheinungsbild bearbeiten" });
  const title = form.getByLabel("Titel der Seite");
  const color = form.getByLabel("Hauptfarbe (#rrggbb)");
  const originalTitle = await title.inputValue();

  try {
    // Too light for white text: refused at the field, with the ratio and a darker suggestion.
    await color.fill("#ffd966");
    await form.getByRole("button", { name: "Speichern" }).click();
    await expect(color).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText(/Kontrastverhältnis von 1,\d+:1; nötig sind 4,5:1 \(WCAG AA\).*Vorschlag mit gleichem Farbton: #[0-9a-f]{6}/)).toBeVisible();

    await title.fill(TITLE);
    await color.fill(COLOR);
    await form.getByRole("button", { name: "Speichern" }).click();
    await expect(form.getByRole("status")).toHaveText("Gespeichert.");
    // The logo form sends the version it was rendered with: render the page with the saved one.
    await page.reload();
    // The signed-in app names the city's site too: its header and the page's <title>.
    await expect(page.getByTestId("app-brand")).toHaveText(TITLE);
    await expect(page).toHaveTitle(new RegExp(`${TITLE}$`));
    // So does the Atom feed.
    expect(await (await page.request.get("/feed.xml")).text()).toContain(TITLE);

    // A logo with a script is refused; the plain wordmark is taken.
    const file = page.getByLabel("Logo-Datei");
    await file.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(WORDMARK.replace("</svg>", "<script>alert(1)</script></svg>")) });
    await page.getByRole("button", { name: "Logo hochladen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Skript" })).toBeVisible();
    await file.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(WORDMARK) });
    await page.getByRole("button", { name: "Logo hochladen" }).click();
    await expect(page.getByText("Logo gespeichert.")).toBeVisible();

    // The public site, in the same browser: title, logo and colour in the header.
    await page.goto("/");
    const header = page.locator("header").first();
    await expect(header.getByTestId("site-title")).toContainText(TITLE);
    const logo = header.getByTestId("site-logo");
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(header).toHaveCSS("background-color", "rgb(122, 31, 92)");

    const src = (await logo.getAttribute("src"))!;
    expect(src).toMatch(/^\/api\/public\/brand\/logo\/[0-9a-f]{16}\.svg$/);
    const served = await page.request.get(src);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/svg+xml");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(served.headers()["cache-control"]).toContain("immutable");

    // The English site too, and both pass axe with the city's colour.
    const axe = async () => {
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    };
    await axe();
    await page.goto("/en/initiatives");
    await expect(page.locator("header").first().getByTestId("site-title")).toContainText(TITLE);
    // Every page under the site's root carries the site title in <title> ("Initiatives · …").
    await expect(page).toHaveTitle(new RegExp(`· ${TITLE}$`));
    await axe();
  } finally {
    // Leave the demo as found.
    await page.goto("/app/admin/city");
    const restore = page.getByRole("form", { name: "Stadt und Erscheinungsbild bearbeiten" });
    await restore.getByLabel("Titel der Seite").fill(originalTitle);
    await restore.getByLabel("Hauptfarbe (#rrggbb)").fill("");
    await restore.getByRole("button", { name: "Speichern" }).click();
    await expect(restore.getByRole("status")).toHaveText("Gespeichert.");
    await page.reload();
    const remove = page.getByRole("button", { name: "Logo entfernen" });
    if (await remove.isVisible()) {
      await remove.click();
      await expect(page.getByText("Logo entfernt.")).toBeVisible();
    }
  }
});
