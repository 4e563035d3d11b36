// The global error page's own copy of the error texts says what the catalogue says, and the page
// does not import the catalogue (which would send all of it to every browser).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import de from "./de.json";
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
