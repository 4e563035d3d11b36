// /partners/<slug>: one partner with kind, website, description and its public initiatives with
// its roles in them (never committed amounts: those are internal planning figures).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { Pagination } from "@/components/public/list/pagination";
import { ResultCount } from "@/components/public/list/result-count";
import { BackLink, DetailTitle, PageSection } from "@/components/public/page-head";
import { detailPage, publicMetadata, type SlugPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicPartner } from "@/lib/public/partner-queries";
import { Localized } from "@/components/public/localized";
import { contentText } from "@/lib/i18n/content";

export const dynamic = "force-dynamic";

const detail = detailPage(async (slug, page) => loadPublicPartner(await db(), slug, page), { paged: true });

export const generateMetadata = detail.metadata(async (partner, locale): Promise<Metadata> =>
  publicMetadata(locale, `/partners/${partner.slug}`, { title: partner.name, description: partner.description || undefined }),
);

export default async function PartnerPage(props: SlugPageProps) {
  const { locale, row: partner } = await detail.load(props);
  const t = await getTranslations("publicPartners");
  const tKind = await getTranslations("partners.kinds");
  const { list } = partner;
  return (
    <>
      <BackLink href={localePath(locale, "/partners")}>{t("back")}</BackLink>
      <DetailTitle className="mt-4" lang="de">{partner.name}</DetailTitle>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t("kind")}</dt>
          <dd>{tKind(partner.kind)}</dd>
        </div>
        {/* Only http(s) addresses become links, whatever an older row may hold. */}
        {partner.website && /^https?:\/\//i.test(partner.website) && (
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t("website")}</dt>
            <dd>
              <a href={partner.website} rel="noopener noreferrer" aria-label={t("websiteLink", { name: partner.name })} className="break-all text-brand-700 underline underline-offset-2">
                {partner.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {/* A partner's description is German only: marked as such on the English site. */}
      {partner.description && <Localized as="p" className="mt-4 max-w-3xl" value={contentText(locale, partner.description, null)} />}
      <PageSection id="partner-initiatives" heading={t("initiativesHeading")}>
        <ResultCount list={list} />
        <InitiativeTable items={list.items} caption={t("tableCaption", { name: partner.name })} locale={locale} showRoles />
        <Pagination basePath={localePath(locale, `/partners/${partner.slug}`)} filters={{}} page={list.page} pageCount={list.pageCount} />
      </PageSection>
    </>
  );
}
