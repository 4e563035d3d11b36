// The dashboard's district map: every current initiative counted, internal ones included (the
// citizens' map counts public ones only). Districts open the portfolio filtered by district.
import { getTranslations } from "@/lib/i18n/translations";
import { DistrictMap } from "@/components/map/district-map";
import type { Locale } from "@/lib/i18n/config";
import type { DrawnMap } from "@/lib/map/render";
import { DashboardSection } from "./dashboard-section";

export async function DistrictMapSection({ map, schematic, attribution, locale }: { map: DrawnMap | null; schematic: boolean; attribution: string; locale: Locale }) {
  if (!map) return null;
  const t = await getTranslations("districtMap");
  return (
    <DashboardSection id="district-map-heading" heading={t("heading")}>
      <DistrictMap
        map={map}
        id="imap"
        audience="internal"
        locale={locale}
        schematic={schematic}
        attribution={attribution}
        districtHref={(slug) => `/app/portfolio?district=${encodeURIComponent(slug)}`}
        markerHref={(code) => `/app/initiatives/${encodeURIComponent(code)}`}
      />
    </DashboardSection>
  );
}
