// Milestones section of the internal initiative page: every milestone in order with its dates,
// slip, overdue flag and forecast history; edit controls only for those the policy lets edit
// (the server actions check again).
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { AddMilestoneForm } from "@/components/milestones/add-milestone-form";
import { MilestoneRow } from "@/components/milestones/milestone-row";
import type { MilestoneActions } from "@/components/milestones/types";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { listMilestonesForViewer } from "@/lib/milestones/queries";
import {
  addMilestone,
  completeMilestone,
  deleteMilestone,
  editMilestone,
  moveForecast,
  reopenMilestone,
  reorderMilestone,
} from "@/lib/milestones/actions";
import type { SectionProps } from "./section-props";

const actions: MilestoneActions = {
  add: addMilestone,
  edit: editMilestone,
  reorder: reorderMilestone,
  remove: deleteMilestone,
  complete: completeMilestone,
  reopen: reopenMilestone,
  moveForecast,
};

export async function MilestonesSection({ initiativeId, viewer }: SectionProps) {
  const listing = await listMilestonesForViewer(await db(), viewer, initiativeId);
  if (!listing) return null;
  const t = await getTranslations("milestones");
  const { milestones, partners, facts, today } = listing;
  const edit = can(viewer, "milestone.edit", facts) ? { actions, partners } : undefined;
  return (
    <CollapsibleSection id="milestones" title={t("heading")}>
      {milestones.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {milestones.map((m, i) => (
            <MilestoneRow key={m.id} m={m} position={i + 1} last={i === milestones.length - 1} today={today} edit={edit} />
          ))}
        </ol>
      )}
      {edit && <AddMilestoneForm initiativeId={initiativeId} action={actions.add} partners={partners} />}
    </CollapsibleSection>
  );
}
