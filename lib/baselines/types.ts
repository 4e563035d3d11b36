// The shape of a plan snapshot, shared by frozen baselines and "today": the initiatives with their
// milestones, KPI targets and budget, and the plan's own KPIs. lib/baselines/snapshot-sql.ts reads
// it from the database (the same SELECT freezes a baseline and reads today); compare.ts compares two.
import type { InitiativeStatus, SuccessionKind, Visibility } from "@/lib/generated/prisma/enums";

export type SnapshotMilestone = {
  id: string;
  title: string;
  isPublic: boolean;
  baselineDate: string;
  forecastDate: string;
  completedDate: string | null;
};

export type SnapshotKpi = { id: string; name: string; unit: string; isPublic: boolean; targetValue: string; targetDate: string };

export type SnapshotInitiative = {
  initiativeId: string;
  code: string;
  slug: string;
  title: string;
  titleEn: string | null;
  fieldCode: string;
  visibility: Visibility;
  status: InitiativeStatus;
  archived: boolean;
  successorId: string | null;
  successionKind: SuccessionKind | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** Decimal strings. */
  budgetPlanned: string;
  budgetPlannedPublic: string;
  milestones: SnapshotMilestone[];
  kpis: SnapshotKpi[];
};

export type PlanSnapshot = { initiatives: SnapshotInitiative[]; planKpis: SnapshotKpi[] };
