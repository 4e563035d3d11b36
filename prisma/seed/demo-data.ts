// Static content of the demo data set "Masterplan Digitales Duisburg" (example data).
// Structure, organisations, people, KPI definitions and text building blocks; the initiatives
// live in demo-initiatives.ts and demo.ts turns all of it into rows.
import type { FundingSource, KpiDirection, KpiValueType, PartnerKind, Role } from "@/lib/generated/prisma/client";

export const MASTERPLAN = {
  slug: "masterplan-digitales-duisburg",
  title: "Masterplan Digitales Duisburg",
  vision: [
    "Beispieldaten – dieser Datensatz ist frei erfunden und dient nur der Vorführung des Masterplan Monitors; Zahlen, Termine und Personen entsprechen nicht der tatsächlichen Umsetzung in Duisburg.",
    "Duisburg wird bis 2030 zu einer vernetzten, lebenswerten Smart City, in der digitale Angebote den Alltag von Bürgerinnen und Bürgern, Unternehmen und Verwaltung spürbar erleichtern.",
    "Gemeinsam mit den städtischen Gesellschaften, der Universität Duisburg-Essen, der Forschung und der Wirtschaft baut die Stadt eine offene urbane Datenplattform, leistungsfähige Netze und nutzerfreundliche Online-Dienste auf. Digitalisierung ist dabei kein Selbstzweck: Sie soll Wege verkürzen, Ressourcen schonen, den Logistikstandort stärken und niemanden zurücklassen.",
  ].join("\n\n"),
  periodStart: [2018, 0, 1],
  periodEnd: [2030, 11, 31],
  adoptedAt: [2018, 5, 18],
} as const;

export type FieldCode = "VER" | "MOB" | "BIL" | "INF" | "WIR" | "UMW" | "GES";

export const FIELDS: { code: FieldCode; slug: string; title: string; description: string }[] = [
  {
    code: "VER",
    slug: "verwaltung",
    title: "Digitale Verwaltung",
    description:
      "Verwaltungsleistungen sind online, medienbruchfrei und rund um die Uhr erreichbar. Intern arbeitet die Stadtverwaltung mit elektronischer Akte, digitalen Workflows und modernen Arbeitsplätzen.",
  },
  {
    code: "MOB",
    slug: "mobilitaet",
    title: "Mobilität",
    description:
      "Vernetzte und automatisierte Mobilität, intelligente Verkehrssteuerung und Echtzeitinformationen machen den Verkehr in Duisburg flüssiger, sicherer und klimafreundlicher.",
  },
  {
    code: "BIL",
    slug: "bildung",
    title: "Bildung",
    description:
      "Alle Duisburger Schulen verfügen über schnelles Internet, WLAN, zeitgemäße Endgeräte und digitale Lernplattformen. Lehrkräfte werden bei der Medienbildung begleitet.",
  },
  {
    code: "INF",
    slug: "infrastruktur-und-netze",
    title: "Infrastruktur und Netze",
    description:
      "Glasfaser, 5G, öffentliches WLAN, ein stadtweites Sensornetz und die urbane Datenplattform „Rhine Cloud“ bilden das digitale Fundament der Smart City.",
  },
  {
    code: "WIR",
    slug: "wirtschaft-und-logistik",
    title: "Wirtschaft und Logistik",
    description:
      "Der Logistikstandort rund um den größten Binnenhafen Europas und der industrielle Mittelstand nutzen die Chancen von Industrie 4.0, smarter Logistik und Gründungen in der Digitalwirtschaft.",
  },
  {
    code: "UMW",
    slug: "umwelt-und-energie",
    title: "Umwelt und Energie",
    description:
      "Sensorik und Daten helfen, Luftqualität, Energieverbrauch, Abfallentsorgung und Klimafolgen besser zu steuern – für eine grünere und widerstandsfähigere Stadt.",
  },
  {
    code: "GES",
    slug: "gesellschaft-und-teilhabe",
    title: "Gesellschaft und Teilhabe",
    description:
      "Offene Daten, digitale Beteiligung und Unterstützungsangebote sorgen dafür, dass alle Duisburgerinnen und Duisburger an der digitalen Stadt teilhaben können – unabhängig von Alter, Herkunft oder Einkommen.",
  },
];

export type DeptCode = "DIGI" | "VERK" | "SCHUL" | "UMW" | "WIRT" | "FW";

export const DEPARTMENTS: { code: DeptCode; name: string }[] = [
  { code: "DIGI", name: "Amt für Digitalisierung und Organisation" },
  { code: "VERK", name: "Amt für Verkehr" },
  { code: "SCHUL", name: "Amt für Schulische Bildung" },
  { code: "UMW", name: "Umweltamt" },
  { code: "WIRT", name: "Amt für Wirtschaft und Strukturentwicklung" },
  { code: "FW", name: "Feuerwehr und Zivilschutz" },
];

