// Milestone trend analysis (Meilensteintrendanalyse) of one initiative: the triangular chart with
// its table of forecasts per report date, the slip of each milestone and per responsible partner.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MtaSection, PartnerSlipSection, TrendChart } from "@/components/mta/mta-sections";
import { MilestoneSlipTable } from "@/components/mta/slip-tables";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getInitiativeMta } from "@/lib/mta/queries";

type Props = { params: Promise<{ code: string }> };

export default async function InitiativeMtaPage({ params }: Props) {
  const { code } = await params;
  const user = await requireUser(`/app/initiatives/${encodeURIComponent(code)}/mta`);
  if (!/^[A-Z0-9-]{1,20}$/.test(code)) notFound();
  const mta = await getInitiativeMta(await db(), user, code);
  if (!mta) notFound();
  const t = await getTranslations("mta");
  const { initiative } = mta;
  return (
    <>
      <p className="text-sm print:hidden">
        <Link href={`/app/initiatives/${initiative.code}`} className="text-brand-700 underline underline-offset-2">{t("backToInitiative", { code: initiative.code })}</Link>
        {" · "}
        <Link href={`/app/fields/${initiative.fieldOfAction.code}/mta`} className="text-brand-700 underline underline-offset-2">
          {t("fieldLink", { field: initiative.fieldOfAction.title })}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">
        {t("initiativeTitle")}: <span className="font-mono text-lg text-slate-700">{initiative.code}</span> {initiative.title}
      </h1>
      {mta.milestones.length === 0 ? (
        <p className="mt-4">{t("noMilestones")}</p>
      ) : (
        <>
          <MtaSection id="mta-chart-heading" heading={t("chartHeading")} className="mt-6">
            <TrendChart
              title={t("chartTitle", { code: initiative.code })}
              description={t("chartDescription", { count: mta.milestones.length })}
              chart={mta.chart}
              names={mta.milestones.map((m) => m.title)}
              today={mta.today}
            />
          </MtaSection>
          <MtaSection id="mta-slip-heading" heading={t("slipHeading")}>
            <p className="mt-2 max-w-3xl text-sm">{t("slipDefinition")}</p>
            <MilestoneSlipTable milestones={mta.milestones} caption={t("slipHeading")} />
          </MtaSection>
          <PartnerSlipSection partners={mta.partners} />
        </>
      )}
    </>
  );
}
