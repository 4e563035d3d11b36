import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import de from "./messages/de.json";
import en from "./messages/en.json";
import { sharedFormats, sharedTranslator } from "./translations";

type Tree = { [key: string]: string | Tree };

/** Every message's key path, with a value for each of its arguments (3 fits plurals, numbers, dates and text alike). */
function messages(tree: Tree, prefix = ""): { key: string; values: Record<string, number> }[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v !== "string") return messages(v, key);
    // Rich text (<b>…</b>) needs functions for its tags: t.rich's business, not compared here.
    if (v.includes("<")) return [];
    return [{ key, values: Object.fromEntries([...v.matchAll(/\{\s*(\w+)/g)].map((m) => [m[1]!, 3])) }];
  });
}

describe("server translations with compiled messages shared between requests", () => {
  it.each([
    ["de", de as Tree],
    ["en", en as Tree],
  ])("writes every %s message exactly as next-intl's per-request translator does, also from the shared cache", (locale, catalogue) => {
    const all = messages(catalogue);
    expect(all.length).toBeGreaterThan(500);
    const fresh = createTranslator({ locale, messages: catalogue, timeZone: "Europe/Berlin" });
    const first = sharedTranslator({ locale, messages: catalogue, timeZone: "Europe/Berlin" });
    // A later request: a new translator over the same shared cache.
    const later = sharedTranslator({ locale, messages: catalogue, timeZone: "Europe/Berlin" });
    for (const { key, values } of all) {
      const expected = (fresh as (k: string, v: object) => string)(key, values);
      expect((first as (k: string, v: object) => string)(key, values), key).toBe(expected);
      expect((later as (k: string, v: object) => string)(key, values), key).toBe(expected);
    }
  });

  it("writes texts, numbers and dates into messages as next-intl does, on awkward days too", () => {
    const catalogue = {
      r: {
        open: "{title}: ursprünglich geplant {baseline}, Prognose {forecast}",
        at: "Stand {when, date, long} um {when, time, short}",
        share: "{part, number, percent} von {total, number}",
        late: "{days, plural, =0 {pünktlich} one {# Tag} other {# Tage}} Verzug",
      },
    };
    // 29 February, the night the clocks go back in Berlin, New Year's Eve late in the evening (UTC: next year in Berlin).
    const days = [new Date("2028-02-29T12:00:00Z"), new Date("2026-10-25T00:30:00Z"), new Date("2026-12-31T23:30:00Z")];
    for (const locale of ["de", "en"]) {
      const fresh = createTranslator({ locale, messages: catalogue, timeZone: "Europe/Berlin", namespace: "r" });
      for (let round = 0; round < 2; round++) {
        const t = sharedTranslator({ locale, messages: catalogue, timeZone: "Europe/Berlin", namespace: "r" });
        expect(t("open", { title: "Radweg {Nord}", baseline: "1. März 2026", forecast: "" })).toBe(fresh("open", { title: "Radweg {Nord}", baseline: "1. März 2026", forecast: "" }));
        for (const when of days) expect(t("at", { when })).toBe(fresh("at", { when }));
        expect(t("share", { part: 0.125, total: 1234567.5 })).toBe(fresh("share", { part: 0.125, total: 1234567.5 }));
        for (const d of [0, 1, 2, -1]) expect(t("late", { days: d })).toBe(fresh("late", { days: d }));
      }
    }
    expect(sharedTranslator({ locale: "de", messages: catalogue, timeZone: "Europe/Berlin", namespace: "r" })("at", { when: days[2]! })).toContain("1. Januar 2027");
  });

  it("compiles a message once per language and process, whatever values it is given", () => {
    const catalogue = { roadmap: { milestoneOpen: "{title}: ursprünglich geplant {baseline}, Prognose {forecast}", delayLate: "{days, plural, one {# Tag} other {# Tage}} Verzug" } };
    const shared = sharedFormats("de-AT");
    const size = () => Object.keys(shared.cache.message).length;
    const t1 = sharedTranslator({ locale: "de-AT", messages: catalogue, timeZone: "Europe/Berlin", namespace: "roadmap" });
    expect(t1("delayLate", { days: 1 })).toBe("1 Tag Verzug");
    expect(t1("delayLate", { days: 2 })).toBe("2 Tage Verzug");
    const compiled = size();
    expect(compiled).toBeGreaterThan(0);
    const t2 = sharedTranslator({ locale: "de-AT", messages: catalogue, timeZone: "Europe/Berlin", namespace: "roadmap" });
    for (let days = 3; days < 50; days++) expect(t2("delayLate", { days })).toBe(`${days} Tage Verzug`);
    expect(size()).toBe(compiled);
    // Formatted from its compiled form, not through use-intl's look-up by key.
    expect([...shared.compiled.values()].filter(Boolean)).toHaveLength(1);
    expect(sharedFormats("de-AT")).toBe(shared);
    expect(sharedFormats("en")).not.toBe(shared);
  });
});
