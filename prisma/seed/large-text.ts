// Text building blocks for the generated large data sets (`npm run db:seed -- --scale medium|large`):
// plausible German initiative titles, summaries and KPI names, combined from templates per field
// of action. Example data only; none of it describes real projects.
import type { KpiDirection, KpiValueType } from "@/lib/generated/prisma/client";

export type TopicSet = {
  /** Nominal phrases that read as project names after an action word ("Einführung E-Akte Jugendamt"). */
  objects: string[];
  /** One-sentence purposes; `{o}` is the object. */
  purposes: string[];
  tags: string[];
};

/** Action words that open a title. */
export const ACTIONS = [
  "Einführung",
  "Ausbau",
  "Pilotierung",
  "Modernisierung",
  "Weiterentwicklung",
  "Rollout",
  "Konzeption",
  "Verstetigung",
  "Neuaufstellung",
  "Erweiterung",
];

/** Optional endings; `{d}` is a district name, `{n}` a stage number. */
export const SUFFIXES = ["", "", "", " – {d}", " – {d}", " (Stufe {n})", " – Phase {n}", " im Stadtbezirk {d}"];

export const TOPICS: Record<string, TopicSet> = {
  VER: {
    objects: [
      "E-Akte Jugendamt",
      "E-Akte Bauordnungsamt",
      "Online-Antrag Wohngeld",
      "Online-Antrag Elterngeld",
      "Bauantrag online",
      "Terminbuchung Bürgerservice",
      "KI-Assistent Bürgertelefon",
      "E-Rechnung Kämmerei",
      "Digitaler Posteingang",
      "Ratsinformationssystem",
      "Fachverfahren Ordnungsamt",
      "Telearbeit Kernverwaltung",
      "Gewerbeanmeldung digital",
      "Personalakte digital",
      "Bewerbermanagement online",
      "Servicekonto Unternehmen",
    ],
    purposes: [
      "Mit „{o}“ werden Anträge medienbruchfrei bearbeitet und Wartezeiten verkürzt.",
      "„{o}“ entlastet die Sachbearbeitung und macht den Bearbeitungsstand für Antragstellende sichtbar.",
      "Das Vorhaben „{o}“ ersetzt Papierprozesse durch digitale Workflows in der Verwaltung.",
    ],
    tags: ["OZG", "Bürgerservice", "E-Akte", "Prozesse", "Verwaltung"],
  },
  MOB: {
    objects: [
      "Verkehrsrechner Innenstadt",
      "Parkleitsystem",
      "Echtzeit-Fahrgastinformation",
      "Bike-Sharing-Stationen",
      "Ladeinfrastruktur E-Mobilität",
      "Bewohnerparken digital",
      "Ampelvorrangschaltung Bus",
      "Verkehrsdatenplattform",
      "Mobilstationen",
      "On-Demand-Shuttle",
      "Radverkehrszählstellen",
      "Baustellenkoordination digital",
    ],
    purposes: [
      "„{o}“ macht den Verkehr flüssiger und verbessert die Information der Fahrgäste.",
      "Mit „{o}“ werden Verkehrsdaten erfasst und für die Steuerung genutzt.",
      "Das Vorhaben „{o}“ stärkt klimafreundliche Mobilität im Stadtgebiet.",
    ],
    tags: ["Verkehr", "ÖPNV", "Radverkehr", "E-Mobilität", "Echtzeitdaten"],
  },
  BIL: {
    objects: [
      "WLAN an Grundschulen",
      "Tablets für Förderschulen",
      "Lernplattform Sekundarstufe",
      "Medienkompetenzzentrum",
      "Support-Team Schul-IT",
      "Digitale Tafeln Berufskollegs",
      "Schulverwaltungssoftware",
      "MINT-Lernlabor",
      "Glasfaseranbindung Schulen",
      "Fortbildungsprogramm Lehrkräfte",
    ],
    purposes: [
      "„{o}“ schafft zeitgemäße Lernbedingungen für Schülerinnen und Schüler.",
      "Mit „{o}“ werden Schulen bei der digitalen Bildung unterstützt.",
      "Das Vorhaben „{o}“ setzt den Medienentwicklungsplan der Stadt um.",
    ],
    tags: ["Schule", "DigitalPakt", "Medienbildung", "WLAN"],
  },
  INF: {
    objects: [
      "Glasfaserausbau Gewerbegebiete",
      "Öffentliches WLAN",
      "LoRaWAN-Sensornetz",
      "Urbane Datenplattform",
      "5G-Testfeld",
      "Rechenzentrum Stadtverwaltung",
      "Digitaler Zwilling",
      "Smarte Straßenbeleuchtung",
      "Leerrohrkataster",
      "Geodateninfrastruktur",
      "Netzwerkmodernisierung Schulen",
    ],
    purposes: [
      "„{o}“ baut das digitale Fundament der Smart City weiter aus.",
      "Mit „{o}“ werden Netze und Daten für weitere Anwendungen bereitgestellt.",
      "Das Vorhaben „{o}“ verbessert Versorgung und Ausfallsicherheit der Infrastruktur.",
    ],
    tags: ["Glasfaser", "5G", "Sensorik", "Datenplattform", "Infrastruktur"],
  },
  WIR: {
    objects: [
      "Gründungszentrum Digitalwirtschaft",
      "Logistikdatenraum Hafen",
      "Industrie-4.0-Beratung",
      "Flächenportal Gewerbe",
      "Fachkräfteportal",
      "Innovationslabor Mittelstand",
      "Digitaler Marktplatz Einzelhandel",
      "Truck-Parking-System",
      "Wirtschaftsförderung online",
      "Coworking-Angebote",
    ],
    purposes: [
      "„{o}“ stärkt den Wirtschafts- und Logistikstandort Duisburg.",
      "Mit „{o}“ werden Unternehmen bei der Digitalisierung begleitet.",
      "Das Vorhaben „{o}“ vernetzt Wirtschaft, Wissenschaft und Verwaltung.",
    ],
    tags: ["Logistik", "Gründung", "Mittelstand", "Hafen", "Industrie 4.0"],
  },
  UMW: {
    objects: [
      "Luftqualitätsmessnetz",
      "Smarte Abfallbehälter",
      "Energiemonitoring städtischer Gebäude",
      "Starkregen-Frühwarnsystem",
      "Baumkataster digital",
      "Hitzeaktionsplan digital",
      "Lärmkartierung",
      "Photovoltaik-Potenzialkataster",
      "Bewässerungssteuerung Grünflächen",
      "Pegelmessstellen",
    ],
    purposes: [
      "„{o}“ liefert Daten für eine grünere und widerstandsfähigere Stadt.",
      "Mit „{o}“ werden Ressourcen geschont und Umweltbelastungen früher erkannt.",
      "Das Vorhaben „{o}“ unterstützt die Klimaanpassung der Stadt.",
    ],
    tags: ["Klima", "Umwelt", "Energie", "Sensorik", "Klimaanpassung"],
  },
  GES: {
    objects: [
      "Digitallotsen Senioren",
      "Beteiligungsplattform",
      "Offene Daten Portal",
      "Digitalwerkstatt Stadtbibliothek",
      "Mehrsprachige Bürgerinformation",
      "Barrierefreie Onlinedienste",
      "Ehrenamtsbörse",
      "Quartiersplattform",
      "Jugendbeteiligung online",
      "Digitale Sprechstunde Sozialamt",
    ],
    purposes: [
      "„{o}“ sorgt dafür, dass alle an der digitalen Stadt teilhaben können.",
      "Mit „{o}“ werden Bürgerinnen und Bürger stärker beteiligt.",
      "Das Vorhaben „{o}“ baut Hürden beim Zugang zu digitalen Angeboten ab.",
    ],
    tags: ["Teilhabe", "Beteiligung", "Open Data", "Barrierefreiheit"],
  },
};