export type DistrictCode = "WAL" | "HAM" | "MEI" | "HRB" | "MIT" | "RHE" | "SUED";

export const DISTRICTS: { code: DistrictCode; slug: string; name: string }[] = [
  { code: "WAL", slug: "walsum", name: "Walsum" },
  { code: "HAM", slug: "hamborn", name: "Hamborn" },
  { code: "MEI", slug: "meiderich-beeck", name: "Meiderich/Beeck" },
  { code: "HRB", slug: "homberg-ruhrort-baerl", name: "Homberg/Ruhrort/Baerl" },
  { code: "MIT", slug: "mitte", name: "Mitte" },
  { code: "RHE", slug: "rheinhausen", name: "Rheinhausen" },
  { code: "SUED", slug: "sued", name: "Süd" },
];

export type PartnerKey = "ude" | "ims" | "dvv" | "huawei" | "swdu" | "dvg" | "duisport" | "itnrw" | "wbd" | "dbi" | "verein";

export const PARTNERS: { key: PartnerKey; slug: string; name: string; kind: PartnerKind; website: string; description: string }[] = [
  {
    key: "ude",
    slug: "universitaet-duisburg-essen",
    name: "Universität Duisburg-Essen",
    kind: "UNIVERSITY",
    website: "https://www.uni-due.de",
    description: "Forschungspartnerin für vernetzte Mobilität, Datenanalyse, Informatik und Bildungsforschung; begleitet mehrere Vorhaben wissenschaftlich.",
  },
  {
    key: "ims",
    slug: "fraunhofer-ims",
    name: "Fraunhofer-Institut für Mikroelektronische Schaltungen und Systeme IMS",
    kind: "RESEARCH_INSTITUTE",
    website: "https://www.ims.fraunhofer.de",
    description: "Duisburger Fraunhofer-Institut mit Schwerpunkten Sensorik, drahtlose Kommunikation und eingebettete KI; Partner für Sensornetze und Industrie 4.0.",
  },
  {
    key: "dvv",
    slug: "dvv",
    name: "Duisburger Versorgungs- und Verkehrsgesellschaft (DVV)",
    kind: "MUNICIPAL_COMPANY",
    website: "https://www.dvv.de",
    description: "Holding der städtischen Versorgungs- und Verkehrsunternehmen; Betreiberin der urbanen Datenplattform und Vertragspartnerin der Rahmenvereinbarung zur „Rhine Cloud“.",
  },
  {
    key: "huawei",
    slug: "huawei-technologies-deutschland",
    name: "Huawei Technologies Deutschland GmbH",
    kind: "COMPANY",
    website: "https://www.huawei.com/de",
    description: "Technologiepartner aus der 2018 geschlossenen Rahmenvereinbarung zur Smart City (Rhine Cloud, 5G/LTE, drahtlose Breitbandnetze).",
  },
  {
    key: "swdu",
    slug: "stadtwerke-duisburg",
    name: "Stadtwerke Duisburg AG",
    kind: "MUNICIPAL_COMPANY",
    website: "https://www.stadtwerke-duisburg.de",
    description: "Energie- und Wasserversorger; verantwortet Glasfaserausbau, Ladeinfrastruktur und Energiedienstleistungen.",
  },
  {
    key: "dvg",
    slug: "dvg-duisburger-verkehrsgesellschaft",
    name: "DVG Duisburger Verkehrsgesellschaft AG",
    kind: "MUNICIPAL_COMPANY",
    website: "https://www.dvg-duisburg.de",
    description: "Betreibt Busse und Stadtbahnen in Duisburg; Partnerin für Fahrgastinformation, On-Demand-Verkehr und automatisiertes Fahren.",
  },
  {
    key: "duisport",
    slug: "duisport",
    name: "Duisburger Hafen AG (duisport)",
    kind: "COMPANY",
    website: "https://www.duisport.de",
    description: "Betreiberin des größten Binnenhafens Europas; treibt digitale Hafenlogistik, Slot-Management und Startup-Kooperationen voran.",
  },
  {
    key: "itnrw",
    slug: "it-nrw",
    name: "IT.NRW – Information und Technik Nordrhein-Westfalen",
    kind: "PUBLIC_AUTHORITY",
    website: "https://www.it.nrw",
    description: "Landesbetrieb und IT-Dienstleister des Landes; stellt Basisdienste für die OZG-Umsetzung und das Servicekonto NRW bereit.",
  },
  {
    key: "wbd",
    slug: "wirtschaftsbetriebe-duisburg",
    name: "Wirtschaftsbetriebe Duisburg – AöR",
    kind: "MUNICIPAL_COMPANY",
    website: "https://www.wb-duisburg.de",
    description: "Zuständig für Abfallwirtschaft, Stadtentwässerung und Straßenreinigung; Partner für Smart Waste und Starkregenvorsorge.",
  },
  {
    key: "dbi",
    slug: "duisburg-business-innovation",
    name: "Duisburg Business & Innovation GmbH",
    kind: "MUNICIPAL_COMPANY",
    website: "https://www.duisburg-business.de",
    description: "Wirtschaftsförderung der Stadt; Anlaufstelle für Unternehmen, Gründerinnen und Gründer sowie Ansiedlungen.",
  },
  {
    key: "verein",
    slug: "digital-fuer-alle-duisburg",
    name: "Digital für alle Duisburg e. V.",
    kind: "CIVIL_SOCIETY",
    website: "https://digital-fuer-alle-duisburg.example.org",
    description: "Ehrenamtlicher Verein (fiktiv), der Senior:innen, Zugewanderte und Menschen ohne eigenes Endgerät beim Einstieg in die digitale Welt begleitet.",
  },
];

