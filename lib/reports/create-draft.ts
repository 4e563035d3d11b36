// Use case: a project lead starts the status report of a period for an initiative they lead,
// prefilled from the last report and from what changed in the period. One report per initiative
// and period. The period is any quarter the initiative owes a report for, or the current one
// (lib/reports/obligation.ts); without one, the default: the last quarter during its grace period.
import { defineAction } from "@/lib/actions/define-action";
import { appNow } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { buildPrefill, loadPeriodChanges } from "./prefill";
import { defaultReportPeriod, draftablePeriods, reportGraceDays, reportingFacts, reportingFactsSelect } from "./obligation";
import { currentPeriod } from "./period";
import { reportSelect } from "./report-state";
import { createReportDraftInput } from "./schemas";
import { initiativeFacts, initiativeFactsSelect } from "@/lib/initiatives/facts";

export const createReportDraftAction = defineAction({
  name: "statusReport.createDraft",
  input: createReportDraftInput,
  permission: "statusReport.draft",
  load: async (tx, input) => {
    const initiative = await tx.initiative.findUnique({
      where: { id: input.initiativeId },
      select: {
        ...initiativeFactsSelect,
        health: true,
        archivedAt: true,
        ...reportingFactsSelect,
        statusReports: { select: { period: true } },
      },
    });
    if (!initiative) return null;
    return { initiative, ...initiativeFacts(initiative) };
  },
  run: async ({ tx, input, resource: { initiative }, audit }) => {
    if (initiative.archivedAt) {
      throw new AppError("CONFLICT", "The initiative is archived.", { fieldErrors: { _form: ["#statusReports.errors.archived"] } });
    }
    // Every quarter the initiative owes, and the current one; without a choice the default quarter.
    const now = appNow();
    const graceDays = reportGraceDays();
    const open = draftablePeriods(reportingFacts(initiative), [], now, graceDays).options.map((o) => o.period);
    const wanted = defaultReportPeriod(now, graceDays);
    const period = input.period ?? (open.includes(wanted) ? wanted : currentPeriod(now));
    if (initiative.statusReports.some((r) => r.period === period)) {
      throw new AppError("CONFLICT", "There is already a report for this period.", { fieldErrors: { _form: ["#statusReports.errors.exists"] } });
    }
    if (!open.includes(period)) {
      throw new AppError("VALIDATION", "Reports can be started for the quarters the initiative owes and the current one only.", {
        fieldErrors: { period: ["#statusReports.errors.periodNotOpen"] },
      });
    }

    const previous = await tx.statusReport.findFirst({
      where: { initiativeId: initiative.id, period: { lt: period } },
      orderBy: { period: "desc" },
      select: { period: true, summary: true, nextSteps: true, risks: true, publicSummary: true },
    });
    const changes = await loadPeriodChanges(tx, initiative.id, period);
    const fields = buildPrefill({ period, locale: input.locale, health: initiative.health, previous, changes });

    // A concurrent draft of the same period fails on the unique key and reaches the caller as CONFLICT.
    const created = await tx.statusReport.create({ data: { ...fields, initiativeId: initiative.id, period }, select: reportSelect });
    audit({ action: "statusReport.createDraft", entityType: "StatusReport", entityId: created.id, initiativeId: initiative.id, after: created });
    return created;
  },
});
