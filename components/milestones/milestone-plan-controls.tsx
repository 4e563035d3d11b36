// Changing one milestone's plan: its place in the list (up / down), its title, description,
// weight, responsible partner and visibility, and deleting it while it is not done.
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import type { MilestoneItem } from "@/lib/milestones/queries";
import { MilestonePlanFields } from "./milestone-plan-fields";
import type { MilestoneActions, PartnerOption } from "./types";


export async function MilestoneOrderControls({ m, first, last, action }: { m: MilestoneItem; first: boolean; last: boolean; action: MilestoneActions["reorder"] }) {
  const t = await getTranslations("milestones");
  if (first && last) return null;
  return (
    <div role="group" aria-label={t("order", { title: m.title })} className="flex flex-wrap items-start gap-2">
      {(["up", "down"] as const)
        .filter((direction) => (direction === "up" ? !first : !last))
        .map((direction) => (
          <ActionForm key={direction} action={action} label={t(direction === "up" ? "moveUpLabel" : "moveDownLabel", { title: m.title })} successMessage={t("reorderedMessage")}>
            <RowIds row={m} />
            <input type="hidden" name="direction" value={direction} />
            <SubmitButton variant="secondary">
              <span aria-hidden="true">{direction === "up" ? "↑ " : "↓ "}</span>
              {t(direction === "up" ? "moveUp" : "moveDown")}
            </SubmitButton>
          </ActionForm>
        ))}
    </div>
  );
}

export async function MilestoneEditControls({ m, partners, actions }: { m: MilestoneItem; partners: PartnerOption[]; actions: MilestoneActions }) {
  const t = await getTranslations("milestones");
  const tf = await getTranslations("forms");
  return (
    <details className="w-full">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline underline-offset-2">{t("edit")}</summary>
      <div className="mt-2 rounded border border-slate-200 bg-slate-50 p-3">
        <ActionForm action={actions.edit} schema="milestone.update" label={t("editLabel", { title: m.title })} booleans={["isPublic"]} className="grid max-w-2xl gap-3 sm:grid-cols-2">
          <RowIds row={m} />
          <MilestonePlanFields values={m} partners={partners} />
          <p className="text-sm text-slate-700 sm:col-span-2">{t("datesHint")}</p>
          <div className="sm:col-span-2">
            <SubmitButton>{tf("save")}</SubmitButton>
          </div>
        </ActionForm>
        {m.completedDate ? (
          <p className="mt-3 text-sm text-slate-700">{t("cannotDeleteDone")}</p>
        ) : (
          <DeleteForm action={actions.remove} label={t("deleteLabel", { title: m.title })} successMessage={t("deletedMessage")} className="mt-3" row={m}>{t("delete")}</DeleteForm>
        )}
      </div>
    </details>
  );
}