export type UserKey = "admin" | "head" | "council" | "lead" | "viewer" | "lead2" | "leadMob" | "leadBil" | "leadUmw" | "leadWir" | "headVerk" | "headSchul" | "headUmw" | "headWirt" | "headFw" | "partner";

export const USERS: { key: UserKey; email: string; name: string; role: Role; dept: DeptCode | null; partner?: PartnerKey }[] = [
  { key: "admin", email: "admin@demo.masterplan.example", name: "Stefan Lindner", role: "ADMIN", dept: "DIGI" },
  { key: "head", email: "abteilungsleitung@demo.masterplan.example", name: "Dr. Claudia Berger", role: "DEPARTMENT_HEAD", dept: "DIGI" },
  { key: "council", email: "rat@demo.masterplan.example", name: "Hans-Peter Wiesmann", role: "COUNCIL_MEMBER", dept: null },
  { key: "lead", email: "projektleitung@demo.masterplan.example", name: "Julia Reinhardt", role: "PROJECT_LEAD", dept: "DIGI" },
  { key: "viewer", email: "betrachter@demo.masterplan.example", name: "Michael Kaiser", role: "VIEWER", dept: null },
  { key: "lead2", email: "tobias.kraemer@demo.masterplan.example", name: "Tobias Krämer", role: "PROJECT_LEAD", dept: "DIGI" },
  { key: "leadMob", email: "jan.oezdemir@demo.masterplan.example", name: "Jan Özdemir", role: "PROJECT_LEAD", dept: "VERK" },
  { key: "leadBil", email: "lea.schuermann@demo.masterplan.example", name: "Lea Schürmann", role: "PROJECT_LEAD", dept: "SCHUL" },
  { key: "leadUmw", email: "markus.terhorst@demo.masterplan.example", name: "Markus Terhorst", role: "PROJECT_LEAD", dept: "UMW" },
  { key: "leadWir", email: "sabine.nowak@demo.masterplan.example", name: "Sabine Nowak", role: "PROJECT_LEAD", dept: "WIRT" },
  { key: "headVerk", email: "thomas.brenner@demo.masterplan.example", name: "Thomas Brenner", role: "DEPARTMENT_HEAD", dept: "VERK" },
  { key: "headSchul", email: "petra.voss@demo.masterplan.example", name: "Petra Voß", role: "DEPARTMENT_HEAD", dept: "SCHUL" },
  { key: "headUmw", email: "dirk.hansen@demo.masterplan.example", name: "Dirk Hansen", role: "DEPARTMENT_HEAD", dept: "UMW" },
  { key: "headWirt", email: "aylin.yilmaz@demo.masterplan.example", name: "Aylin Yılmaz", role: "DEPARTMENT_HEAD", dept: "WIRT" },
  { key: "headFw", email: "ralf.steinbach@demo.masterplan.example", name: "Ralf Steinbach", role: "DEPARTMENT_HEAD", dept: "FW" },
  { key: "partner", email: "partnerkontakt@demo.masterplan.example", name: "Dr. Katrin Albers", role: "PARTNER_CONTACT", dept: null, partner: "ude" },
];

export type KpiSpec = {
  name: string;
  description: string;
  unit: string;
  valueType: KpiValueType;
  direction?: KpiDirection;
  baseline: number;
  target: number;
  method: string;
  source: string;
  /** Monthly instead of quarterly measurements. */
  monthly?: boolean;
  isPublic?: boolean;
  /**
   * Share of the planned path actually achieved (1 = on plan). Initiative KPIs of initiatives meant to
   * be on track or at risk are generated on course whatever this says (demo-plan.ts kpiOnCourse), so
   * only a critical initiative's KPI keeps a `perf` that misses its target.
   */
  perf?: number;
};

