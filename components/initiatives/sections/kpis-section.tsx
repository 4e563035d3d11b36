// KPIs section of the internal initiative page: every KPI of the initiative with baseline → latest
// → target and its latest values; forms to record values (kpiMeasurement.record) and to define,
// edit or delete KPIs (kpi.define) appear only for those allowed; the actions check again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { KpiCard } from "@/components/kpis/kpi-card";
import { Disclosure } from "@/components/kpis/disclosure";
import { KpiDefinitionFields } from "@/components/kpis/kpi-definition-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { cityToday } from "@/lib/kpis/mutations";
import { listInitiativeKpis } from "@/lib/kpis/queries";
import { createKpiDefinition, deleteKpiDefinition, recordKpiMeasurement, updateKpiDefinition } from "@/lib/kpis/actions";

export type SectionProps = { initiativeId: string; viewer: SessionUser };

export async function KpisSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeKpis(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("kpis");
  const tf = await getTranslations("forms");
  const today = cityToday();
  return (
    <CollapsibleSection id="kpis" title={t("title")}>
      {data.kpis.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {data.kpis.map((kpi) => (
            <li key={kpi.id}>
              <KpiCard
                kpi={kpi}
                canDefine={data.canDefine}
                canRecord={data.canRecord}
                today={today}
                actions={{ record: recordKpiMeasurement, update: updateKpiDefinition, remove: deleteKpiDefinition }}
              />
            </li>
          ))}
        </ul>
      )}
      {data.canDefine && (
        <Disclosure summary={t("new")} className="mt-4">
          <ActionForm action={createKpiDefinition} schema="kpi.create" label={t("newLabel")} booleans={["isPublic"]} resetOnSuccess successMessage={t("created")} className="grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="initiativeId" value={initiativeId} />
            <KpiDefinitionFields />
            <div className="sm:col-span-2">
              <SubmitButton>{tf("create")}</SubmitButton>
            </div>
          </ActionForm>
        </Disclosure>
      )}
    </CollapsibleSection>
  );
}
