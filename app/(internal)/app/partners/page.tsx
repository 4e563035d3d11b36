// Partners at a glance: every partner with its initiatives, committed funds and the punctuality of
// the milestones it is responsible for. Every signed-in user may read it; editing is /app/admin/partners.
import { getTranslations } from "next-intl/server";
import { PartnerSummaryTable } from "@/components/partners/partner-summary-table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listPartnerSummaries } from "@/lib/partners/report-queries";
import { PageHeading } from "@/components/layout/page-heading";

export default async function PartnersPage() {
  const user = await requireUser("/app/partners");
  const rows = await listPartnerSummaries(await db(), user);
  const t = await getTranslations("partnerView");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("punctualityRule")}</p>
      {rows.length === 0 ? <p className="mt-6">{t("empty")}</p> : <PartnerSummaryTable rows={rows} />}
    </>
  );
}
