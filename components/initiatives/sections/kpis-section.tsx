// KPIs section of the internal initiative page: every KPI of the initiative with baseline → latest
// → target and its latest values; forms to record values (kpiMeasurement.record) and to define,
// edit or delete KPIs (kpi.define) appear only for those allowed; the actions check again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { KpiCard } from "@/components/kpis/kpi-card";
import { CardList, CreateDisclosure } from "@/components/kpis/create-disclosure";
import { KpiDefinitionFields } from "@/components/kpis/kpi-definition-fields";
import { db } from "@/lib/db/client";
import { cityToday } from "@/lib/kpis/mutations";
import { listInitiativeKpis } from "@/lib/kpis/queries";
import { createKpiDefinition, deleteKpiDefinition, recordKpiMeasurement, updateKpiDefinition } from "@/lib/kpis/actions";
import type { SectionProps } from "./section-props";

export async function KpisSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeKpis(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("kpis");
  const tf = await getTranslations("forms");
  const today = cityToday();
  return (
    <CollapsibleSection id="kpis" title={t("title")}>
      <CardList
        items={data.kpis}
        empty={t("empty")}
        card={(kpi) => (
          <KpiCard
            kpi={kpi}
            canDefine={data.canDefine}
            canRecord={data.canRecord}
            partners={data.partners}
            today={today}
            actions={{ record: recordKpiMeasurement, update: updateKpiDefinition, remove: deleteKpiDefinition }}
          />
        )}
      />
      {data.canDefine && (
        <CreateDisclosure summary={t("new")} submitLabel={tf("create")} action={createKpiDefinition} schema="kpi.create" label={t("newLabel")} booleans={["isPublic"]} successMessage={t("created")}>
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <KpiDefinitionFields partners={data.partners} />
        </CreateDisclosure>
      )}
    </CollapsibleSection>
  );
}
