// The partner contact's page (/app/partner): the milestones and KPIs their partner is responsible
// for on the initiatives they are assigned to, with "done", "move forecast" and "record a value"
// inline. Nothing else of the initiative (lib/partner-work/queries.ts).
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { PartnerInitiativeSection } from "@/components/partner-work/partner-initiative";
import { requirePermission } from "@/lib/auth/session";
import { cityToday } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { recordKpiMeasurement } from "@/lib/kpis/actions";
import { completeMilestone, moveForecast, reopenMilestone } from "@/lib/milestones/actions";
import { getPartnerWork } from "@/lib/partner-work/queries";

const actions = { milestone: { complete: completeMilestone, reopen: reopenMilestone, moveForecast }, record: recordKpiMeasurement };

export default async function PartnerWorkPage() {
  const user = await requirePermission("partnerWork.read", "/app/partner");
  const [work, t] = await Promise.all([getPartnerWork(await db(), user), getTranslations("partnerWork")]);
  const today = cityToday();
  return (
    <>
      <PageHeading title={t("title")} intro={work.partnerName ? t("intro", { partner: work.partnerName }) : t("noPartner")} />
      {work.initiatives.length === 0 ? (
        <p className="mt-4">{t("nothingAssigned")}</p>
      ) : (
        work.initiatives.map((i) => <PartnerInitiativeSection key={i.id} initiative={i} today={today} actions={actions} />)
      )}
    </>
  );
}
