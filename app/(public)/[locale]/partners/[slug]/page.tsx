// /partners/<slug>: one partner with kind, website, description and its public initiatives with
// its roles in them (never committed amounts: those are internal planning figures).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InitiativeTable } from "@/components/public/list/initiative-table";
import { Pagination } from "@/components/public/list/pagination";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { parseListFilters } from "@/lib/public/list-queries";
import { loadPublicPartner } from "@/lib/public/partner-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  const { slug } = await props.params;
  const { page } = parseListFilters(await props.searchParams);
  return loadPublicPartner(await db(), slug, page);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await publicLocale(props.params);
  const partner = await load(props);
  if (!partner) return {};
  return publicMetadata(locale, `/partners/${partner.slug}`, { title: partner.name, description: partner.description || undefined });
}

export default async function PartnerPage(props: Props) {
  const locale = await publicLocale(props.params);
  const partner = await load(props);
  if (!partner) notFound();
  const t = await getTranslations("publicPartners");
  const tList = await getTranslations("publicList");
  const tKind = await getTranslations("partners.kinds");
  const { list } = partner;
  return (
    <>
      <p>
        <Link href={localePath(locale, "/partners")} className="text-brand-700 underline underline-offset-2">← {t("back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900 break-words hyphens-auto" lang="de">{partner.name}</h1>
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
      {partner.description && <p className="mt-4 max-w-3xl" lang="de">{partner.description}</p>}
      <section aria-labelledby="partner-initiatives" className="mt-8">
        <h2 id="partner-initiatives" className="text-xl font-semibold">{t("initiativesHeading")}</h2>
        <p className="text-sm text-slate-700" data-testid="result-count">
          {tList("resultCount", { count: list.total })}
          {list.pageCount > 1 && <> · {tList("pageInfo", { page: list.page, pages: list.pageCount })}</>}
        </p>
        <InitiativeTable items={list.items} caption={t("tableCaption", { name: partner.name })} locale={locale} showRoles />
        <Pagination basePath={localePath(locale, `/partners/${partner.slug}`)} filters={{}} page={list.page} pageCount={list.pageCount} />
      </section>
    </>
  );
}