/** For fields of action the templates do not know: a generic set. */
export const GENERIC_TOPICS: TopicSet = {
  objects: ["Digitale Dienste", "Datenplattform", "Prozessdigitalisierung", "Serviceangebot online", "Fachverfahren"],
  purposes: ["Das Vorhaben „{o}“ setzt ein Ziel des Masterplans um."],
  tags: ["Digitalisierung"],
};

export const MILESTONE_STEPS = [
  "Projektauftrag erteilt",
  "Anforderungsanalyse abgeschlossen",
  "Fachkonzept abgenommen",
  "Förderantrag gestellt",
  "Förderbescheid erhalten",
  "Ausschreibung veröffentlicht",
  "Vergabe abgeschlossen",
  "Datenschutzfreigabe",
  "Testumgebung bereitgestellt",
  "Pilotbetrieb gestartet",
  "Zwischenbericht im Fachausschuss",
  "Schulung der Anwenderinnen und Anwender",
  "Rollout abgeschlossen",
  "Evaluation vorgelegt",
  "Übergabe in den Regelbetrieb",
  "Abschlussbericht",
];

export type KpiTemplate = { name: string; unit: string; valueType: KpiValueType; direction: KpiDirection; baseline: number; target: number };

export const KPI_TEMPLATES: KpiTemplate[] = [
  { name: "Anzahl Nutzungen pro Monat", unit: "Nutzungen", valueType: "INTEGER", direction: "HIGHER_IS_BETTER", baseline: 200, target: 12_000 },
  { name: "Anteil digital bearbeiteter Vorgänge", unit: "%", valueType: "PERCENT", direction: "HIGHER_IS_BETTER", baseline: 5, target: 90 },
  { name: "Durchschnittliche Bearbeitungszeit", unit: "Tage", valueType: "DECIMAL", direction: "LOWER_IS_BETTER", baseline: 28, target: 7 },
  { name: "Angeschlossene Standorte", unit: "Standorte", valueType: "INTEGER", direction: "HIGHER_IS_BETTER", baseline: 0, target: 180 },
  { name: "Zufriedenheit der Nutzenden", unit: "%", valueType: "PERCENT", direction: "HIGHER_IS_BETTER", baseline: 55, target: 85 },
  { name: "Verfügbarkeit des Dienstes", unit: "%", valueType: "PERCENT", direction: "HIGHER_IS_BETTER", baseline: 97, target: 99.5 },
  { name: "Eingesparte Papierseiten", unit: "Tsd. Seiten", valueType: "DECIMAL", direction: "HIGHER_IS_BETTER", baseline: 0, target: 850 },
  { name: "CO₂-Einsparung", unit: "t CO₂", valueType: "DECIMAL", direction: "HIGHER_IS_BETTER", baseline: 0, target: 1_200 },
];

export const HEALTH_REASONS = [
  "Die Vergabe verzögert sich wegen einer Rüge im Verfahren.",
  "Lieferengpässe bei der Hardware verschieben den Rollout.",
  "Das Projektteam ist nicht vollständig besetzt.",
  "Die Schnittstelle zum Altsystem erfordert zusätzlichen Aufwand.",
  "Fördermittel wurden später bewilligt als geplant.",
];
