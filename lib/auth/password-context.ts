// The site's words for the password policy: what a password must not be built from besides the
// app's name — the masterplan's title (it names the city, e.g. "Digitaler Masterplan Duisburg"),
// the city's name and site title from its settings (lib/branding) and the open-data publisher
// ("Stadt Duisburg") when configured.
import { readCityBrand } from "@/lib/branding/queries";
import type { Db, Tx } from "@/lib/db/client";
import { env } from "@/lib/env";

export async function passwordContext(db: Db | Tx): Promise<string[]> {
  const plans = await db.masterplan.findMany({ select: { title: true }, orderBy: { createdAt: "asc" }, take: 5 });
  const brand = await readCityBrand(db);
  const publisher = env().openDataPublisher;
  return [...plans.map((p) => p.title), ...(brand.configured ? [brand.cityName, brand.siteTitle] : []), ...(publisher ? [publisher] : [])];
}
