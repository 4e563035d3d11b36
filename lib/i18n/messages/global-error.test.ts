// The global error page's own copy of the error texts says what the catalogue says, and the page
// does not import the catalogue (which would send all of it to every browser).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import de from "./de.json";
import { withReference } from "@/components/layout/error-texts";
import { GLOBAL_ERROR_MESSAGES } from "./global-error";

describe("the global error page's texts", () => {
  it("equal the catalogue's errors section", () => {
    expect(GLOBAL_ERROR_MESSAGES.errors).toEqual(de.errors);
  });

  it("are not taken from the whole catalogue in the browser's bundle", () => {
    const source = fs.readFileSync("app/global-error.tsx", "utf8");
    expect(source).toContain("GLOBAL_ERROR_MESSAGES");
    expect(source).not.toMatch(/messages\/(de|en)\.json/);
  });
});

describe("the error texts in both catalogues", () => {
  it("have the same keys, and the reference as the only placeholder, which the error page fills in", async () => {
    const en = (await import("./en.json")).default;
    expect(Object.keys(en.errors).sort()).toEqual(Object.keys(de.errors).sort());
    for (const errors of [de.errors, en.errors]) {
      for (const [key, text] of Object.entries(errors)) {
        const placeholders = text.match(/\{[^}]*\}/g) ?? [];
        expect(placeholders, `${key}: ${text}`).toEqual(key === "genericText" ? ["{id}"] : []);
        expect(withReference(text, "abc123"), key).not.toMatch(/[{}]/);
      }
      expect(withReference(errors.genericText, "abc123")).toContain("abc123");
    }
  });
});
