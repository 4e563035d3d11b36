import { describe, expect, it } from "vitest";
import { contentString, contentText, contentUnit, withUnitText } from "./content";

describe("contentText", () => {
  it("shows German on the German site, even when English exists", () => {
    expect(contentText("de", "Digitale Schule", "Digital school")).toEqual({ text: "Digitale Schule", lang: "de", fallback: false });
  });
  it("shows English on the English site when there is English", () => {
    expect(contentText("en", "Digitale Schule", "Digital school")).toEqual({ text: "Digital school", lang: "en", fallback: false });
  });
  it("falls back to German, marked, on the English site when English is missing or blank", () => {
    expect(contentText("en", "Digitale Schule", null)).toEqual({ text: "Digitale Schule", lang: "de", fallback: true });
    expect(contentText("en", "Digitale Schule", "   ")).toEqual({ text: "Digitale Schule", lang: "de", fallback: true });
  });
  it("marks nothing when there is no text in either language", () => {
    expect(contentText("en", "", null)).toEqual({ text: "", lang: "de", fallback: false });
    expect(contentString("en", null, undefined)).toBe("");
  });
});

describe("contentUnit", () => {
  it("keeps the German unit on the German site", () => {
    expect(contentUnit("de", "Anzahl", "count").text).toBe("Anzahl");
  });
  it("uses the English unit when set", () => {
    expect(contentUnit("en", "Schulen", "schools")).toEqual({ text: "schools", lang: "en", fallback: false });
  });
  it("translates common German units or drops a unit word that says nothing", () => {
    expect(contentUnit("en", "Anzahl", null)).toEqual({ text: "", lang: "en", fallback: false });
    expect(contentUnit("en", "Prozent", null).text).toBe("%");
    expect(contentUnit("en", "t CO₂", null).text).toBe("t CO₂");
    expect(contentUnit("en", "Minuten", null).text).toBe("minutes");
    expect(withUnitText("12", contentUnit("en", "Anzahl", null).text)).toBe("12");
  });
  it("keeps an unknown German unit as the last resort, marked German", () => {
    expect(contentUnit("en", "Ladesäulen", null)).toEqual({ text: "Ladesäulen", lang: "de", fallback: true });
  });
});
