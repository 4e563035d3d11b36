// The first steps of a new initiative, set in the creating form and written in its transaction:
// project leads, partners with their role, and the first milestones. The same rules and audit
// events as when each is added on the initiative page afterwards (initiative.addLead,
// initiative.addPartner, milestone.create), so the initiative's history reads the same.
import type { AuditInput } from "@/lib/audit/record";
import type { Actor } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { dateValue } from "@/lib/milestones/dates";
import { assertNotBeforePlanStart, getMilestone, INITIAL_PLAN_REASON } from "@/lib/milestones/records";
import type { CreateInitiativeInput } from "../schemas";
import { LEAD_ROLES } from "./leads";

type FirstSteps = Pick<CreateInitiativeInput, "leadUserIds" | "partners" | "milestones">;

export async function writeFirstSteps(tx: Tx, actor: Actor, initiativeId: string, input: FirstSteps, audit: (e: AuditInput) => void) {
  if (input.leadUserIds.length) {
    const users = await tx.user.findMany({ where: { id: { in: input.leadUserIds } }, select: { id: true, name: true, role: true, departmentId: true, active: true } });
    if (users.length !== input.leadUserIds.length || users.some((u) => !u.active || !LEAD_ROLES.includes(u.role))) {
      throw new AppError("VALIDATION", "Only active project leads and department heads can lead an initiative.", { fieldErrors: { leadUserIds: ["#initiatives.errors.leadRole"] } });
    }
    await tx.initiativeLead.createMany({ data: users.map((u) => ({ initiativeId, userId: u.id })) });
    const leadUserIds: string[] = [];
    for (const { active: _a, ...lead } of users) {
      audit({ action: "initiative.addLead", entityType: "InitiativeLead", entityId: lead.id, initiativeId, before: { leadUserIds: [...leadUserIds] }, after: { lead, leadUserIds: [...leadUserIds, lead.id] } });
      leadUserIds.push(lead.id);
    }
  }

  const partners = input.partners.flatMap((p, row) => (p ? [{ ...p, row }] : []));
  if (partners.length) {
    const known = new Set((await tx.partner.findMany({ where: { id: { in: partners.map((p) => p.partnerId) } }, select: { id: true } })).map((p) => p.id));
    const seen = new Set<string>();
    for (const p of partners) {
      if (!known.has(p.partnerId)) throw new AppError("VALIDATION", "Unknown partner.", { fieldErrors: { [`partners.${p.row}.partnerId`]: ["#validation.choice"] } });
      const key = `${p.partnerId}/${p.role}`;
      if (seen.has(key)) throw new AppError("VALIDATION", "The partner already has this role.", { fieldErrors: { [`partners.${p.row}.role`]: ["#initiatives.errors.partnerLinked"] } });
      seen.add(key);
      const link = await tx.initiativePartner.create({ data: { initiativeId, partnerId: p.partnerId, role: p.role }, select: { id: true, initiativeId: true, partnerId: true, role: true, partner: { select: { name: true } } } });
      audit({ action: "initiative.addPartner", entityType: "InitiativePartner", entityId: link.id, initiativeId, after: link });
    }
  }

  let order = 0;
  for (const [row, m] of input.milestones.entries()) {
    if (!m) continue;
    try {
      await assertNotBeforePlanStart(tx, initiativeId, m.baselineDate, "baselineDate");
    } catch (e) {
      // The same rule, its error on the row's own field.
      if (e instanceof AppError) throw new AppError("VALIDATION", e.message, { fieldErrors: { [`milestones.${row}.baselineDate`]: ["#milestones.errors.beforePlanStart"] } });
      throw e;
    }
    const baselineDate = dateValue(m.baselineDate);
    const { id } = await tx.milestone.create({
      data: { initiativeId, code: m.code, title: m.title, sortOrder: ++order, baselineDate, forecastDate: baselineDate },
      select: { id: true },
    });
    // The forecast history starts with the plan itself, as for a milestone added later.
    await tx.milestoneForecast.create({ data: { milestoneId: id, forecastDate: baselineDate, reason: INITIAL_PLAN_REASON, reportedById: actor.id } });
    audit({ action: "milestone.create", entityType: "Milestone", entityId: id, initiativeId, after: await getMilestone(tx, id) });
  }
}
