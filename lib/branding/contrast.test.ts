import { describe, expect, it } from "vitest";
import { AA_RATIO, brandPalette, checkPrimaryColor, contrastRatio, DARK_TEXT, shownRatio, WHITE } from "./contrast";
import { updateCitySettingsInput } from "./schemas";

describe("contrast of the primary colour (WCAG 2.x)", () => {
  it("measures the known extremes: black on white 21:1, white on white 1:1", () => {
    expect(contrastRatio("#000000", WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // The ratio does not depend on which colour is the text.
    expect(contrastRatio("#0b5394", WHITE)).toBeCloseTo(contrastRatio(WHITE, "#0b5394"), 10);
  });

  it("accepts a dark blue that white text reaches AA on", () => {
    const check = checkPrimaryColor("#0b5394");
    expect(check.ok).toBe(true);
    expect(check.white).toBeGreaterThan(AA_RATIO);
    expect(check.suggestion).toBeNull();
  });

  it("refuses a too-light colour, with the ratio for white and for dark text, and offers a darker one of the same hue that passes", () => {
    const check = checkPrimaryColor("#ffd966");
    expect(check.ok).toBe(false);
    expect(check.white).toBeLessThan(2);
    expect(check.dark).toBeGreaterThan(AA_RATIO); // dark text would do, but the colour also colours links on white
    expect(check.suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastRatio(check.suggestion!, WHITE)).toBeGreaterThanOrEqual(AA_RATIO);
    expect(checkPrimaryColor(check.suggestion!).ok).toBe(true);
  });

  it("refuses a mid-tone that neither white nor the dark text reaches AA on", () => {
    const check = checkPrimaryColor("#7a7a7a");
    expect(check.ok).toBe(false);
    expect(check.white).toBeLessThan(AA_RATIO);
    expect(contrastRatio("#7a7a7a", DARK_TEXT)).toBeLessThan(AA_RATIO);
  });

  it("never shows a failing ratio rounded up to the threshold", () => {
    expect(shownRatio(4.4999)).toBe(4.49);
  });

  it("derives a palette whose text colours keep AA on white and on the light tints", () => {
    for (const primary of ["#0b5394", "#767676", "#c0392b", "#2e7d32"]) {
      if (!checkPrimaryColor(primary).ok) continue;
      const p = brandPalette(primary);
      for (const role of ["--color-brand-700", "--color-brand-900"] as const) {
        expect(contrastRatio(p[role], WHITE)).toBeGreaterThanOrEqual(AA_RATIO);
        expect(contrastRatio(p[role], p["--color-brand-50"])).toBeGreaterThanOrEqual(AA_RATIO);
        expect(contrastRatio(p[role], p["--color-brand-100"])).toBeGreaterThanOrEqual(AA_RATIO);
      }
    }
  });
});

describe("the settings schema's colour check", () => {
  const base = { version: 0, cityName: "Stadt Beispiel", siteTitle: "Digitales Beispiel" };

  it("refuses a too-light colour with a field error that names the ratio and a suggestion", () => {
    const r = updateCitySettingsInput.safeParse({ ...base, primaryColor: "#FFD966" });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(["primaryColor"]);
    expect(issue.message).toBe("#citySettings.errors.contrast");
    expect(issue).toMatchObject({ params: { ratio: shownRatio(checkPrimaryColor("#ffd966").white), required: 4.5, suggestion: checkPrimaryColor("#ffd966").suggestion } });
  });

  it("takes a passing colour lower-case and an empty one as none", () => {
    expect(updateCitySettingsInput.parse({ ...base, primaryColor: "#0B5394" }).primaryColor).toBe("#0b5394");
    expect(updateCitySettingsInput.parse({ ...base, primaryColor: "" }).primaryColor).toBeNull();
  });

  it("refuses what is not #rrggbb", () => {
    const r = updateCitySettingsInput.safeParse({ ...base, primaryColor: "red; background:url(x)" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("#citySettings.errors.colorFormat");
  });
});
