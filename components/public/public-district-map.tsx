// The district map on the citizens' site: public initiatives only (lib/public/map-queries.ts),
// each district linking to its page, each marker to its initiative.
import { getTranslations } from "next-intl/server";
import { DistrictMap } from "@/components/map/district-map";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { DrawnMap } from "@/lib/map/render";

export async function PublicDistrictMap({ map, schematic, attribution, locale, current, withTable }: { map: DrawnMap | null; schematic: boolean; attribution: string; locale: Locale; current?: string; withTable?: boolean }) {
  if (!map) {
    const t = await getTranslations("districtMap");
    return <p className="mt-4 text-sm text-slate-700">{t("noMap")}</p>;
  }
  return (
    <DistrictMap
      map={map}
      id="dmap"
      audience="public"
      locale={locale}
      schematic={schematic}
      attribution={attribution}
      current={current}
      withTable={withTable}
      districtHref={(slug) => localePath(locale, `/districts/${slug}`)}
      markerHref={(slug) => localePath(locale, `/initiatives/${slug}`)}
    />
  );
}
