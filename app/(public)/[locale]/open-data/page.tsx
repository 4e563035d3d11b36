// /open-data (and /en/open-data): what citizens and re-users can download — the data sets as
// JSON and CSV, the licence, the API description (OpenAPI) and the DCAT-AP.de catalogue.
// Static text and links only: the page reads no database.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DatasetTable } from "@/components/open-data/dataset-table";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { DATASETS } from "@/lib/open-data/catalog";
import { API_BASE } from "@/lib/open-data/endpoints";
import { LICENSE } from "@/lib/open-data/openapi";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  return publicMetadata(locale, "/open-data", { title: t("title"), description: t("metaDescription") });
}

const linkClass = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2";

export default async function OpenDataPage({ params }: Props) {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  const site = await getTranslations({ locale, namespace: "publicSite" });
  const example = `${API_BASE}/initiatives?field=MOB&status=IN_PROGRESS`;
  const datasets = DATASETS.map((d) => ({
    key: d.key,
    title: t(`datasets.${d.key}.title`),
    description: t(`datasets.${d.key}.description`),
    jsonHref: `${API_BASE}${d.json}`,
    csvHref: `${API_BASE}${d.csv}`,
  }));
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-800">{t("intro")}</p>

      <section aria-labelledby="open-data-license" className="mt-8">
        <h2 id="open-data-license" className="text-2xl font-semibold">{t("licenseHeading")}</h2>
        <p className="mt-2 max-w-3xl">{t("license")}</p>
        <p className="mt-2">
          <a href={LICENSE.url} className={linkClass} data-testid="open-data-license-link">{t("licenseLink")}</a>
        </p>
        <p className="mt-2 text-sm text-slate-700">{t("attribution", { source: `${site("name")}, dl-de/by-2-0` })}</p>
      </section>

      <section aria-labelledby="open-data-datasets" className="mt-8">
        <h2 id="open-data-datasets" className="text-2xl font-semibold">{t("datasetsHeading")}</h2>
        <DatasetTable
          datasets={datasets}
          labels={{ caption: t("datasetsCaption"), dataset: t("colDataset"), description: t("colDescription"), formats: t("colFormats"), json: t("jsonLink"), csv: t("csvLink") }}
        />
      </section>

      <section aria-labelledby="open-data-api" className="mt-8">
        <h2 id="open-data-api" className="text-2xl font-semibold">{t("apiHeading")}</h2>
        <p className="mt-2 max-w-3xl">{t("api")}</p>
        <p className="mt-2">
          <a href={`${API_BASE}/openapi.json`} className={linkClass} data-testid="open-data-openapi-link">{t("apiDocsLink")}</a>
        </p>
        <p className="mt-2 text-sm">
          {t("example")}: <a href={example} className={`${linkClass} break-all font-mono`}>{example}</a>
        </p>
      </section>

      <section aria-labelledby="open-data-csv" className="mt-8">
        <h2 id="open-data-csv" className="text-2xl font-semibold">{t("csvHeading")}</h2>
        <p className="mt-2 max-w-3xl">{t("csv")}</p>
      </section>

      <section aria-labelledby="open-data-catalog" className="mt-8">
        <h2 id="open-data-catalog" className="text-2xl font-semibold">{t("catalogHeading")}</h2>
        <p className="mt-2 max-w-3xl">{t("catalog")}</p>
        <p className="mt-2">
          <a href={`${API_BASE}/catalog.jsonld`} className={linkClass} data-testid="open-data-catalog-link">{t("catalogLink")}</a>
        </p>
      </section>
    </>
  );
}
