// The demo city's settings (lib/branding): Duisburg's name on the example site. No logo and no
// colour of its own: the demo must not pass for the city's official appearance, so it keeps the
// built-in colours and shows its name as text.
import type { Prisma } from "@/lib/generated/prisma/client";

export const DEMO_CITY: Prisma.CitySettingsCreateInput = {
  id: 1,
  cityName: "Stadt Duisburg",
  siteTitle: "Digitales Duisburg",
  primaryColor: null,
  imprintOperator: "Stadt Duisburg (Beispieldaten)",
  contactEmail: "digitalisierung@demo.masterplan.example",
};
