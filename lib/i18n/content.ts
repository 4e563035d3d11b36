// City-entered texts in two languages: German is required, English optional. The English site
// shows the English text where there is one, otherwise the German text, which then carries
// lang="de" and a visible "German only" marker (components/public/localized.tsx). Pure
// functions: pages, metadata, feeds and open data share them.
import { z } from "zod";
import type { Locale } from "./config";

export type ContentLang = "de" | "en";

/** The text to show, its language, and whether it is the German fallback on the English site. */
export type ContentText = { text: string; lang: ContentLang; fallback: boolean };

const present = (s: string | null | undefined): s is string => typeof s === "string" && s.trim().length > 0;

/** The text for `locale`: English when wanted and present, else German (a fallback on the English site when there is German text). */
export function contentText(locale: Locale, de: string | null | undefined, en: string | null | undefined): ContentText {
  if (locale === "en" && present(en)) return { text: en, lang: "en", fallback: false };
  const text = de ?? "";
  return { text, lang: "de", fallback: locale === "en" && present(text) };
}

/**
 * An optional English text in an edit form or API: trimmed, at most `max` characters; empty means
 * "no English" (null); left out means "unchanged" (undefined), so a client that knows nothing of
 * English texts never wipes them.
 */
export function optionalEnglishText(max: number) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max).nullable().optional());
}

/** A text shortcut for places that show plain strings (page titles, feeds, aria labels). */
export function contentString(locale: Locale, de: string | null | undefined, en: string | null | undefined): string {
  return contentText(locale, de, en).text;
}

/**
 * Common German units and their English (or neutral) rendering; "" means the number needs no unit
 * word ("12", not "12 Anzahl"). Keys are compared case-insensitively.
 */
const UNIT_EN: Record<string, string> = {
  anzahl: "",
  stück: "",
  stk: "",
  "stk.": "",
  prozent: "%",
  "%": "%",
  km: "km",
  kilometer: "km",
  m: "m",
  meter: "m",
  "€": "€",
  eur: "€",
  euro: "€",
  "mio. €": "million €",
  "tsd. €": "thousand €",
  "t co₂": "t CO₂",
  "t co2": "t CO₂",
  "tonnen co₂": "t CO₂",
  "tonnen co2": "t CO₂",
  mwh: "MWh",
  "mwh/jahr": "MWh/year",
  kwh: "kWh",
  "kwh/jahr": "kWh/year",
  "µg/m³": "µg/m³",
  minuten: "minutes",
  min: "min",
  stunden: "hours",
  std: "hours",
  "std.": "hours",
  tage: "days",
  wochen: "weeks",
  monate: "months",
  jahre: "years",
  personen: "people",
  nutzer: "users",
  nutzende: "users",
  schulen: "schools",
  standorte: "sites",
  unternehmen: "companies",
  adressen: "addresses",
  datensätze: "datasets",
  datenquellen: "data sources",
  gateways: "gateways",
  konten: "accounts",
  leistungen: "services",
  messknoten: "sensor nodes",
  netze: "networks",
  nutzungen: "uses",
  stellplätze: "parking spaces",
  teilnahmen: "participations",
  "tsd. seiten": "thousand pages",
  "punkte (1–5)": "points (1–5)",
  "punkte (1-5)": "points (1–5)",
  punkte: "points",
};

/**
 * A KPI's unit for `locale`: on the English site the English unit when set, else the neutral or
 * English rendering of a common German unit, and only as the last resort the German unit
 * (lang "de", fallback). On the German site the German unit.
 */
export function contentUnit(locale: Locale, de: string, en: string | null | undefined): ContentText {
  if (locale !== "en") return { text: de, lang: "de", fallback: false };
  if (present(en)) return { text: en.trim(), lang: "en", fallback: false };
  const mapped = UNIT_EN[de.trim().toLowerCase()];
  if (mapped !== undefined) return { text: mapped, lang: "en", fallback: false };
  return { text: de, lang: "de", fallback: present(de) };
}

/** "12 %", "12 km", or "12" for a unit without a word. */
export function withUnitText(value: string, unit: string): string {
  return unit ? `${value} ${unit}` : value;
}
