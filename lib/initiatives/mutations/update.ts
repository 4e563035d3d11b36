// Editing an initiative's master data (Stammdaten), version-checked. Status, health and
// visibility may be sent too (the API edits the whole record); the grouped forms leave them out.
import { defineAction } from "@/lib/actions/define-action";
import { can } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors/app-error";
import { publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { updateInitiativeInput } from "../schemas";
import { checkedHealthReason } from "./health-check";
import { assertCodeFree, assertReferencesExist, initiativeSnapshot, loadInitiative, syncDistricts, toDate, updateInitiativeRow } from "./shared";

export const updateInitiativeAction = defineAction({
  name: "initiative.update",
  input: updateInitiativeInput,
  permission: "initiative.update",
  // The builder checks the permission against the initiative as stored, i.e. its current department.
  load: (tx, input) => loadInitiative(tx, input.id),
  run: async ({ tx, input, actor, resource, audit }) => {
    const before = resource.snapshot;
    // Moving an initiative hands it to another department, so the actor needs the permission on
    // both sides. The builder checked the old department (nobody takes over another department's
    // initiative); the new one is checked here (nobody pushes an initiative into a department they
    // do not run). The policy table has no "both departments" condition, hence the check in `run`.
    if (input.departmentId !== before.departmentId && !can(actor, "initiative.update", { departmentId: input.departmentId })) {
      throw new AppError("FORBIDDEN", "You may not move initiatives into this department.", {
        fieldErrors: { departmentId: ["#initiatives.errors.departmentForbidden"] },
      });
    }
    await assertReferencesExist(tx, input, before);
    await assertCodeFree(tx, input.code, input.id);

    const { id, version, districtIds, plannedStart, plannedEnd, actualStart, actualEnd, health, healthReason, visibility: wanted, ...rest } = input;
    // Making it public is a publication request while PUBLISH_REVIEW is on (lib/publish/gate.ts).
    const ask = wanted === "PUBLIC" && before.visibility !== "PUBLIC" && publishReviewOn();
    const visibility = ask ? before.visibility : wanted;
    // Only a health that is sent is checked: editing master data does not re-open the health.
    const checkedReason = health ? await checkedHealthReason(tx, id, { status: input.status ?? before.status, health, healthReason }) : undefined;
    await updateInitiativeRow(tx, id, version, {
      ...rest,
      ...(visibility ? { visibility } : {}),
      plannedStart: toDate(plannedStart),
      plannedEnd: toDate(plannedEnd),
      actualStart: toDate(actualStart),
      actualEnd: toDate(actualEnd),
      ...(health ? { health, healthReason: checkedReason ?? null } : {}),
    });
    await syncDistricts(tx, id, districtIds);
    const after = (await initiativeSnapshot(tx, id))!;
    audit({ action: "initiative.update", entityType: "Initiative", entityId: id, initiativeId: id, before, after });
    return ask ? { ...after, ...(await requestPublication({ tx, actor, audit }, "INITIATIVE", id)) } : after;
  },
});
