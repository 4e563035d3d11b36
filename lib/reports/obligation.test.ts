// The reporting obligation on fixed clocks (docs/figures.md, "Status reports"): which quarters an
// initiative owes, the default quarter during and after the grace period, the due day and "late" —
// on the awkward days: quarter end and start, the end of the grace period (30 April vs 1 May), the
// turn of the year, 29 February 2028 and the nights the clocks change.
import { describe, expect, it } from "vitest";
import { CALENDAR_DAYS } from "@/tests/calendar-days";
import {
  DEFAULT_REPORT_GRACE_DAYS,
  defaultReportPeriod,
  draftablePeriods,
  isLate,
  owedPeriods,
  reportDueDate,
  reportGraceDays,
  reportingRequired,
  type ReportingFacts,
} from "./obligation";

const at = (instant: string) => new Date(instant);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const GRACE = DEFAULT_REPORT_GRACE_DAYS;
const running = (f: Partial<ReportingFacts> = {}): ReportingFacts => ({ status: "IN_PROGRESS", actualStart: null, actualEnd: null, ...f });

describe("REPORT_GRACE_DAYS", () => {
  it("defaults to 30 days and takes whole days", () => {
    expect(reportGraceDays({})).toBe(30);
    expect(reportGraceDays({ REPORT_GRACE_DAYS: "14" })).toBe(14);
    expect(reportGraceDays({ REPORT_GRACE_DAYS: "0" })).toBe(0);
    expect(reportGraceDays({ REPORT_GRACE_DAYS: "soon" })).toBe(30);
  });
});

describe("the due day", () => {
  it("is the quarter's last day plus the grace days, across months, years and 29 February", () => {
    expect(reportDueDate("2026-Q1", 30)).toBe("2026-04-30");
    expect(reportDueDate("2026-Q2", 30)).toBe("2026-07-30");
    expect(reportDueDate("2026-Q3", 30)).toBe("2026-10-30");
    expect(reportDueDate("2026-Q4", 30)).toBe("2027-01-30");
    expect(reportDueDate("2027-Q4", 60)).toBe("2028-02-29");
    expect(reportDueDate("2027-Q4", 61)).toBe("2028-03-01");
    expect(reportDueDate("2026-Q1", 0)).toBe("2026-03-31");
  });
});

describe("the default quarter of a new report", () => {
  it.each([
    // The last day of Q1 and the first day of Q2 (in Berlin; 22:30 UTC is already the next day).
    ["2026-03-31T10:00:00Z", "2026-Q1"],
    ["2026-03-31T21:59:00Z", "2026-Q1"],
    ["2026-03-31T22:30:00Z", "2026-Q1"], // 1 April 00:30: Q1 has ended, its grace period begins
    ["2026-04-01T10:00:00Z", "2026-Q1"],
    // The end of the grace period: 30 April is the 30th day after 31 March; 1 May is past it.
    ["2026-04-30T10:00:00Z", "2026-Q1"],
    ["2026-04-30T21:59:00Z", "2026-Q1"], // 23:59 CEST
    ["2026-04-30T22:00:00Z", "2026-Q2"], // 1 May 00:00 CEST
    ["2026-05-01T10:00:00Z", "2026-Q2"],
    // The turn of the year: New Year's Day reports on Q4 of the previous year, until 30 January.
    ["2026-12-31T22:59:00Z", "2026-Q4"],
    ["2026-12-31T23:30:00Z", "2026-Q4"], // 00:30 on 1 January 2027 in Berlin
    ["2027-01-01T10:00:00Z", "2026-Q4"],
    ["2027-01-30T22:59:00Z", "2026-Q4"], // 23:59 CET on 30 January
    ["2027-01-30T23:00:00Z", "2027-Q1"], // 31 January
    // 29 February 2028: Q4 2027's grace ended on 30 January.
    ["2028-02-28T23:30:00Z", "2028-Q1"],
    ["2028-02-29T10:00:00Z", "2028-Q1"],
    // FIXED_NOW of the tests: Q3's grace ended on 30 October.
    ["2026-11-25T10:00:00Z", "2026-Q4"],
  ])("at %s is %s", (instant, expected) => {
    expect(defaultReportPeriod(at(instant), GRACE)).toBe(expected);
  });

  it("follows the grace days: none, or one ending on 29 February 2028", () => {
    expect(defaultReportPeriod(at("2026-04-01T10:00:00Z"), 0)).toBe("2026-Q2");
    expect(defaultReportPeriod(at("2026-03-31T22:30:00Z"), 0)).toBe("2026-Q2");
    expect(defaultReportPeriod(at("2028-02-29T10:00:00Z"), 60)).toBe("2027-Q4");
    expect(defaultReportPeriod(at("2028-02-29T23:30:00Z"), 60)).toBe("2028-Q1"); // 1 March in Berlin
  });

  it("changes at the city's midnight in the nights the clocks change", () => {
    // Q4 2025 + 88 days = Sunday 29 March 2026, the night clocks go forward (02:00 CET → 03:00 CEST).
    expect(reportDueDate("2025-Q4", 88)).toBe("2026-03-29");
    expect(defaultReportPeriod(at("2026-03-29T21:59:00Z"), 88)).toBe("2025-Q4"); // 23:59 CEST
    expect(defaultReportPeriod(at("2026-03-29T22:00:00Z"), 88)).toBe("2026-Q1"); // 00:00 CEST on 30 March
    // Q3 2026 + 25 days = Sunday 25 October 2026, the night clocks go back (03:00 CEST → 02:00 CET).
    expect(defaultReportPeriod(at("2026-10-25T22:59:00Z"), 25)).toBe("2026-Q3"); // 23:59 CET
    expect(defaultReportPeriod(at("2026-10-25T23:00:00Z"), 25)).toBe("2026-Q4"); // 00:00 CET on 26 October
  });
});

