// Awkward instants for every test of calendar logic (reporting periods, the council report's default
// quarter, draftable periods, the demo): the first and last day of a quarter, New Year's Eve and Day,
// 29 February, and the city-day boundary – at 23:30 UTC (22:30 in summer) Berlin already has the next
// day, and maybe the next quarter. A calendar trap then shows up in CI, not on a later day.

export type CalendarDay = {
  /** The instant (UTC). */
  instant: string;
  /** The city's calendar day at that instant (Europe/Berlin). */
  day: string;
  /** The reporting period the city is in, and the one before. */
  period: string;
  previous: string;
};

export const CALENDAR_DAYS: CalendarDay[] = [
  { instant: "2026-03-31T10:00:00Z", day: "2026-03-31", period: "2026-Q1", previous: "2025-Q4" },
  { instant: "2026-03-31T21:59:00Z", day: "2026-03-31", period: "2026-Q1", previous: "2025-Q4" }, // 23:59 CEST
  { instant: "2026-03-31T22:30:00Z", day: "2026-04-01", period: "2026-Q2", previous: "2026-Q1" }, // 00:30 CEST
  { instant: "2026-04-01T10:00:00Z", day: "2026-04-01", period: "2026-Q2", previous: "2026-Q1" },
  { instant: "2026-09-30T10:00:00Z", day: "2026-09-30", period: "2026-Q3", previous: "2026-Q2" },
  { instant: "2026-09-30T22:30:00Z", day: "2026-10-01", period: "2026-Q4", previous: "2026-Q3" },
  { instant: "2026-10-01T10:00:00Z", day: "2026-10-01", period: "2026-Q4", previous: "2026-Q3" },
  { instant: "2026-12-31T10:00:00Z", day: "2026-12-31", period: "2026-Q4", previous: "2026-Q3" },
  { instant: "2026-12-31T22:59:00Z", day: "2026-12-31", period: "2026-Q4", previous: "2026-Q3" }, // 23:59 CET
  { instant: "2026-12-31T23:30:00Z", day: "2027-01-01", period: "2027-Q1", previous: "2026-Q4" }, // 00:30 CET
  { instant: "2027-01-01T10:00:00Z", day: "2027-01-01", period: "2027-Q1", previous: "2026-Q4" },
  { instant: "2028-02-28T23:30:00Z", day: "2028-02-29", period: "2028-Q1", previous: "2027-Q4" },
  { instant: "2028-02-29T10:00:00Z", day: "2028-02-29", period: "2028-Q1", previous: "2027-Q4" },
  { instant: "2028-02-29T23:30:00Z", day: "2028-03-01", period: "2028-Q1", previous: "2027-Q4" },
];

/**
 * The instants the demo is seeded for in prisma/seed/demo-consistency.test.ts: one per kind of trap
 * (seeding takes seconds each).
 */
export const DEMO_SEED_INSTANTS = [
  "2026-03-31T10:00:00Z", // last day of a quarter
  "2026-04-01T10:00:00Z", // first day of a quarter
  "2026-09-30T10:00:00Z",
  "2026-10-01T10:00:00Z",
  "2026-12-31T10:00:00Z", // New Year's Eve
  "2027-01-01T10:00:00Z",
  "2028-02-29T10:00:00Z", // leap day
  "2026-12-31T23:30:00Z", // 00:30 on 1 January in Berlin: the city's day and quarter, not UTC's
];
