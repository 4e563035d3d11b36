// One step of the report workflow as an action, written once: load the report with its policy
// facts, refuse a step its state does not allow (report-state.ts), write the step's change while
// the report still has the version and state the caller saw, audit before/after under the
// action's name. Each step says only what it checks beyond that and what it writes.
import type { z } from "zod";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import type { Permission } from "@/lib/authz/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertStep, loadReport, updateReportRow, type ReportStep } from "./report-state";

type LoadedReport = NonNullable<Awaited<ReturnType<typeof loadReport>>>;
export type Report = LoadedReport["report"];
type StepContext<I> = ActionContext<I, LoadedReport> & { before: Report };

export function reportStepAction<S extends z.ZodType<{ id: string; version: number }>>(spec: {
  name: string;
  step: ReportStep;
  input: S;
  permission: Permission;
  /** Checks beyond the state machine, then what the step writes. */
  change: (ctx: StepContext<z.infer<S>>) => Promise<Prisma.StatusReportUncheckedUpdateManyInput> | Prisma.StatusReportUncheckedUpdateManyInput;
  /** What follows from the written step in the same transaction (the approval's health carry-over). */
  afterwards?: (ctx: StepContext<z.infer<S>>, after: Report) => Promise<void>;
}) {
  return defineAction({
    name: spec.name,
    input: spec.input,
    permission: spec.permission,
    load: (tx, input) => loadReport(tx, input.id),
    run: async (ctx) => {
      const { tx, input, audit } = ctx;
      const before = ctx.resource.report;
      assertStep(spec.step, before.state);
      const step = { ...ctx, before };
      const data = await spec.change(step);
      // The version already pins the state the step was allowed from; the state is checked too.
      const after = await updateReportRow(tx, { id: input.id, version: input.version }, before.state, data);
      audit({ action: spec.name, entityType: "StatusReport", entityId: input.id, initiativeId: before.initiativeId, before, after });
      await spec.afterwards?.(step, after);
      return after;
    },
  });
}