describe("late", () => {
  it("is a report submitted after its due day in the city's calendar", () => {
    const now = at("2026-11-25T10:00:00Z");
    expect(isLate("2026-Q1", at("2026-04-30T21:59:00Z"), now, GRACE)).toBe(false); // 23:59 on 30 April
    expect(isLate("2026-Q1", at("2026-04-30T22:00:00Z"), now, GRACE)).toBe(true); // 00:00 on 1 May
    expect(isLate("2026-Q3", at("2026-10-30T22:59:00Z"), now, GRACE)).toBe(false); // 23:59 CET, after the clocks went back
    expect(isLate("2026-Q3", at("2026-10-30T23:00:00Z"), now, GRACE)).toBe(true);
    expect(isLate("2026-Q4", at("2027-01-30T12:00:00Z"), now, GRACE)).toBe(false);
    expect(isLate("2026-Q4", at("2027-01-31T12:00:00Z"), now, GRACE)).toBe(true);
  });

  it("is a report not submitted once its due day has passed; the running quarter never is", () => {
    expect(isLate("2026-Q1", null, at("2026-04-30T10:00:00Z"), GRACE)).toBe(false);
    expect(isLate("2026-Q1", null, at("2026-05-01T10:00:00Z"), GRACE)).toBe(true);
    for (const { instant, period } of CALENDAR_DAYS) expect(isLate(period, null, at(instant), GRACE), instant).toBe(false);
  });
});

