// The fields a milestone's plan consists of (title, description, weight, responsible partner,
// public flag), shared by the add and the edit form. Dates are not among them: the baseline is set
// once when adding, the forecast moves only with a reason.
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import type { PartnerOption } from "./types";

export type PlanValues = {
  title: string;
  description: string;
  titleEn?: string | null;
  descriptionEn?: string | null;
  weight: number;
  responsiblePartnerId: string | null;
  isPublic: boolean;
};

export async function MilestonePlanFields({ values, partners }: { values?: PlanValues; partners: PartnerOption[] }) {
  const t = await getTranslations("milestones");
  const tEn = await getTranslations("contentEnglish");
  return (
    <>
      <Field name="title" label={t("title")} defaultValue={values?.title} required wide />
      <Field name="description" type="textarea" label={t("description")} defaultValue={values?.description} wide />
      <Field name="titleEn" label={tEn("title")} hint={tEn("hint")} defaultValue={values?.titleEn ?? ""} wide />
      <Field name="descriptionEn" type="textarea" label={tEn("description")} defaultValue={values?.descriptionEn ?? ""} wide />
      <Field name="weight" type="number" label={t("weight")} hint={t("weightHint")} defaultValue={values?.weight ?? 1} min={1} max={10} required />
      <Field
        name="responsiblePartnerId"
        type="select"
        label={t("responsiblePartner")}
        defaultValue={values?.responsiblePartnerId ?? ""}
        options={[{ value: "", label: t("noPartner") }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <Field name="isPublic" type="checkbox" label={t("isPublic")} defaultValue={values?.isPublic ?? true} wide />
    </>
  );
}
