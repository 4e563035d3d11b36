// Matrix rows for the city's settings (name, title, colour, contact, logo): admins only. Each input
// names the version stored at the time, so an admin's run succeeds and every other role is refused
// by the policy, not by a stale version.
import { removeLogoAction, setLogoAction, updateCitySettingsAction } from "@/lib/branding/mutations";
import { readCityBrand } from "@/lib/branding/queries";
import { png } from "@/tests/images";
import { adminOnly, uniq, type Case } from "./shared";

export const CASES: Case[] = [
  {
    action: updateCitySettingsAction as Case["action"],
    input: async (f) => ({
      version: (await readCityBrand(f.db)).version,
      cityName: "Stadt Duisburg",
      siteTitle: `Digitales Duisburg ${uniq()}`,
      primaryColor: "#0b5394",
      imprintOperator: "Stadt Duisburg",
      contactEmail: "digitalisierung@demo.masterplan.example",
    }),
    expect: adminOnly,
  },
  {
    action: setLogoAction as Case["action"],
    input: async (f) => ({ version: (await readCityBrand(f.db)).version, contentBase64: png(48, 48).toString("base64") }),
    expect: adminOnly,
  },
  {
    action: removeLogoAction as Case["action"],
    input: async (f) => ({ version: (await readCityBrand(f.db)).version }),
    expect: adminOnly,
  },
];