/** Masterplan-wide KPIs: baseline end of 2018, target end of 2030. */
export const MASTERPLAN_KPIS: KpiSpec[] = [
  {
    name: "Online verfügbare Verwaltungsleistungen",
    description: "Anteil der OZG-relevanten Leistungen der Stadt, die vollständig online beantragt werden können.",
    unit: "%",
    valueType: "PERCENT",
    baseline: 6,
    target: 95,
    method: "Abgleich des Leistungskatalogs mit dem Bürgerportal, Stichtag Quartalsende.",
    source: "Amt für Digitalisierung und Organisation",
    perf: 0.9,
  },
  {
    name: "Haushalte mit Glasfaseranschluss (FTTB/FTTH)",
    description: "Anteil der Haushalte, für die ein Glasfaseranschluss verfügbar ist.",
    unit: "%",
    valueType: "PERCENT",
    baseline: 4,
    target: 80,
    method: "Auswertung der Ausbaumeldungen der Netzbetreiber und des Breitbandatlas.",
    source: "Stadtwerke Duisburg, Breitbandkoordination",
    perf: 0.85,
  },
  {
    name: "Zufriedenheit mit digitalen Angeboten der Stadt",
    description: "Mittelwert der Antworten in der Bürgerbefragung auf einer Skala von 1 (sehr unzufrieden) bis 5 (sehr zufrieden).",
    unit: "Punkte (1–5)",
    valueType: "DECIMAL",
    baseline: 2.7,
    target: 4,
    method: "Repräsentative Online- und Telefonbefragung, halbjährlich, fortgeschrieben je Quartal.",
    source: "Bürgerbefragung (Beispielwerte)",
    perf: 0.8,
  },
];

/** One KPI per field of action: baseline end of 2019, target end of 2028. */
export const FIELD_KPIS: Record<FieldCode, KpiSpec> = {
  VER: {
    name: "Durchschnittliche Bearbeitungszeit von Anträgen",
    description: "Mittlere Dauer vom Eingang bis zum Bescheid über alle digital erfassten Antragsarten.",
    unit: "Tage",
    valueType: "DECIMAL",
    direction: "LOWER_IS_BETTER",
    baseline: 24.5,
    target: 8,
    method: "Auswertung der Fachverfahren (Eingangs- und Bescheiddatum), Mittelwert je Quartal.",
    source: "Fachverfahren, Controlling",
    perf: 0.75,
  },
  MOB: {
    name: "Lichtsignalanlagen mit Anbindung an den Verkehrsrechner",
    description: "Anteil der Ampelanlagen, die in Echtzeit vom Verkehrsrechner gesteuert werden können.",
    unit: "%",
    valueType: "PERCENT",
    baseline: 38,
    target: 90,
    method: "Bestandsliste Verkehrsrechner, Stichtag Quartalsende.",
    source: "Amt für Verkehr",
  },
  BIL: {
    name: "Schulen mit flächendeckendem WLAN",
    description: "Anzahl der städtischen Schulen, in denen alle Unterrichtsräume WLAN-versorgt sind.",
    unit: "Schulen",
    valueType: "INTEGER",
    baseline: 12,
    target: 160,
    method: "Abnahmeprotokolle der WLAN-Ausleuchtung.",
    source: "Amt für Schulische Bildung",
    perf: 0.95,
  },
  INF: {
    name: "Angebundene Datenquellen auf der urbanen Datenplattform",
    description: "Anzahl produktiv angebundener Datenquellen (Sensorik, Fachverfahren, Partner) in der Rhine Cloud.",
    unit: "Datenquellen",
    valueType: "INTEGER",
    baseline: 3,
    target: 250,
    method: "Zählung im Plattform-Katalog, Stichtag Monatsende.",
    source: "DVV, Plattformbetrieb",
    monthly: true,
    perf: 0.7,
  },
  WIR: {
    name: "Unternehmen in Digitalisierungsprogrammen",
    description: "Kumulierte Anzahl kleiner und mittlerer Unternehmen, die an Beratungs- oder Förderprogrammen teilgenommen haben.",
    unit: "Unternehmen",
    valueType: "INTEGER",
    baseline: 0,
    target: 600,
    method: "Teilnehmendenlisten der Programme, kumuliert.",
    source: "Duisburg Business & Innovation",
  },
  UMW: {
    name: "Jahresmittel Stickstoffdioxid (NO₂) an verkehrsnahen Messpunkten",
    description: "Gleitendes Jahresmittel über alle verkehrsnahen Messpunkte des städtischen Sensornetzes.",
    unit: "µg/m³",
    valueType: "DECIMAL",
    direction: "LOWER_IS_BETTER",
    baseline: 41.2,
    target: 30,
    method: "Kalibrierte Sensorwerte, abgeglichen mit den LANUV-Referenzstationen.",
    source: "Umweltamt, Sensornetz Luftqualität",
    perf: 0.9,
  },
  GES: {
    name: "Teilnahmen an Angeboten zur digitalen Teilhabe",
    description: "Kumulierte Teilnahmen an Kursen, Sprechstunden und Lotsenangeboten.",
    unit: "Teilnahmen",
    valueType: "INTEGER",
    baseline: 0,
    target: 12000,
    method: "Anmeldelisten und Zählungen der Anbieter, kumuliert.",
    source: "Volkshochschule, Digital für alle Duisburg e. V.",
    isPublic: false,
  },
};

