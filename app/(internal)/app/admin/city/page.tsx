// City and branding (admins): the city's name, site title, primary colour, imprint operator,
// contact address and logo. Saved through the action builder; the public pages follow at once.
import { getTranslations } from "next-intl/server";
import { CityLogoForm } from "@/components/admin/city/city-logo-form";
import { CitySettingsForm } from "@/components/admin/city/city-settings-form";
import { PageClientMessages } from "@/components/layout/client-messages";
import { PageHeading } from "@/components/layout/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { removeLogo, setLogo, updateCitySettings } from "@/lib/branding/actions";
import { readCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";

export default async function CitySettingsPage() {
  await requirePermission("citySettings.manage", "/app/admin/city");
  const brand = await readCityBrand(await db());
  const t = await getTranslations("citySettings");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {!brand.configured && <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("defaultsNote")}</p>}
      <PageClientMessages page="citySettings">
        <CitySettingsForm brand={brand} action={updateCitySettings} />
        <CityLogoForm brand={brand} upload={setLogo} remove={removeLogo} />
      </PageClientMessages>
    </>
  );
}
