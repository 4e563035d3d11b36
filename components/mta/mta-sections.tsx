// The parts the trend-analysis pages of an initiative and of a field of action share: a section
// named by its h2, the trend chart with how to read it, and the slip per responsible partner.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SlipSummary } from "@/lib/mta/queries";
import { SlipSummaryTable } from "./slip-tables";
import { TrendFigure } from "./trend-figure";

export function MtaSection({ id, heading, className = "mt-8", children }: { id: string; heading: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">{heading}</h2>
      {children}
    </section>
  );
}

/** The trend chart below the notes on how to read it. */
export async function TrendChart(props: Omit<Parameters<typeof TrendFigure>[0], "id">) {
  const t = await getTranslations("mta");
  return (
    <>
      <p className="mt-2 max-w-3xl">{t("howToRead")}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("reportDatesNote")}</p>
      <div className="mt-4">
        <TrendFigure id="mta-chart" {...props} />
      </div>
    </>
  );
}

export async function PartnerSlipSection({ partners }: { partners: { partner: { name: string; slug: string } | null; summary: SlipSummary }[] }) {
  const t = await getTranslations("mta");
  return (
    <MtaSection id="mta-partner-heading" heading={t("partnerHeading")}>
      <SlipSummaryTable
        caption={t("partnerHeading")}
        groupLabel={t("partner")}
        rows={partners.map((p) => ({ key: p.partner?.slug ?? "-", name: p.partner?.name ?? t("noPartner"), summary: p.summary }))}
      />
    </MtaSection>
  );
}
