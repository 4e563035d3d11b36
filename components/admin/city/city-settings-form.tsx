// The city's name, site title, primary colour, imprint operator and contact address in one form.
// The form checks the colour's contrast with the action's own schema before sending, so the ratio
// and a darker suggestion appear at once; the server checks again.
import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";
import type { CityBrand } from "@/lib/branding/queries";

type Action = (raw: unknown) => Promise<ActionResult<unknown>>;

export async function CitySettingsForm({ brand, action }: { brand: CityBrand; action: Action }) {
  const t = await getTranslations("citySettings");
  return (
    <ActionForm action={action} schema="citySettings.update" label={t("formLabel")} className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-2">
      <input type="hidden" name="version" value={brand.version} />
      <Field name="cityName" label={t("cityName")} hint={t("cityNameHint")} defaultValue={brand.cityName} required />
      <Field name="siteTitle" label={t("siteTitle")} hint={t("siteTitleHint")} defaultValue={brand.siteTitle} required />
      <Field name="primaryColor" label={t("primaryColor")} hint={t("primaryColorHint")} defaultValue={brand.primaryColor} wide />
      <Field name="imprintOperator" label={t("imprintOperator")} defaultValue={brand.imprintOperator} />
      <Field name="contactEmail" type="email" label={t("contactEmail")} defaultValue={brand.contactEmail} autoComplete="off" />
      <div className="sm:col-span-2">
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
