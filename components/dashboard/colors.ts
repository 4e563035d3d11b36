// Series colours of the dashboard's charts. Each has at least 3:1 contrast against white (WCAG
// 1.4.11); legends, outlines and the data tables carry the meaning, never colour alone.
import type { Attainment } from "@/lib/kpis/attainment";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";

export const STATUS_COLORS: Record<InitiativeStatus, string> = {
  PROPOSED: "#64748b",
  PLANNED: "#0369a1",
  IN_PROGRESS: "#4338ca",
  ON_HOLD: "#b45309",
  COMPLETED: "#15803d",
  CANCELLED: "#9f1239",
};

export const HEALTH_COLORS: Record<Health, string> = {
  ON_TRACK: "#15803d",
  AT_RISK: "#b45309",
  OFF_TRACK: "#b91c1c",
};

export const ATTAINMENT_COLORS: Record<Attainment, string> = {
  TARGET_REACHED: "#15803d",
  ON_COURSE: "#0369a1",
  BEHIND: "#b91c1c",
  NO_MEASUREMENT: "#64748b",
};

export const BUDGET_COLORS = { planned: "#084177", actual: "#0f766e" } as const;