describe("the quarters an initiative owes", () => {
  const now = at("2026-11-25T10:00:00Z");

  it("run from the actual start to the current quarter", () => {
    expect(owedPeriods(running({ actualStart: day("2026-02-15") }), now)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    // An actual start says it runs, whatever the status says.
    expect(owedPeriods(running({ status: "PLANNED", actualStart: day("2026-09-30") }), now)).toEqual(["2026-Q3", "2026-Q4"]);
  });

  it("start for an initiative in implementation without actual start at its planned start, else its creation", () => {
    expect(owedPeriods(running({ plannedStart: day("2026-05-01") }), now)).toEqual(["2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(owedPeriods(running({ status: "ON_HOLD", plannedStart: day("2026-07-01") }), now)).toEqual(["2026-Q3", "2026-Q4"]);
    // Planned for later but already in implementation: it owes the current quarter.
    expect(owedPeriods(running({ plannedStart: day("2027-03-01") }), now)).toEqual(["2026-Q4"]);
    expect(owedPeriods(running({ createdAt: at("2026-06-30T22:30:00Z") }), now)).toEqual(["2026-Q3", "2026-Q4"]); // 1 July in Berlin
    expect(owedPeriods(running(), now)).toEqual(["2026-Q4"]);
  });

  it("never start before the masterplan's period", () => {
    expect(owedPeriods(running({ actualStart: day("2017-05-01"), planStart: day("2026-07-01") }), now)).toEqual(["2026-Q3", "2026-Q4"]);
  });

  it("end with the actual end; nothing for proposed, planned, or completed and cancelled without end", () => {
    expect(owedPeriods(running({ status: "COMPLETED", actualStart: day("2026-01-10"), actualEnd: day("2026-08-01") }), now)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(owedPeriods(running({ status: "COMPLETED", actualStart: day("2026-01-10") }), now)).toEqual([]);
    expect(owedPeriods(running({ status: "CANCELLED", plannedStart: day("2026-01-10") }), now)).toEqual([]);
    expect(owedPeriods(running({ status: "PROPOSED", plannedStart: day("2026-01-10") }), now)).toEqual([]);
    expect(owedPeriods(running({ status: "PLANNED", plannedStart: day("2026-01-10") }), now)).toEqual([]);
    expect(reportingRequired(running({ status: "COMPLETED", actualStart: day("2026-01-10"), actualEnd: day("2026-08-01") }), "2026-Q4", now)).toBe(false);
    expect(reportingRequired(running({ status: "COMPLETED", actualStart: day("2026-01-10"), actualEnd: day("2026-08-01") }), "2026-Q3", now)).toBe(true);
  });

  it("cross the turn of the year in the city's calendar", () => {
    const f = running({ actualStart: day("2026-10-05") });
    expect(owedPeriods(f, at("2026-12-31T22:59:00Z"))).toEqual(["2026-Q4"]);
    expect(owedPeriods(f, at("2026-12-31T23:30:00Z"))).toEqual(["2026-Q4", "2027-Q1"]);
    expect(owedPeriods(f, at("2028-02-29T10:00:00Z"))).toHaveLength(6);
  });
});

describe("the quarters a report can be started for", () => {
  const f = running({ actualStart: day("2026-01-10") });

  it("are the owed ones without a report and the current one, newest first, late ones marked", () => {
    const { options, preferred } = draftablePeriods(f, ["2026-Q2"], at("2026-11-25T10:00:00Z"), GRACE);
    expect(options).toEqual([
      { period: "2026-Q4", late: false },
      { period: "2026-Q3", late: true },
      { period: "2026-Q1", late: true },
    ]);
    expect(preferred).toBe("2026-Q4");
  });

  it("preselect the finished quarter during its grace period, and the current one when it is taken", () => {
    expect(draftablePeriods(f, [], at("2026-04-30T10:00:00Z"), GRACE)).toEqual({
      options: [
        { period: "2026-Q2", late: false },
        { period: "2026-Q1", late: false },
      ],
      preferred: "2026-Q1",
    });
    expect(draftablePeriods(f, ["2026-Q1"], at("2026-04-30T10:00:00Z"), GRACE).preferred).toBe("2026-Q2");
    expect(draftablePeriods(f, [], at("2026-05-01T10:00:00Z"), GRACE)).toEqual({
      options: [
        { period: "2026-Q2", late: false },
        { period: "2026-Q1", late: true },
      ],
      preferred: "2026-Q2",
    });
    // The turn of the year: on 1 January the Q4 report of the year before is the default.
    const g = running({ actualStart: day("2026-10-05") });
    expect(draftablePeriods(g, [], at("2027-01-01T10:00:00Z"), GRACE)).toEqual({
      options: [
        { period: "2027-Q1", late: false },
        { period: "2026-Q4", late: false },
      ],
      preferred: "2026-Q4",
    });
  });

  it("include the current quarter even when nothing is owed, and nothing when all are taken", () => {
    expect(draftablePeriods(running({ status: "PLANNED" }), [], at("2026-11-25T10:00:00Z"), GRACE)).toEqual({ options: [{ period: "2026-Q4", late: false }], preferred: "2026-Q4" });
    expect(draftablePeriods(running({ status: "PLANNED" }), ["2026-Q4"], at("2026-11-25T10:00:00Z"), GRACE)).toEqual({ options: [], preferred: null });
  });
});
