// The city's settings as every page, feed, export and mail reads them: the stored row, or the
// defaults of a new city when there is none ("Masterplan Monitor", the built-in colours, no logo).
// Public: an explicit field list without the logo's bytes (those only through `loadLogo`), read
// through the public cache that every committed change empties.
import type { Db, Tx } from "@/lib/db/client";
import { cachedPublic } from "@/lib/public/cache";
import { HEX_COLOR } from "./contrast";

/** A new city's name and site title, until an admin sets its own. */
export const DEFAULT_SITE_NAME = "Masterplan Monitor";

export type CityBrand = {
  /** False while no settings were saved (the defaults below). */
  configured: boolean;
  cityName: string;
  siteTitle: string;
  primaryColor: string | null;
  imprintOperator: string | null;
  contactEmail: string | null;
  /** The logo's address (changes with its content), its type; null without a logo. */
  logo: { path: string; type: string } | null;
  version: number;
};

export const DEFAULT_BRAND: CityBrand = {
  configured: false,
  cityName: DEFAULT_SITE_NAME,
  siteTitle: DEFAULT_SITE_NAME,
  primaryColor: null,
  imprintOperator: null,
  contactEmail: null,
  logo: null,
  version: 0,
};

const PUBLIC_SELECT = {
  cityName: true,
  siteTitle: true,
  primaryColor: true,
  imprintOperator: true,
  contactEmail: true,
  logoType: true,
  logoSha256: true,
  version: true,
} as const;

/** The logo's address: its content hash in the name, so a new logo is a new URL and the old one may be cached for long. */
export const logoPath = (sha256: string, type: string) => `/api/public/brand/logo/${sha256.slice(0, 16)}.${type === "image/png" ? "png" : "svg"}`;

/** The settings straight from the database (admin form, actions); no cache. */
export async function readCityBrand(db: Db | Tx): Promise<CityBrand> {
  const row = await db.citySettings.findUnique({ where: { id: 1 }, select: PUBLIC_SELECT });
  if (!row) return DEFAULT_BRAND;
  return {
    configured: true,
    cityName: row.cityName,
    siteTitle: row.siteTitle,
    // Checked on save and by the database; checked again because it goes into a style attribute.
    primaryColor: row.primaryColor && HEX_COLOR.test(row.primaryColor) ? row.primaryColor : null,
    imprintOperator: row.imprintOperator,
    contactEmail: row.contactEmail,
    logo: row.logoSha256 && row.logoType ? { path: logoPath(row.logoSha256, row.logoType), type: row.logoType } : null,
    version: row.version,
  };
}

/** The settings for pages, feeds and exports: cached until the next committed change. */
export function getCityBrand(db: Db): Promise<CityBrand> {
  return cachedPublic(db, "city-brand", () => readCityBrand(db));
}

/** The logo's bytes, type and hash, or null without a logo. */
export async function loadLogo(db: Db): Promise<{ bytes: Uint8Array; type: string; sha256: string } | null> {
  const row = await db.citySettings.findUnique({ where: { id: 1 }, select: { logo: true, logoType: true, logoSha256: true } });
  if (!row?.logo || !row.logoType || !row.logoSha256) return null;
  return { bytes: row.logo, type: row.logoType, sha256: row.logoSha256 };
}
