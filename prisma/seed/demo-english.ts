// English texts for part of the demo data: the masterplan, the field "Digitale Verwaltung" and
// the initiative VER-01 with its KPI. The rest stays German only, so the demo (and the end-to-end
// tests) show both: English where the city wrote it, German marked "German only" elsewhere.
import type { Prisma } from "@/lib/generated/prisma/client";

export const DEMO_ENGLISH_FIELD = "VER";
export const DEMO_ENGLISH_INITIATIVE = "VER-01";

type Rows = {
  masterplan: Prisma.MasterplanCreateManyInput;
  fields: Prisma.FieldOfActionCreateManyInput[];
  initiatives: Prisma.InitiativeCreateManyInput[];
  kpis: Prisma.KpiCreateManyInput[];
};

/** Adds the English texts to the built demo rows (in place). */
export function applyDemoEnglish(rows: Rows): void {
  rows.masterplan.titleEn = "Masterplan Digital Duisburg";
  rows.masterplan.visionEn =
    "Duisburg uses digitalisation to make life, work and administration in the city simpler, more sustainable and open to everyone.";
  const field = rows.fields.find((f) => f.code === DEMO_ENGLISH_FIELD);
  if (field) {
    field.titleEn = "Digital administration";
    field.descriptionEn =
      "Administrative services are online, without media breaks and available around the clock. Internally the city works with electronic files, digital workflows and modern workplaces.";
  }
  const initiative = rows.initiatives.find((i) => i.code === DEMO_ENGLISH_INITIATIVE);
  if (!initiative) return;
  initiative.titleEn = "Duisburg digital citizens' portal (Online Access Act)";
  initiative.summaryEn = "All important administrative services are offered online through one central portal, without media breaks.";
  initiative.descriptionEn =
    "The citizens' portal brings the city's online services together in one place. Sign-in and payment use the Servicekonto NRW; notices arrive in the digital mailbox.";
  initiative.plainLanguageSummaryEn = "Soon you can make many applications to the city on the internet. You no longer have to go to the office.";
  for (const kpi of rows.kpis.filter((k) => k.initiativeId === initiative.id)) {
    kpi.nameEn = "Services that can be applied for online";
    kpi.descriptionEn = "Number of administrative services that can be applied for entirely online.";
    kpi.unitEn = "services";
  }
}
