// /partners: the partners of public initiatives with their kind, website, description and the
// number of public initiatives they work on.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicPartners } from "@/lib/public/partner-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "publicPartners" });
  return publicMetadata(locale, "/partners", { title: t("title"), description: t("description") });
}

export default async function PartnersPage({ params }: Props) {
  const locale = await publicLocale(params);
  const partners = await loadPublicPartners(await db());
  const t = await getTranslations("publicPartners");
  const tKind = await getTranslations("partners.kinds");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {partners.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="partner-list">
          {partners.map((p) => (
            <li key={p.slug} className="rounded border border-slate-200 p-4">
              <h2 className="text-lg font-semibold" lang="de">
                <Link href={localePath(locale, `/partners/${p.slug}`)} className="text-brand-700 underline underline-offset-2">
                  {p.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {t("kind")}: {tKind(p.kind)} · {t("initiativeCount", { count: p.initiativeCount })}
              </p>
              {p.description && <p className="mt-2 text-sm" lang="de">{p.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
