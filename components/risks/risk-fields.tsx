// The fields of a risk, for the create and the edit form on the initiative page: probability and
// impact as labelled 1–5 scales, an owner from the active users, and the status.
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import { optionsOf } from "@/components/ui/options";
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
      {(["probability", "impact"] as const).map((scale) => (
        <Field
          key={scale}
          name={scale}
          type="select"
          label={t(scale)}
          defaultValue={String(risk?.[scale] ?? 3)}
          options={optionsOf(LEVELS, (l) => t(`${scale}Level.${l}`))}
          required
        />
      ))}
      <Field name="mitigation" type="textarea" label={t("mitigation")} defaultValue={risk?.mitigation} wide />
      <Field name="ownerId" type="select" label={t("owner")} defaultValue={risk?.owner?.id ?? ""} options={ownerOptions} />
      <Field name="status" type="select" label={t("statusLabel")} defaultValue={risk?.status ?? "OPEN"} options={optionsOf(Object.values(RiskStatus), (s) => t(`status.${s}`))} required />
    </>
  );
}