export type MilestoneKind = "it" | "infra" | "research" | "service" | "program";

export const MILESTONE_TEMPLATES: Record<MilestoneKind, string[]> = {
  it: [
    "Projektauftrag und Anforderungsanalyse",
    "Fachkonzept abgenommen",
    "Vergabe abgeschlossen",
    "Pilotbetrieb gestartet",
    "Datenschutz- und Sicherheitsfreigabe",
    "Rollout in allen Fachbereichen",
    "Übergabe in den Regelbetrieb",
  ],
  infra: [
    "Bedarfs- und Standortanalyse",
    "Förderbescheid erhalten",
    "Ausschreibung und Vergabe",
    "Installation Bauabschnitt 1",
    "Inbetriebnahme Bauabschnitt 1",
    "Inbetriebnahme weiterer Bauabschnitte",
    "Abnahme und Dokumentation",
  ],
  research: [
    "Kooperationsvereinbarung unterzeichnet",
    "Testumgebung aufgebaut",
    "Erste Messkampagne abgeschlossen",
    "Zwischenbericht vorgelegt",
    "Erweiterung des Testfelds",
    "Evaluation und Abschlussbericht",
    "Verstetigungskonzept beschlossen",
  ],
  service: [
    "Nutzerbedarfe erhoben",
    "Prototyp mit Bürgerinnen und Bürgern getestet",
    "Beschluss im Fachausschuss",
    "Start der Pilotphase",
    "Öffentlicher Start",
    "Evaluation nach sechs Monaten",
    "Ausweitung auf alle Stadtbezirke",
  ],
  program: [
    "Konzept und Maßnahmenplan",
    "Auftaktveranstaltung",
    "Erste Maßnahmenwelle umgesetzt",
    "Zwischenbilanz im Ausschuss für Digitalisierung",
    "Zweite Maßnahmenwelle umgesetzt",
    "Wirkungsmessung",
    "Abschlussbilanz",
  ],
};

export const SLIP_REASONS = [
  "Lieferverzögerung bei der Hardware; neuer Liefertermin vom Auftragnehmer bestätigt.",
  "Vergabeverfahren musste nach Rüge eines Bieters wiederholt werden.",
  "Abstimmung mit dem Datenschutz dauert länger als geplant.",
  "Förderbescheid liegt später vor als erwartet.",
  "Personalengpass im Projektteam; Stelle wird nachbesetzt.",
  "Schnittstelle zum Altsystem erfordert zusätzliche Anpassungen.",
  "Witterungsbedingte Verzögerung der Tiefbauarbeiten.",
  "Zusätzliche Anforderungen aus dem Fachausschuss eingearbeitet.",
  "Abhängigkeit von einem Partnerprojekt, das sich verschoben hat.",
  "Mitbestimmungsverfahren mit dem Personalrat noch nicht abgeschlossen.",
];

export type RiskSpec = { title: string; description: string; mitigation: string; probability: number; impact: number };

