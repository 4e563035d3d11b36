// The DCAT-AP.de catalogue of the open data (JSON-LD): one dcat:Dataset per published table, one
// dcat:Distribution per JSON and CSV address. The @context is inline (no remote context), so
// harvesters and our tests can expand it offline. Addresses are absolute, from APP_URL.
import { readCityBrand } from "@/lib/branding/queries";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { API_BASE } from "./endpoints";
import { LICENSE } from "./openapi";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

export type DatasetKey = "initiatives" | "milestones" | "kpis" | "partners" | "budget" | "funding" | "fields" | "districts" | "decisions";
type Text = { de: string; en: string };

/** The data sets, in the order the open-data page lists them; titles and descriptions live in the message catalogues. */
export const DATASETS: { key: DatasetKey; json: string; csv: string; keywords: string[] }[] = [
  { key: "initiatives", json: "/initiatives", csv: "/initiatives.csv", keywords: ["Digitalisierung", "Masterplan", "Maßnahmen"] },
  { key: "milestones", json: "/milestones", csv: "/milestones.csv", keywords: ["Meilensteine", "Zeitplan"] },
  { key: "kpis", json: "/kpis", csv: "/kpis.csv", keywords: ["Kennzahlen", "Indikatoren"] },
  { key: "partners", json: "/partners", csv: "/partners.csv", keywords: ["Partner", "Kooperation"] },
  { key: "budget", json: "/budget", csv: "/budget.csv", keywords: ["Haushalt", "Finanzierung", "Fördermittel"] },
  { key: "funding", json: "/funding", csv: "/funding.csv", keywords: ["Förderprogramme", "Fördermittel", "Finanzierung"] },
  { key: "fields", json: "/fields", csv: "/fields.csv", keywords: ["Handlungsfelder"] },
  { key: "districts", json: "/districts", csv: "/districts.csv", keywords: ["Stadtbezirke"] },
  { key: "decisions", json: "/decisions", csv: "/decisions.csv", keywords: ["Ratsbeschlüsse", "Drucksachen", "Ratsinformationssystem"] },
];

const datasetText = (key: DatasetKey, part: "title" | "description"): Text => ({
  de: de.openData.datasets[key][part],
  en: en.openData.datasets[key][part],
});

/** The catalogue's vocabulary; inline so expansion needs no network. */
export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  dcatde: "http://dcat-ap.de/def/dcatde/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

const FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
const MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";
const GOVERNMENT_THEME = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
const PUBLIC_ACCESS = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";

const id = (iri: string) => ({ "@id": iri });
const texts = (t: Text) => [
  { "@value": t.de, "@language": "de" },
  { "@value": t.en, "@language": "en" },
];
const dateTime = (d: Date) => ({ "@value": d.toISOString(), "@type": "xsd:dateTime" });

/** Last change per data set, one query: the newest updated_at among the published rows behind it. */
async function modifiedDates(db: Db): Promise<{ title: string | null; modified: Record<DatasetKey, Date> }> {
  const [r] = await db.$queryRaw<(Record<DatasetKey | "plan", Date | null> & { title: string | null })[]>`
    WITH pub AS (SELECT id, updated_at FROM initiatives WHERE visibility = 'PUBLIC' AND archived_at IS NULL)
    SELECT (SELECT title FROM masterplans ORDER BY created_at LIMIT 1) AS title,
           (SELECT MAX(updated_at) FROM masterplans) AS plan,
           (SELECT MAX(updated_at) FROM pub) AS initiatives,
           (SELECT MAX(m.updated_at) FROM milestones m JOIN pub ON pub.id = m.initiative_id WHERE m.is_public) AS milestones,
           (SELECT MAX(GREATEST(k.updated_at, COALESCE(km.updated_at, k.updated_at))) FROM kpis k
              LEFT JOIN kpi_measurements km ON km.kpi_id = k.id
              WHERE k.is_public AND (k.initiative_id IS NULL OR k.initiative_id IN (SELECT id FROM pub))) AS kpis,
           (SELECT MAX(GREATEST(p.updated_at, ip.updated_at)) FROM partners p JOIN initiative_partners ip ON ip.partner_id = p.id
              JOIN pub ON pub.id = ip.initiative_id) AS partners,
           (SELECT MAX(b.updated_at) FROM budget_lines b JOIN pub ON pub.id = b.initiative_id WHERE b.is_public) AS budget,
           (SELECT MAX(GREATEST(b.updated_at, COALESCE(p.updated_at, b.updated_at))) FROM budget_lines b JOIN pub ON pub.id = b.initiative_id
              LEFT JOIN funding_programmes p ON p.id = b.programme_id WHERE b.is_public) AS funding,
           (SELECT MAX(updated_at) FROM fields_of_action) AS fields,
           (SELECT MAX(GREATEST(d.updated_at, l.created_at)) FROM council_decisions d JOIN council_decision_links l ON l.decision_id = d.id
              LEFT JOIN fields_of_action f ON f.id = l.field_of_action_id
              WHERE d.is_public AND (l.masterplan_id = (SELECT id FROM masterplans ORDER BY created_at LIMIT 1)
                OR f.masterplan_id = (SELECT id FROM masterplans ORDER BY created_at LIMIT 1)
                OR l.initiative_id IN (SELECT id FROM pub))) AS decisions`;
  const fallback = r?.plan ?? new Date(0);
  const pick = (d: Date | null | undefined) => d ?? fallback;
  const modified = {
    initiatives: pick(r?.initiatives),
    milestones: pick(r?.milestones),
    kpis: pick(r?.kpis),
    partners: pick(r?.partners),
    budget: pick(r?.budget),
    funding: pick(r?.funding),
    fields: pick(r?.fields),
    districts: pick(r?.initiatives),
    decisions: pick(r?.decisions),
  };
  return { title: r?.title ?? null, modified };
}

