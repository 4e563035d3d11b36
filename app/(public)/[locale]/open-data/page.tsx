// /open-data (and /en/open-data): what citizens and re-users can download — the data sets as
// JSON and CSV, the licence, the API description (OpenAPI) and the DCAT-AP.de catalogue.
// Static text and links only: the page reads no database.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DatasetTable } from "@/components/open-data/dataset-table";
import { PageHead } from "@/components/public/page-head";
import { indexPageMetadata, publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { DATASETS } from "@/lib/open-data/catalog";
import { API_BASE } from "@/lib/open-data/endpoints";
import { LICENSE } from "@/lib/open-data/openapi";

export const generateMetadata = indexPageMetadata("/open-data", "openData", { title: "title", description: "metaDescription" });

const linkClass = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2";

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-semibold">{heading}</h2>
      {children}
    </section>
  );
}

export default async function OpenDataPage({ params }: PublicPageProps) {
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
      <PageHead title={t("title")} intro={t("intro")} />

      <Section id="open-data-license" heading={t("licenseHeading")}>
        <p className="mt-2 max-w-3xl">{t("license")}</p>
        <p className="mt-2">
          <a href={LICENSE.url} className={linkClass} data-testid="open-data-license-link">{t("licenseLink")}</a>
        </p>
        <p className="mt-2 text-sm text-slate-700">{t("attribution", { source: `${site("name")}, dl-de/by-2-0` })}</p>
      </Section>

      <Section id="open-data-datasets" heading={t("datasetsHeading")}>
        <DatasetTable
          datasets={datasets}
          labels={{ caption: t("datasetsCaption"), dataset: t("colDataset"), description: t("colDescription"), formats: t("colFormats"), json: t("jsonLink"), csv: t("csvLink") }}
        />
      </Section>

      <Section id="open-data-api" heading={t("apiHeading")}>
        <p className="mt-2 max-w-3xl">{t("api")}</p>
        <p className="mt-2">
          <a href={`${API_BASE}/openapi.json`} className={linkClass} data-testid="open-data-openapi-link">{t("apiDocsLink")}</a>
        </p>
        <p className="mt-2 text-sm">
          {t("example")}: <a href={example} className={`${linkClass} break-all font-mono`}>{example}</a>
        </p>
      </Section>

      <Section id="open-data-csv" heading={t("csvHeading")}>
        <p className="mt-2 max-w-3xl">{t("csv")}</p>
      </Section>

      <Section id="open-data-catalog" heading={t("catalogHeading")}>
        <p className="mt-2 max-w-3xl">{t("catalog")}</p>
        <p className="mt-2">
          <a href={`${API_BASE}/catalog.jsonld`} className={linkClass} data-testid="open-data-catalog-link">{t("catalogLink")}</a>
        </p>
      </Section>
    </>
  );
}