export const RISK_POOL: RiskSpec[] = [
  {
    title: "Fachkräftemangel in der IT",
    description: "Offene Stellen im Projektteam können nicht zeitnah besetzt werden.",
    mitigation: "Interims-Unterstützung über Rahmenvertrag, Ausbildungsoffensive, Priorisierung der Arbeitspakete.",
    probability: 4,
    impact: 3,
  },
  {
    title: "Verzögerung von Fördermitteln",
    description: "Bewilligung oder Auszahlung der Fördermittel verzögert sich.",
    mitigation: "Frühzeitige Abstimmung mit dem Fördermittelgeber, vorzeitiger Maßnahmenbeginn beantragt.",
    probability: 3,
    impact: 4,
  },
  {
    title: "Lieferengpässe bei Hardware",
    description: "Globale Lieferketten führen zu längeren Lieferzeiten für Netz- und Sensortechnik.",
    mitigation: "Rahmenverträge mit mehreren Lieferanten, Lagerbestand für kritische Komponenten.",
    probability: 3,
    impact: 3,
  },
  {
    title: "Datenschutzrechtliche Bedenken",
    description: "Die Datenschutz-Folgenabschätzung könnte Auflagen ergeben, die das Konzept verändern.",
    mitigation: "Datenschutzbeauftragte früh eingebunden, Privacy by Design, Anonymisierung an der Quelle.",
    probability: 2,
    impact: 4,
  },
  {
    title: "Geringe Akzeptanz bei den Nutzenden",
    description: "Das Angebot wird weniger genutzt als geplant.",
    mitigation: "Nutzertests, begleitende Öffentlichkeitsarbeit, Schulungen und Feedbackkanal.",
    probability: 2,
    impact: 3,
  },
  {
    title: "Schnittstellen zu Altsystemen",
    description: "Bestehende Fachverfahren bieten keine oder nur proprietäre Schnittstellen.",
    mitigation: "Schnittstellenanforderungen in Verträgen verankern, Middleware über die Datenplattform.",
    probability: 3,
    impact: 3,
  },
  {
    title: "Nachprüfungsverfahren in der Vergabe",
    description: "Ein unterlegener Bieter könnte die Vergabeentscheidung anfechten.",
    mitigation: "Sorgfältige Dokumentation, Vergabestelle und Rechtsamt früh eingebunden.",
    probability: 2,
    impact: 4,
  },
  {
    title: "Kostensteigerungen",
    description: "Baupreise und Lizenzkosten steigen stärker als kalkuliert.",
    mitigation: "Preisgleitklauseln prüfen, Ausbaustufen priorisieren, Puffer im Haushalt.",
    probability: 3,
    impact: 3,
  },
  {
    title: "IT-Sicherheitsvorfall",
    description: "Ein Angriff auf die Systeme könnte den Betrieb unterbrechen.",
    mitigation: "ISMS nach BSI-Grundschutz, Penetrationstests, Notfallhandbuch.",
    probability: 2,
    impact: 5,
  },
  {
    title: "Abhängigkeit von einem einzelnen Anbieter",
    description: "Ein Lock-in erschwert späteren Anbieterwechsel und verteuert den Betrieb.",
    mitigation: "Offene Standards und Open-Source-Komponenten bevorzugen, Exit-Klauseln vereinbaren.",
    probability: 3,
    impact: 3,
  },
];

export const FUNDING_NOTES: Record<FundingSource, string[]> = {
  CITY: ["Haushaltsmittel der Stadt", "Investitionsplan, Teilfinanzplan Digitalisierung", ""],
  LAND: ["Landesförderung", "Zuwendung des Landes", ""],
  FEDERAL: ["Bundesförderung", "Förderprogramm des Bundes", ""],
  EU: ["EFRE-Mittel", "EU-Förderung (EFRE/JTF)", ""],
  PARTNER: ["Eigenanteil der Projektpartner", "Sachleistungen der Partner", ""],
  OTHER: ["Stiftungsmittel", "Sonstige Drittmittel", ""],
};

/**
 * Funding programmes the demo's lines draw on: real programme names (rates and periods as published,
 * where they are settled; the grant references are made up). `key` links them to budget lines.
 */
export const FUNDING_PROGRAMMES: {
  key: string;
  name: string;
  level: FundingSource;
  grantReference: string;
  fundingRate: string | null;
  periodFrom: [number, number, number] | null;
  periodTo: [number, number, number] | null;
  url: string | null;
  /** Prefix of the made-up per-line grant references (Förderkennzeichen). */
  refPrefix: string;
}[] = [
  {
    key: "mpsc", name: "Modellprojekte Smart Cities", level: "FEDERAL", grantReference: "MPSC Staffel 3",
    fundingRate: "65.00", periodFrom: [2021, 0, 1], periodTo: [2027, 11, 31], url: "https://www.smart-city-dialog.de/modellprojekte", refPrefix: "MPSC-21",
  },
  {
    key: "gigabit", name: "Gigabitförderung des Bundes", level: "FEDERAL", grantReference: "Gigabit-RR 2.0",
    fundingRate: "50.00", periodFrom: [2023, 3, 1], periodTo: null, url: "https://gigabitbuero.de", refPrefix: "GIGA",
  },
  {
    key: "digitalpakt", name: "DigitalPakt Schule", level: "FEDERAL", grantReference: "Verwaltungsvereinbarung DigitalPakt Schule",
    // Continued as DigitalPakt 2.0, hence no end here.
    fundingRate: "90.00", periodFrom: [2019, 4, 17], periodTo: null, url: "https://www.digitalpaktschule.de", refPrefix: "DPS",
  },
  {
    key: "efre", name: "EFRE/JTF NRW 2021–2027", level: "EU", grantReference: "CCI 2021DE16FFPR007",
    fundingRate: "40.00", periodFrom: [2021, 0, 1], periodTo: [2027, 11, 31], url: "https://www.efre.nrw", refPrefix: "EFRE-0802",
  },
  {
    key: "land", name: "Digitale Modellregionen NRW", level: "LAND", grantReference: "",
    fundingRate: null, periodFrom: null, periodTo: null, url: null, refPrefix: "DMR",
  },
];

