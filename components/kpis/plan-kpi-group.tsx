// One group on the plan's KPI page: the masterplan's or one field of action's KPIs, each as the
// same card the initiative page shows (latest value, target, attainment, next due day; record,
// edit, delete for admins), and the form for a new one (not for an archived field). Panels stay
// open after saving, as on the plan setup screen. The server actions come in as props.
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/define-action";
import type { KpiRow } from "@/lib/kpis/queries";
import { CardList, CreateDisclosure } from "./create-disclosure";
import { KpiCard, type KpiCardActions } from "./kpi-card";
import { KpiDefinitionFields } from "./kpi-definition-fields";

export type PlanKpiActions = KpiCardActions & { create: (raw: unknown) => Promise<ActionResult<unknown>> };

export async function PlanKpiGroup({
  id,
  heading,
  owner,
  kpis,
  canDefine,
  canRecord,
  today,
  actions,
}: {
  id: string;
  heading: string;
  owner: { scope: "MASTERPLAN" | "FIELD_OF_ACTION"; id: string; label: string; archived?: boolean };
  kpis: KpiRow[];
  canDefine: boolean;
  canRecord: boolean;
  today: string;
  actions: PlanKpiActions;
}) {
  const [t, tk, tf] = await Promise.all([getTranslations("planKpis"), getTranslations("kpis"), getTranslations("forms")]);
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold text-brand-900">{heading}</h2>
      {owner.archived && <p className="mt-1 text-sm text-slate-700">{t("archivedNote")}</p>}
      <CardList
        items={kpis}
        empty={t("none")}
        emptyClassName="mt-2 text-slate-700"
        card={(kpi) => <KpiCard kpi={kpi} canDefine={canDefine} canRecord={canRecord} today={today} actions={actions} />}
      />
      {canDefine && !owner.archived && (
        <CreateDisclosure
          summary={t("new")}
          submitLabel={tf("create")}
          action={actions.create}
          schema="kpi.createForPlan"
          label={t("newLabel", { owner: owner.label })}
          booleans={["isPublic"]}
          successMessage={tk("created")}
        >
          <input type="hidden" name="scope" value={owner.scope} />
          <input type="hidden" name="ownerId" value={owner.id} />
          <KpiDefinitionFields />
        </CreateDisclosure>
      )}
    </section>
  );
}
