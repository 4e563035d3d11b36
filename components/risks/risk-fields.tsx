// The fields of a risk, for the create and the edit form on the initiative page: probability and
// impact as labelled 1–5 scales, an owner from the active users, and the status.
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import { RiskStatus } from "@/lib/generated/prisma/enums";
import type { RiskRow } from "@/lib/risks/queries";

const LEVELS = ["1", "2", "3", "4", "5"] as const;

export async function RiskFields({ risk, owners }: { risk?: RiskRow; owners: { id: string; name: string }[] }) {
  const t = await getTranslations("risks");
  const ownerOptions = [{ value: "", label: t("noOwnerOption") }, ...owners.map((o) => ({ value: o.id, label: o.name }))];
  // An owner who has left since stays selectable on their risk, so saving does not drop them silently.
  if (risk?.owner && !owners.some((o) => o.id === risk.owner!.id)) ownerOptions.push({ value: risk.owner.id, label: risk.owner.name });
  return (
    <>
      <Field name="title" label={t("titleField")} defaultValue={risk?.title} required wide />
      <Field name="description" type="textarea" label={t("description")} defaultValue={risk?.description} wide />
      <Field
        name="probability"
        type="select"
        label={t("probability")}
        defaultValue={String(risk?.probability ?? 3)}
        options={LEVELS.map((l) => ({ value: l, label: t(`probabilityLevel.${l}`) }))}
        required
      />
      <Field
        name="impact"
        type="select"
        label={t("impact")}
        defaultValue={String(risk?.impact ?? 3)}
        options={LEVELS.map((l) => ({ value: l, label: t(`impactLevel.${l}`) }))}
        required
      />
      <Field name="mitigation" type="textarea" label={t("mitigation")} defaultValue={risk?.mitigation} wide />
      <Field name="ownerId" type="select" label={t("owner")} defaultValue={risk?.owner?.id ?? ""} options={ownerOptions} />
      <Field
        name="status"
        type="select"
        label={t("statusLabel")}
        defaultValue={risk?.status ?? "OPEN"}
        options={Object.values(RiskStatus).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        required
      />
    </>
  );
}