/** Which programmes a line of a level may come from, by the initiative's field of action (null: none of them). */
export const PROGRAMMES_BY_LEVEL: Partial<Record<FundingSource, string[]>> = {
  FEDERAL: ["mpsc", "gigabit", "digitalpakt"],
  EU: ["efre"],
  LAND: ["land"],
};

/**
 * Phrases that claim an initiative is on plan: chosen only for an on-track initiative (or report)
 * none of whose open milestones is behind its baseline.
 */
export const ON_PLAN_PHRASES = ["liegt im Zeit- und Kostenrahmen", "verläuft planmäßig", "Keine wesentlichen Abweichungen", "kommt planmäßig voran"] as const;

/**
 * Phrases that claim an initiative is on track (on plan, or on track with moved dates). Never said of
 * an initiative or report at risk or critical; demo-consistency.test.ts checks both lists on demos
 * seeded for several days.
 */
export const ON_TRACK_PHRASES = [...ON_PLAN_PHRASES, "liegt im Gesamtzeitplan", "im Zeitpuffer aufgefangen"] as const;

/**
 * Text building blocks for status reports; `{t}` is the initiative title, `{m}` a milestone, `{p}` a
 * partner. The pools are chosen by the report's health (demo-reports.ts), never at random across them.
 */
export const REPORT_TEXT = {
  /** On track, and no open milestone is behind its baseline. */
  summaryOnTrack: [
    "Das Vorhaben „{t}“ liegt im Zeit- und Kostenrahmen.",
    "Die Umsetzung von „{t}“ verläuft planmäßig; alle Arbeitspakete sind im Soll.",
    "Keine wesentlichen Abweichungen vom Plan; die Zusammenarbeit mit {p} läuft gut.",
  ],
  /** On track overall, but some milestone dates have moved (the reason follows when one is overdue). */
  summaryOnTrackShifted: [
    "Das Vorhaben „{t}“ liegt im Gesamtzeitplan; einzelne Termine wurden verschoben, ohne das Ziel zu gefährden.",
    "Die Umsetzung von „{t}“ kommt voran; verschobene Termine werden im Zeitpuffer aufgefangen.",
  ],
  summaryAtRisk: [
    "Das Vorhaben „{t}“ ist leicht im Verzug; Gegenmaßnahmen sind eingeleitet.",
    "Einzelne Termine in „{t}“ sind gefährdet, das Gesamtziel wird weiterhin erreicht.",
  ],
  summaryOffTrack: [
    "„{t}“ liegt deutlich hinter dem Plan; eine Neuplanung wird dem Lenkungskreis vorgelegt.",
    "Der Zeitplan für „{t}“ ist nicht mehr zu halten; Entscheidung über das weitere Vorgehen steht aus.",
  ],
  summaryPaused: "Das Vorhaben ruht.",
  achievements: [
    "Meilenstein „{m}“ erreicht.",
    "Abstimmungstermine mit {p} durchgeführt, Arbeitspakete für das nächste Quartal vereinbart.",
    "Projektteam vollständig besetzt; Schulung der Key-User abgeschlossen.",
    "Zwischenstand im Ausschuss für Digitalisierung vorgestellt.",
    "Technische Dokumentation aktualisiert und Testfälle erweitert.",
  ],
  nextSteps: [
    "Vorbereitung von „{m}“.",
    "Abstimmung der nächsten Ausbaustufe mit {p}.",
    "Fortschreibung der Kostenplanung für das kommende Haushaltsjahr.",
    "Nutzerfeedback auswerten und Backlog priorisieren.",
  ],
  noRisks: ["Keine neuen Risiken.", "Risikolage unverändert.", "Keine Risiken mit hoher Priorität."],
  /** Public summaries (for citizens), by the report's health. */
  publicOnTrack: ["Das Vorhaben „{t}“ kommt planmäßig voran."],
  publicNeutral: ["Im Quartal wurde „{m}“ erreicht.", "Die Arbeiten an „{t}“ werden gemeinsam mit {p} fortgesetzt."],
  publicAtRisk: [
    "Bei „{t}“ verzögern sich einzelne Termine; Gegenmaßnahmen sind eingeleitet.",
    "Das Vorhaben „{t}“ ist im Verzug. Ein neuer Zeitplan wird abgestimmt.",
  ],
  publicOffTrack: [
    "„{t}“ liegt deutlich hinter dem Zeitplan. Über das weitere Vorgehen wird neu entschieden.",
    "Der ursprüngliche Zeitplan für „{t}“ ist nicht mehr zu halten; ein neuer Plan wird erarbeitet.",
  ],
  publicPaused: ["Das Vorhaben „{t}“ ruht derzeit."],
  returned: [
    "Bitte die Verschiebung von „{m}“ begründen und die Auswirkungen auf das Budget ergänzen.",
    "Die öffentliche Zusammenfassung enthält interne Details zur Vergabe – bitte kürzen und erneut einreichen.",
  ],
};

