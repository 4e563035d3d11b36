// "Kennzahlen des Masterplans": the masterplan's own KPIs and each field of action's (in the fields'
// order; archived fields only while they have KPIs), for everyone signed in; admins define them and
// record their values here (the actions check again against the loaded KPI).
import { getTranslations } from "next-intl/server";
import { PlanKpiGroup, type PlanKpiActions } from "@/components/kpis/plan-kpi-group";
import { requireUser } from "@/lib/auth/session";
import { cityToday } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { listPlanKpis } from "@/lib/kpis/queries";
import { createPlanKpiDefinition, deleteKpiDefinition, recordKpiMeasurement, updateKpiDefinition } from "@/lib/kpis/actions";
import { PageHeading } from "@/components/layout/page-heading";

export const dynamic = "force-dynamic";

const actions: PlanKpiActions = {
  create: createPlanKpiDefinition,
  update: updateKpiDefinition,
  remove: deleteKpiDefinition,
  record: recordKpiMeasurement,
};

export default async function PlanKpisPage() {
  const viewer = await requireUser("/app/kpis/plan");
  const data = await listPlanKpis(await db(), viewer);
  const [t, td] = await Promise.all([getTranslations("planKpis"), getTranslations("dashboard.kpis")]);
  const today = cityToday();
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{td("rule")}</p>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("dueRule")}</p>
      {!data ? (
        <p className="mt-6">{t("noMasterplan")}</p>
      ) : (
        <>
          <PlanKpiGroup
            id="kpis-masterplan"
            heading={t("masterplanGroup", { title: data.masterplan.title })}
            owner={{ scope: "MASTERPLAN", id: data.masterplan.id, label: data.masterplan.title }}
            kpis={data.masterplan.kpis}
            canDefine={data.canDefine}
            canRecord={data.canRecord}
            today={today}
            actions={actions}
          />
          {data.fields.map((f) => (
            <PlanKpiGroup
              key={f.id}
              id={`kpis-field-${f.code}`}
              heading={`${t("fieldGroup", { code: f.code, title: f.title })}${f.archived ? ` (${t("archived")})` : ""}`}
              owner={{ scope: "FIELD_OF_ACTION", id: f.id, label: f.code, archived: f.archived }}
              kpis={f.kpis}
              canDefine={data.canDefine}
              canRecord={data.canRecord}
              today={today}
              actions={actions}
            />
          ))}
        </>
      )}
    </>
  );
}