/**
 * The catalogue. The publisher is OPEN_DATA_PUBLISHER, else the city's name from its settings
 * (lib/branding), else named after the masterplan; the contact point has the city's contact
 * e-mail when set;
 * `contributorId` (default OPEN_DATA_CONTRIBUTOR_ID) is the DCAT-AP.de contributor URI when the city has one.
 */
export async function buildCatalog(db: Db, { contributorId = env().openDataContributorId ?? undefined }: { contributorId?: string } = {}) {
  const base = env().appUrl;
  const api = `${base}${API_BASE}`;
  const { title: masterplanTitle, modified } = await modifiedDates(db);
  const brand = await readCityBrand(db);
  const publisherName = env().openDataPublisher ?? (brand.configured ? brand.cityName : masterplanTitle);
  const publisher = { "@id": `${base}/open-data#publisher`, "@type": "foaf:Agent", "foaf:name": publisherName ?? "Masterplan Monitor" };
  const contactPoint = {
    "@type": "vcard:Organization",
    "vcard:fn": publisherName ?? "Masterplan Monitor",
    ...(brand.contactEmail ? { "vcard:hasEmail": id(`mailto:${brand.contactEmail}`) } : {}),
    "vcard:hasURL": id(`${base}/open-data`),
  };
  const licence = id(LICENSE.dcatUri);
  const newest = new Date(Math.max(...Object.values(modified).map((d) => d.getTime())));
  const distribution = (d: (typeof DATASETS)[number], kind: "json" | "csv") => {
    const url = `${api}${kind === "json" ? d.json : d.csv}`;
    return {
      "@id": `${url}#distribution`,
      "@type": "dcat:Distribution",
      "dct:title": texts({ de: `${datasetText(d.key, "title").de} (${kind.toUpperCase()})`, en: `${datasetText(d.key, "title").en} (${kind.toUpperCase()})` }),
      "dcat:accessURL": id(url),
      "dcat:downloadURL": id(url),
      "dct:format": id(`${FILE_TYPE}${kind.toUpperCase()}`),
      "dcat:mediaType": id(`${MEDIA_TYPE}${kind === "json" ? "application/json" : "text/csv"}`),
      "dct:license": licence,
      "dcatde:licenseAttributionByText": publisherName ?? "Masterplan Monitor",
      "dct:modified": dateTime(modified[d.key]),
    };
  };
  return {
    "@context": DCAT_CONTEXT,
    "@id": `${api}/catalog.jsonld`,
    "@type": "dcat:Catalog",
    "dct:title": texts({ de: de.openData.title, en: en.openData.title }),
    "dct:description": texts({ de: de.openData.metaDescription, en: en.openData.metaDescription }),
    "dct:publisher": publisher,
    "dct:language": id("http://publications.europa.eu/resource/authority/language/DEU"),
    "dct:license": licence,
    "foaf:homepage": id(`${base}/open-data`),
    "dct:modified": dateTime(newest),
    "dcat:dataset": DATASETS.map((d) => ({
      "@id": `${base}/open-data#${d.key}`,
      "@type": "dcat:Dataset",
      "dct:identifier": `${api}${d.json}`,
      "dct:title": texts(datasetText(d.key, "title")),
      "dct:description": texts(datasetText(d.key, "description")),
      "dcat:keyword": d.keywords,
      "dcat:theme": id(GOVERNMENT_THEME),
      "dct:publisher": { "@id": publisher["@id"] },
      "dcat:contactPoint": contactPoint,
      "dct:license": licence,
      "dct:accessRights": id(PUBLIC_ACCESS),
      "dct:modified": dateTime(modified[d.key]),
      ...(contributorId ? { "dcatde:contributorID": id(contributorId) } : {}),
      "dcat:landingPage": id(`${base}/open-data`),
      "dcat:distribution": [distribution(d, "json"), distribution(d, "csv")],
    })),
  };
}
