// The enum values the dashboard lists, in display order (labels live in the message catalogues).
import type { FundingSource, Health, InitiativeStatus } from "@/lib/generated/prisma/enums";

export const INITIATIVE_STATUSES = ["PROPOSED", "PLANNED", "IN_PROGRESS", "ON_HOLD", "COMPLETED", "CANCELLED"] as const satisfies readonly InitiativeStatus[];
export const HEALTH_VALUES = ["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const satisfies readonly Health[];
export const FUNDING_SOURCES = ["CITY", "LAND", "FEDERAL", "EU", "PARTNER", "OTHER"] as const satisfies readonly FundingSource[];
