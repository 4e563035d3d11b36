// The columns that say which initiative it is and how it stands, selected alike by the internal
// page, the JSON API, the public page and the audit snapshot (each adds what else it needs).
import type { Prisma } from "@/lib/generated/prisma/client";

/** Identity (id, code, slug, title), the texts that describe it, and status and health with the health's reason. */
export const initiativeHeadSelect = {
  id: true,
  code: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  status: true,
  health: true,
  healthReason: true,
} as const satisfies Prisma.InitiativeSelect;

/** When it was planned to run and when it actually ran (all public, shown as its schedule). */
export const initiativePeriodSelect = {
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
} as const satisfies Prisma.InitiativeSelect;
