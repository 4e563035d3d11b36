import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { FundingSource } from "@/lib/generated/prisma/enums";
import { FUNDING_LEVELS, withCityState } from "./levels";

describe("funding levels", () => {
  it("lists every level of the schema once", () => {
    expect([...FUNDING_LEVELS].sort()).toEqual(Object.values(FundingSource).sort());
  });

  it("names the city's state in the Land level's label, in both languages, and nothing else", () => {
    expect(withCityState(de, "Nordrhein-Westfalen").budget.source.LAND).toBe("Land Nordrhein-Westfalen");
    expect(withCityState(en, "Bayern").budget.source.LAND).toBe("State of Bayern");
    expect(withCityState(de, "Sachsen").budget.source.FEDERAL).toBe(de.budget.source.FEDERAL);
    // Without a state the generic label stays; the imported catalogue is never changed.
    expect(withCityState(de, null).budget.source.LAND).toBe("Land");
    expect(de.budget.source.LAND).toBe("Land");
  });
});
