// /districts (Stadtbezirke): every district with the number of public initiatives in it.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/config";
import { loadPublicDistricts } from "@/lib/public/district-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "publicDistricts" });
  return publicMetadata(locale, "/districts", { title: t("title"), description: t("description") });
}

export default async function DistrictsPage({ params }: Props) {
  const locale = await publicLocale(params);
  const districts = await loadPublicDistricts(await db());
  const t = await getTranslations("publicDistricts");
  type Row = (typeof districts)[number];
  const columns: DataTableColumn<Row>[] = [
    {
      id: "district",
      header: t("colDistrict"),
      rowHeader: true,
      cell: (d) => (
        <Link href={localePath(locale, `/districts/${d.slug}`)} lang="de" className="font-medium text-brand-700 underline underline-offset-2">
          {d.name}
        </Link>
      ),
    },
    { id: "count", header: t("colCount"), value: (d) => d.initiativeCount, format: "integer" },
  ];
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <DataTable
        columns={columns}
        rows={districts}
        rowKey={(d) => d.slug}
        caption={t("tableCaption")}
        locale={locale}
        className="mt-6 max-w-xl"
        testId="district-table"
      />
    </>
  );
}