/** Reasons the data give for a health, where the initiative's own text does not already say it; `{m}` is a milestone. */
export const HEALTH_TEXT = {
  /** An initiative planned as on track whose milestone is overdue anyway. */
  overdue: "„{m}“ ist überfällig; ein neuer Termin wird mit den Beteiligten abgestimmt.",
  /** A past quarter that ended with a milestone overdue for more than two weeks. */
  overdueAtQuarterEnd: "„{m}“ war zum Quartalsende überfällig.",
  /** A past quarter that ended with a milestone only a few days overdue: still on track, and the report says why. */
  brieflyOverdueAtQuarterEnd: "„{m}“ war zum Quartalsende wenige Tage über dem Termin; der Abschluss stand unmittelbar bevor.",
  /** A KPI whose projection misses its target (`{k}` = the KPI's name). */
  kpiOffCourse: "Die Kennzahl „{k}“ erreicht auf dem bisherigen Kurs ihr Ziel nicht rechtzeitig; Gegenmaßnahmen werden geprüft.",
  /** A KPI whose target date has passed without the target met. */
  kpiTargetMissed: "Die Kennzahl „{k}“ hat ihr Ziel zum Zieldatum verfehlt.",
  /** Nobody has changed the initiative for a long time. */
  stale: "Seit Monaten liegt keine Aktualisierung vor; der Stand muss bestätigt werden.",
};

export type CommentSpec = { code: string; target: "initiative" | "currentReport" | "previousReport"; author: UserKey; body: string; daysAgo: number };

export const COMMENTS: CommentSpec[] = [
  {
    code: "INF-01",
    target: "initiative",
    author: "council",
    daysAgo: 40,
    body: "Wo werden die Daten der Rhine Cloud physisch gespeichert, und wer hat Zugriff darauf? Das sollte im nächsten Ausschuss transparent dargestellt werden.",
  },
  {
    code: "INF-01",
    target: "initiative",
    author: "lead",
    daysAgo: 38,
    body: "Die Plattform läuft im Rechenzentrum der DVV in Duisburg. Ein Berechtigungskonzept mit Rollen und Protokollierung liegt vor; wir stellen es in der nächsten Sitzung vor.",
  },
  {
    code: "INF-02",
    target: "initiative",
    author: "council",
    daysAgo: 75,
    body: "Wie geht die Stadt mit der bundesweiten Debatte über die Zulassung von Netzkomponenten um? Gibt es einen Plan B?",
  },
  {
    code: "INF-02",
    target: "currentReport",
    author: "head",
    daysAgo: 6,
    body: "Bitte im Bericht klarer zwischen Campusnetzen und öffentlichem Netz unterscheiden.",
  },
  {
    code: "VER-02",
    target: "previousReport",
    author: "head",
    daysAgo: 45,
    body: "Die Migration der Altakten muss im Lenkungskreis priorisiert werden. Ich setze das Thema auf die Tagesordnung.",
  },
  {
    code: "MOB-01",
    target: "initiative",
    author: "headVerk",
    daysAgo: 20,
    body: "Die Ergebnisse der letzten Messkampagne sind vielversprechend. Bitte die Erweiterung auf den Rheinhauser Abschnitt vorbereiten.",
  },
  {
    code: "GES-04",
    target: "initiative",
    author: "council",
    daysAgo: 12,
    body: "Die App wurde schon mehrfach angekündigt. Wann ist mit einem realistischen Starttermin zu rechnen?",
  },
  {
    code: "GES-04",
    target: "initiative",
    author: "lead2",
    daysAgo: 10,
    body: "Nach dem Wechsel des Dienstleisters legen wir bis Ende des Quartals einen neuen, belastbaren Zeitplan vor.",
  },
  {
    code: "BIL-01",
    target: "currentReport",
    author: "leadBil",
    daysAgo: 4,
    body: "Die Abnahmeprotokolle der letzten zwölf Schulen sind nachgereicht.",
  },
  {
    code: "WIR-01",
    target: "initiative",
    author: "admin",
    daysAgo: 30,
    body: "Hinweis: Die Kennzahl zur Lkw-Wartezeit wird ab sofort monatlich aus dem Slot-System übernommen.",
  },
];

/**
 * The demo's partner contact (Universität Duisburg-Essen) is assigned to this initiative, where the
 * university is responsible for this milestone and for the initiative's KPI.
 */
export const DEMO_PARTNER_CONTACT = { user: "partner", partner: "ude", initiative: "MOB-01", milestone: "Zwischenbericht Fahrdaten und Sicherheit" } as const satisfies {
  user: UserKey;
  partner: PartnerKey;
  initiative: string;
  milestone: string;
};
