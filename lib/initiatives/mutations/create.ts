// Creating an initiative (Vorhaben), with its districts and, from the same form, its first project
// leads, partners and milestones (first-steps.ts), all in one transaction. The policy is checked
// against the department chosen in the form, so a department head can only create initiatives in
// their own department. The slug is derived from the title once and stays, so public links keep
// working when the title changes.
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { createInitiativeInput, firstFreeSlug, initiativeSlug } from "../schemas";
import { writeFirstSteps } from "./first-steps";
import { assertCodeFree, assertReferencesExist, initiativeSnapshot, syncDistricts, toDate } from "./shared";

/** A slug no other initiative has: the title's slug, else with -2, -3 … appended. */
export async function uniqueInitiativeSlug(tx: Tx, title: string): Promise<string> {
  const base = initiativeSlug(title);
  const taken = await tx.initiative.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((t) => t.slug),
  );
}

export const createInitiativeAction = defineAction({
  name: "initiative.create",
  input: createInitiativeInput,
  permission: "initiative.create",
  // Nothing exists yet: the facts are the department the initiative is to belong to.
  load: async (_tx, input) => ({ departmentId: input.departmentId }),
  run: async ({ tx, input, actor, audit }) => {
    await assertReferencesExist(tx, input);
    await assertCodeFree(tx, input.code);
    const { districtIds, plannedStart, plannedEnd, healthReason, leadUserIds, partners, milestones, ...data } = input;
    // A new public initiative is a publication request while PUBLISH_REVIEW is on: created internal.
    const ask = data.visibility === "PUBLIC" && publishReviewOn();
    const created = await tx.initiative.create({
      data: {
        ...data,
        ...(ask ? { visibility: "INTERNAL" as const } : {}),
        healthReason: input.health === "ON_TRACK" ? null : healthReason,
        slug: await uniqueInitiativeSlug(tx, input.title),
        plannedStart: toDate(plannedStart),
        plannedEnd: toDate(plannedEnd),
      },
      select: { id: true },
    });
    await syncDistricts(tx, created.id, districtIds);
    const after = (await initiativeSnapshot(tx, created.id))!;
    audit({ action: "initiative.create", entityType: "Initiative", entityId: created.id, initiativeId: created.id, after });
    // Leads, partners and first milestones from the same form; any error undoes the whole create.
    await writeFirstSteps(tx, actor, { id: created.id, departmentId: input.departmentId }, { leadUserIds, partners, milestones }, audit);
    // Asked after the first steps, so the preview shows the milestones and partners too.
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "INITIATIVE", created.id)) } : after;
  },
});
