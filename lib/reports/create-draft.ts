// Use case: a project lead starts the status report of a period for an initiative they lead,
// prefilled from the last report and from what changed in the period. One report per initiative
// and period.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { buildPrefill, loadPeriodChanges } from "./prefill";
import { draftablePeriods, reportSelect } from "./report-state";
import { createReportDraftInput } from "./schemas";
import { initiativeFacts } from "@/lib/initiatives/facts";

export const createReportDraftAction = defineAction({
  name: "statusReport.createDraft",
  input: createReportDraftInput,
  permission: "statusReport.draft",
  load: async (tx, input) => {
    const initiative = await tx.initiative.findUnique({
      where: { id: input.initiativeId },
      select: { id: true, health: true, archivedAt: true, departmentId: true, leads: { select: { userId: true } } },
    });
    if (!initiative) return null;
    return { initiative, ...initiativeFacts(initiative) };
  },
  run: async ({ tx, input, resource: { initiative }, audit }) => {
    const open = draftablePeriods();
    const period = input.period ?? open[0]!;
    if (!open.includes(period)) {
      throw new AppError("VALIDATION", "Reports can be started for the current and the previous period only.", {
        fieldErrors: { period: ["#statusReports.errors.periodNotOpen"] },
      });
    }
    if (initiative.archivedAt) {
      throw new AppError("CONFLICT", "The initiative is archived.", { fieldErrors: { _form: ["#statusReports.errors.archived"] } });
    }
    const existing = await tx.statusReport.findUnique({ where: { initiativeId_period: { initiativeId: initiative.id, period } }, select: { id: true } });
    if (existing) {
      throw new AppError("CONFLICT", "There is already a report for this period.", { fieldErrors: { _form: ["#statusReports.errors.exists"] } });
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
