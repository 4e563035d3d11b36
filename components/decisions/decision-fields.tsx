"use client";
// The fields of a council decision, for recording one (on an initiative, on /app/decisions) and
// for an admin's edit.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/action-form";
import { DecisionOutcome } from "@/lib/generated/prisma/enums";

export type DecisionDefaults = { body: string; number: string; decidedOn: string; title: string; titleEn: string | null; outcome: string; isPublic: boolean };

export function DecisionFields({ decision }: { decision?: DecisionDefaults }) {
  const t = useTranslations("decisions");
  return (
    <>
      <Field name="body" label={t("body")} hint={t("bodyHint")} defaultValue={decision?.body ?? "Rat"} required />
      <Field name="number" label={t("number")} defaultValue={decision?.number} required />
      <Field name="decidedOn" label={t("decidedOn")} type="date" defaultValue={decision?.decidedOn} required />
      <Field
        name="outcome"
        label={t("outcomeLabel")}
        type="select"
        defaultValue={decision?.outcome ?? "ADOPTED"}
        options={Object.values(DecisionOutcome).map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        required
      />
      <Field name="title" label={t("titleField")} defaultValue={decision?.title} required wide />
      <Field name="titleEn" label={t("titleEn")} defaultValue={decision?.titleEn} wide />
      <Field name="isPublic" label={t("isPublic")} type="checkbox" defaultValue={decision?.isPublic ?? false} wide />
    </>
  );
}
