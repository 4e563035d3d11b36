// Milestone trend analysis of a field of action (Handlungsfeld): slip per initiative and per
// responsible partner over all its milestones, and the trend chart of its most slipped milestones.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MtaSection, PartnerSlipSection, TrendChart } from "@/components/mta/mta-sections";
import { SlipSummaryTable } from "@/components/mta/slip-tables";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getFieldMta } from "@/lib/mta/queries";

type Props = { params: Promise<{ code: string }> };

export default async function FieldMtaPage({ params }: Props) {
  const { code } = await params;
  const user = await requireUser(`/app/fields/${encodeURIComponent(code)}/mta`);
  if (!/^[A-Z0-9]{1,12}$/.test(code)) notFound();
  const mta = await getFieldMta(await db(), user, code);
  if (!mta) notFound();
  const t = await getTranslations("mta");
  const { field } = mta;
  const link = "text-brand-700 underline underline-offset-2";
  return (
    <>
      <p className="text-sm print:hidden">
        <Link href={`/app/roadmap?field=${field.code}`} className={link}>{t("roadmapLink", { field: field.title })}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">{t("fieldTitle", { field: field.title })}</h1>
      <p className="mt-2 max-w-3xl text-sm">{t("slipDefinition")}</p>
      <MtaSection id="mta-initiatives-heading" heading={t("initiativeHeading")} className="mt-6">
        <SlipSummaryTable
          caption={t("initiativeHeading")}
          groupLabel={t("initiative")}
          rows={mta.initiatives.map((i) => ({
            key: i.code,
            name: (
              <Link href={`/app/initiatives/${i.code}/mta`} className={link}>
                <span className="font-mono">{i.code}</span> {i.title}
              </Link>
            ),
            summary: i.summary,
          }))}
        />
      </MtaSection>
      <PartnerSlipSection partners={mta.partners} />
      <MtaSection id="mta-chart-heading" heading={t("chartHeading")}>
        {mta.chart ? (
          <>
            <p className="mt-2 max-w-3xl">{t("topNote", { count: mta.topMilestones.length, limit: mta.limit })}</p>
            <TrendChart
              title={t("fieldChartTitle", { count: mta.topMilestones.length, field: field.title })}
              description={t("chartDescription", { count: mta.topMilestones.length })}
              chart={mta.chart}
              names={mta.topMilestones.map((m) => `${m.initiativeCode} · ${m.title}`)}
              today={mta.today}
            />
          </>
        ) : (
          <p className="mt-2">{t("noSlipped")}</p>
        )}
      </MtaSection>
    </>
  );
}
