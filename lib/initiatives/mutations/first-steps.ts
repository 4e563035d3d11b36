// The first steps of a new initiative, set in the creating form and written in its transaction:
// project leads, partners with their role, and the first milestones. Each goes through the same
// write as when it is added on the initiative page afterwards (assignLead, linkPartner,
// insertMilestone, writeForecast), with the same rules, permissions and audit events
// (initiative.addLead, initiative.addPartner, milestone.create, milestone.moveForecast), so the
// initiative's history reads the same. A row's error is reported on the row's own field
// (milestones.2.baselineDate); every row is checked, and any error undoes the whole create.
import type { AuditInput } from "@/lib/audit/record";
import { can, type Actor, type Permission } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { FORECAST_AT_CREATION_REASON } from "@/lib/milestones/records";
import { insertMilestone, writeForecast } from "@/lib/milestones/writes";
import type { CreateInitiativeInput } from "../schemas";
import { assignLead, eligibleLeads } from "./leads";
import { linkPartner } from "./partners";

type FirstSteps = Pick<CreateInitiativeInput, "leadUserIds" | "partners" | "milestones">;

/**
 * Field errors of all rows, collected so that the form shows every problem at once. The checks
 * run before each write, so an error leaves the transaction usable for the next row; it is rolled
 * back as a whole at the end anyway.
 */
class RowErrors {
  private readonly fieldErrors: Record<string, string[]> = {};

  /** Runs `write`; an AppError with field errors is kept under `prefix` (milestones.2.baselineDate). */
  async collect<T>(prefix: string, write: () => Promise<T>): Promise<T | undefined> {
    try {
      return await write();
    } catch (e) {
      if (!(e instanceof AppError) || !e.details?.fieldErrors || e.details.current !== undefined) throw e;
      for (const [field, messages] of Object.entries(e.details.fieldErrors)) (this.fieldErrors[prefix ? `${prefix}.${field}` : field] ??= []).push(...messages);
      return undefined;
    }
  }

  throwIfAny() {
    if (Object.keys(this.fieldErrors).length > 0) throw new AppError("VALIDATION", "Some first steps are invalid.", { fieldErrors: this.fieldErrors });
  }
}

/**
 * What a department head may do on the initiative page, they may do here, and no more: leads need
 * initiative.assignLeads, partners initiative.update, milestones milestone.edit, each on the new
 * initiative's department (and, for milestones, its new leads).
 */
function assertMay(actor: Actor, departmentId: string, input: FirstSteps) {
  const needs: [boolean, Permission][] = [
    [input.leadUserIds.length > 0, "initiative.assignLeads"],
    [input.partners.some(Boolean), "initiative.update"],
    [input.milestones.some(Boolean), "milestone.edit"],
  ];
  for (const [needed, permission] of needs) {
    if (needed && !can(actor, permission, { departmentId, leadUserIds: input.leadUserIds })) throw new AppError("FORBIDDEN", "You may not do this.");
  }
}

export async function writeFirstSteps(tx: Tx, actor: Actor, initiative: { id: string; departmentId: string }, input: FirstSteps, audit: (e: AuditInput) => void) {
  assertMay(actor, initiative.departmentId, input);
  const errors = new RowErrors();
  const initiativeId = initiative.id;

  const leads = input.leadUserIds.length ? await errors.collect("", () => eligibleLeads(tx, input.leadUserIds, "leadUserIds")) : [];
  let leadUserIds: string[] = [];
  for (const lead of leads ?? []) leadUserIds = await assignLead(tx, initiativeId, lead, leadUserIds, audit, "leadUserIds");

  for (const [row, partner] of input.partners.entries()) {
    if (partner) await errors.collect(`partners.${row}`, () => linkPartner(tx, { initiativeId, ...partner }, audit));
  }

  for (const [row, m] of input.milestones.entries()) {
    if (!m) continue;
    const { forecastDate, ...milestone } = m;
    await errors.collect(`milestones.${row}`, async () => {
      const created = await insertMilestone(tx, actor.id, initiativeId, milestone);
      audit({ action: "milestone.create", entityType: "Milestone", entityId: created.id, initiativeId, after: created });
      // A forecast other than the baseline: as if it had been moved right after adding the milestone.
      if (forecastDate && forecastDate !== created.forecastDate) {
        const reason = FORECAST_AT_CREATION_REASON;
        const { after, entry } = await writeForecast(tx, actor.id, created, created.version, forecastDate, reason);
        audit({ action: "milestone.moveForecast", entityType: "Milestone", entityId: created.id, initiativeId, before: created, after: { ...after, reason, forecastEntryId: entry.id } });
      }
    });
  }
  errors.throwIfAny();
}
