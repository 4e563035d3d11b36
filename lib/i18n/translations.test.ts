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

  it("compiles a message once per language and process, whatever values it is given", () => {
    const catalogue = { roadmap: { milestoneOpen: "{title}: ursprünglich geplant {baseline}, Prognose {forecast}", delayLate: "{days, plural, one {# Tag} other {# Tage}} Verzug" } };
    const shared = sharedFormats("de-AT");
    const size = () => Object.keys(shared.cache.message).length;
    const t1 = sharedTranslator({ locale: "de-AT", messages: catalogue, timeZone: "Europe/Berlin", namespace: "roadmap" });
    expect(t1("delayLate", { days: 1 })).toBe("1 Tag Verzug");
    const compiled = size();
    expect(compiled).toBeGreaterThan(0);
    const t2 = sharedTranslator({ locale: "de-AT", messages: catalogue, timeZone: "Europe/Berlin", namespace: "roadmap" });
    for (let days = 2; days < 50; days++) expect(t2("delayLate", { days })).toBe(`${days} Tage Verzug`);
    expect(size()).toBe(compiled);
    expect(sharedFormats("de-AT")).toBe(shared);
    expect(sharedFormats("en")).not.toBe(shared);
  });
});
