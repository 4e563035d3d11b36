// The district map (admins): upload the districts' outlines as GeoJSON, and see the map as the
// dashboard draws it (every initiative counted).
import { getLocale, getTranslations } from "next-intl/server";
import { DistrictMapForm } from "@/components/admin/map/district-map-form";
import { PageHeading } from "@/components/layout/page-heading";
import { DistrictMap } from "@/components/map/district-map";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { uploadDistrictMap } from "@/lib/map/actions";
import { loadInternalDistrictMap } from "@/lib/map/queries";
import { drawDistrictMap } from "@/lib/map/render";

export default async function DistrictMapAdminPage() {
  const user = await requirePermission("structure.manage", "/app/admin/map");
  const data = await loadInternalDistrictMap(await db(), user);
  const t = await getTranslations("mapAdmin");
  const locale = await getLocale();
  const map = drawDistrictMap(data.districts, data.locations);
  const raw = (key: string) => t.raw(key) as string;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-2 text-sm">{t("current", { count: data.districts.filter((d) => d.geometry).length })}</p>
      <DistrictMapForm
        upload={uploadDistrictMap}
        defaults={{ nameProperty: data.settings?.nameProperty ?? "name", schematic: data.schematic, attribution: data.attribution }}
        labels={{
          file: t("file"),
          text: t("text"),
          nameProperty: t("nameProperty"),
          schematic: t("schematic"),
          attribution: t("attribution"),
          submit: t("submit"),
          chooseFirst: t("chooseFirst"),
          savedTemplate: raw("saved"),
          missingTemplate: raw("missing"),
        }}
      />
      {map && (
        <section aria-labelledby="map-preview" className="mt-10">
          <h2 id="map-preview" className="text-xl font-semibold">{t("preview")}</h2>
          <DistrictMap
            map={map}
            id="amap"
            audience="internal"
            locale={isLocale(locale) ? locale : "de"}
            schematic={data.schematic}
            attribution={data.attribution}
            districtHref={(slug) => `/app/portfolio?district=${encodeURIComponent(slug)}`}
            markerHref={(code) => `/app/initiatives/${encodeURIComponent(code)}`}
          />
        </section>
      )}
    </>
  );
}
