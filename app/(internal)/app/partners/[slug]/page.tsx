// One partner: its initiatives and roles with committed amounts, the milestones it is responsible
// for (baseline, forecast, completion, slip) and its punctuality. Every signed-in user may read it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartnerFigures } from "@/components/partners/partner-figures";
import { PartnerMilestonesTable } from "@/components/partners/partner-milestones-table";
import { PartnerRolesTable } from "@/components/partners/partner-roles-table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getPartnerReport } from "@/lib/partners/report-queries";

type Props = { params: Promise<{ slug: string }> };

export default async function PartnerPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/app/partners/${encodeURIComponent(slug)}`);
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const report = await getPartnerReport(await db(), user, slug);
  if (!report) notFound();
  const [t, tp] = await Promise.all([getTranslations("partnerView"), getTranslations("partners")]);
  const { partner } = report;
  return (
    <>
      <p className="text-sm">
        <Link href="/app/partners" className="text-brand-700 underline underline-offset-2">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">{partner.name}</h1>
      <p className="mt-1 text-slate-700">
        {tp(`kinds.${partner.kind}`)}
        {partner.website && (
          <>
            {" · "}
            <a href={partner.website} className="text-brand-700 underline underline-offset-2" rel="noopener noreferrer">{t("website", { name: partner.name })}</a>
          </>
        )}
      </p>
      {partner.description && <p className="mt-2 max-w-3xl whitespace-pre-line">{partner.description}</p>}
      <PartnerFigures totals={report.totals} />
      <section aria-labelledby="partner-roles-heading" className="mt-8">
        <h2 id="partner-roles-heading" className="text-xl font-semibold">{t("rolesHeading")}</h2>
        <PartnerRolesTable name={partner.name} rows={report.roles} />
      </section>
      <section aria-labelledby="partner-milestones-heading" className="mt-8">
        <h2 id="partner-milestones-heading" className="text-xl font-semibold">{t("milestonesHeading")}</h2>
        <PartnerMilestonesTable name={partner.name} rows={report.milestones} />
      </section>
    </>
  );
}
