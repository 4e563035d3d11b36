// The 48 example initiatives of the demo data set (example data, loosely inspired by public
// reporting on the "Masterplan Digitales Duisburg"; figures and dates are invented).
// Dates are month offsets from the month of `today`, so the portfolio stays current whenever it is seeded;
// a `story` pins what the demo must always show (overdue, due soon, completed early or late) on any day.
import type { FundingSource, Health, InitiativeStatus, PartnerRole } from "@/lib/generated/prisma/client";
import type { DeptCode, DistrictCode, KpiSpec, MilestoneKind, PartnerKey, RiskSpec, UserKey } from "./demo-data";

/**
 * What an initiative always shows, whatever the seeding day (applied in demo-plan.ts). Initiatives
 * at risk or critical that are running always have their last due milestone overdue (but the stale
 * one: nobody has touched it, that is its risk); `overdue` says how.
 */
export type Story = {
  /** How the overdue milestone(s) of a troubled initiative got there: never re-forecast (delay ≠ slip) or re-forecast to a date that has passed too. */
  overdue?: { count: 1 | 2; reforecast: boolean };
  /** The next open milestone falls due within the next 30 days; 0: exactly today (due, not overdue). */
  dueSoon?: true | 0;
  /** On track although one milestone is a few days overdue: the reason, shown as health reason (`{m}` = milestone). */
  lateOnTrack?: string;
  /** Completed initiatives: the first milestone was done before its baseline, the second after a re-forecast, late. */
  completedEarlyAndLate?: true;
  /**
   * A running initiative nobody has changed for longer than STALE_AFTER_DAYS: its last report (at
   * risk, with the health reason) is older than that, no report since, its open milestones were
   * re-planned before it fell silent. Staleness is its only signal, so it is at risk for that reason.
   */
  stale?: true;
};

export type InitiativeSpec = {
  /** `<FIELD>-<nn>`; the prefix names the field of action. */
  code: string;
  dept: DeptCode;
  title: string;
  summary: string;
  body: string;
  plain?: string;
  status: InitiativeStatus;
  health?: Health;
  healthReason?: string;
  /** Planned start, in months from the current month (negative = past). */
  start: number;
  /** Planned duration in months. */
  months: number;
  /** For ON_HOLD / CANCELLED: months from the current month when work stopped. */
  stop?: number;
  internal?: boolean;
  districts: DistrictCode[] | "ALL";
  tags: string[];
  leads: UserKey[];
  partners?: [PartnerKey, PartnerRole, string, number | null][];
  kind: MilestoneKind;
  milestones?: string[];
  kpi?: KpiSpec;
  /** Total planned budget in euros. */
  budget?: number;
  funding?: FundingSource[];
  risks?: RiskSpec[];
  story?: Story;
};

export const INITIATIVES: InitiativeSpec[] = [
  // ------------------------------------------------------------------ VER: Digitale Verwaltung
  {
    code: "VER-01", dept: "DIGI", status: "IN_PROGRESS", start: -84, months: 96, kind: "it", leads: ["lead"], districts: "ALL",
    title: "Digitales Bürgerportal Duisburg (OZG-Umsetzung)",
    summary: "Alle wichtigen Verwaltungsleistungen werden über ein zentrales Portal online und medienbruchfrei angeboten.",
    body: "Das Bürgerportal bündelt die Online-Dienste der Stadt an einer Stelle. Anmeldung und Bezahlung erfolgen über das Servicekonto NRW, Bescheide landen im digitalen Postfach.\n\nDie Umsetzung folgt dem Onlinezugangsgesetz (OZG): Leistungen mit vielen Fallzahlen – Meldewesen, Kfz-Zulassung, Wohngeld, Gewerbe – werden zuerst digitalisiert. Die Fachämter werden von einem zentralen Team begleitet.",
    plain: "Viele Anträge bei der Stadt können Sie bald im Internet stellen. Sie müssen dafür nicht mehr ins Amt gehen.",
    tags: ["OZG", "Bürgerservice", "Onlinedienste"],
    partners: [["itnrw", "TECHNOLOGY_PROVIDER", "Servicekonto NRW, Bezahldienst und Basiskomponenten", null]],
    kpi: { name: "Online beantragbare Leistungen", description: "Anzahl der Verwaltungsleistungen, die vollständig online beantragt werden können.", unit: "Leistungen", valueType: "INTEGER", baseline: 15, target: 420, method: "Zählung im Leistungskatalog des Portals.", source: "Bürgerportal" },
    budget: 4_200_000, funding: ["LAND", "FEDERAL"],
    story: { dueSoon: true },
  },
  {
    code: "VER-02", dept: "DIGI", status: "IN_PROGRESS", health: "AT_RISK", start: -60, months: 66, kind: "it", leads: ["lead"], districts: ["MIT"],
    healthReason: "Die Migration der Altbestände im Bauordnungsamt verzögert sich; die Scan-Kapazitäten reichen nicht aus.",
    title: "Einführung der E-Akte in der Kernverwaltung",
    summary: "Die elektronische Akte ersetzt schrittweise die Papierakte in allen Ämtern der Kernverwaltung.",
    body: "Mit der E-Akte werden Vorgänge vollständig digital bearbeitet, revisionssicher abgelegt und ortsunabhängig zugänglich. Das schafft die Voraussetzung für mobiles Arbeiten und für medienbruchfreie Online-Dienste.\n\nDie Einführung erfolgt amtsweise in Wellen. Jede Welle umfasst Prozessaufnahme, Aktenplan, Schulung und Migration der laufenden Akten.",
    tags: ["E-Akte", "Prozesse", "Verwaltung"],
    kpi: { name: "Arbeitsplätze mit E-Akte", description: "Anteil der Büroarbeitsplätze der Kernverwaltung, die produktiv mit der E-Akte arbeiten.", unit: "%", valueType: "PERCENT", baseline: 5, target: 100, method: "Lizenz- und Nutzerauswertung des DMS.", source: "Amt für Digitalisierung und Organisation", isPublic: false },
    budget: 3_100_000,
    story: { overdue: { count: 1, reforecast: false } },
  },
  {
    code: "VER-03", dept: "DIGI", status: "COMPLETED", start: -66, months: 28, kind: "it", leads: ["lead2"], districts: ["MIT"], internal: true,
    title: "Digitaler Posteingang und zentrales Scan-Zentrum",
    summary: "Eingehende Papierpost wird zentral digitalisiert und elektronisch an die Fachämter verteilt.",
    body: "Im Scan-Zentrum wird die Eingangspost geöffnet, gescannt, klassifiziert und über die E-Akte an die zuständigen Stellen weitergeleitet.\n\nDas Vorhaben ist abgeschlossen und in den Regelbetrieb übergegangen; täglich werden rund 4.000 Seiten verarbeitet.",
    tags: ["Posteingang", "Scan", "E-Akte"],
    budget: 900_000,
  },
  {
    code: "VER-04", dept: "DIGI", status: "COMPLETED", start: -80, months: 22, kind: "service", leads: ["lead"], districts: "ALL",
    title: "Online-Terminvergabe in den Bürgerservice-Stationen",
    summary: "Termine in allen Bürgerservice-Stationen lassen sich online buchen; Wartezeiten sind deutlich gesunken.",
    body: "Bürgerinnen und Bürger buchen ihren Termin für Personalausweis, Reisepass oder Ummeldung online oder telefonisch. Ein Aufrufsystem zeigt in den Stationen die Reihenfolge an.\n\nNach dem erfolgreichen Pilotbetrieb in Mitte wurde das System in allen sieben Stadtbezirken eingeführt.",
    plain: "Sie können online einen Termin im Bürger-Service machen. Dann müssen Sie nicht lange warten.",
    tags: ["Bürgerservice", "Termine"],
    kpi: { name: "Durchschnittliche Wartezeit im Bürgerservice", description: "Mittlere Wartezeit vor Ort zwischen Ankunft und Aufruf.", unit: "Minuten", valueType: "DECIMAL", direction: "LOWER_IS_BETTER", baseline: 48, target: 12, method: "Auswertung des Aufrufsystems.", source: "Bürgerservice", monthly: true, perf: 1.05 },
    budget: 650_000,
    story: { completedEarlyAndLate: true },
  },
  {
    code: "VER-05", dept: "DIGI", status: "IN_PROGRESS", health: "OFF_TRACK", start: -40, months: 42, kind: "it", leads: ["lead2"], districts: "ALL",
    healthReason: "Die Anbindung des Fachverfahrens an das Landesportal ist gescheitert; Neuplanung mit der Landeslösung erforderlich. Fertigstellung frühestens in zwölf Monaten.",
    title: "Digitaler Bauantrag",
    summary: "Bauanträge werden vollständig digital eingereicht, geprüft und beschieden.",
    body: "Architektinnen und Bauherren reichen Anträge samt Plänen digital ein; beteiligte Stellen nehmen parallel in einem gemeinsamen Arbeitsraum Stellung.\n\nGrundlage ist der bundesweite Standard XBau. Das Verfahren soll die Bearbeitungszeit deutlich verkürzen.",
    tags: ["Bauen", "OZG", "XBau"],
    partners: [["itnrw", "TECHNOLOGY_PROVIDER", "Anbindung an das Bauportal NRW", null]],
    kpi: { name: "Bearbeitungszeit Baugenehmigung", description: "Mittlere Dauer vom vollständigen Antrag bis zur Genehmigung.", unit: "Tage", valueType: "DECIMAL", direction: "LOWER_IS_BETTER", baseline: 96, target: 45, method: "Auswertung des Fachverfahrens.", source: "Bauaufsicht", perf: 0.3 },
    budget: 1_600_000, funding: ["LAND"],
    story: { overdue: { count: 2, reforecast: true } },
  },
  {
    code: "VER-06", dept: "DIGI", status: "IN_PROGRESS", start: -48, months: 60, kind: "it", leads: ["lead"], districts: ["MIT"], internal: true,
    title: "Moderner Arbeitsplatz und mobiles Arbeiten",
    summary: "Beschäftigte erhalten mobile Endgeräte, Kollaborationswerkzeuge und sichere Fernzugänge.",
    body: "Die Ausstattung wird auf Notebooks mit Dockingstationen umgestellt; Videokonferenzen und gemeinsame Dokumentenbearbeitung werden Standard.\n\nEine Dienstvereinbarung mit dem Personalrat regelt mobiles Arbeiten.",
    tags: ["Arbeitsplatz", "Mobiles Arbeiten", "Intern"],
    kpi: { name: "Mobil arbeitsfähige Beschäftigte", description: "Anteil der Beschäftigten mit mobilem Endgerät und Fernzugang.", unit: "%", valueType: "PERCENT", baseline: 10, target: 80, method: "Auswertung der Geräteverwaltung.", source: "IT-Service", isPublic: false },
    budget: 2_400_000,
  },
  {
    code: "VER-07", dept: "DIGI", status: "PROPOSED", start: 6, months: 24, kind: "service", leads: ["lead2"], districts: "ALL", internal: true,
    title: "KI-Assistent für Bürgeranfragen",
    summary: "Ein KI-gestützter Assistent soll einfache Fragen rund um die Uhr beantworten und an die richtige Stelle weiterleiten.",
    body: "Der Assistent greift ausschließlich auf geprüfte Inhalte des Bürgerportals zurück. Vor einer Entscheidung werden rechtliche Fragen (KI-Verordnung, Datenschutz) geklärt.\n\nEin Pilot ist zunächst für das Bürgertelefon vorgesehen.",
    tags: ["KI", "Bürgerservice"],
    partners: [["ude", "RESEARCH_PARTNER", "Begleitforschung zu Qualität und Akzeptanz", 60_000]],
    budget: 400_000,
  },
  // ------------------------------------------------------------------ MOB: Mobilität
  {
    code: "MOB-01", dept: "VERK", status: "IN_PROGRESS", start: -78, months: 84, kind: "research", leads: ["leadMob", "lead2"], districts: ["MIT", "RHE", "HRB"],
    title: "Testfeld für automatisiertes und vernetztes Fahren",
    summary: "Auf einer innerstädtischen Teststrecke werden automatisierte Fahrzeuge im Mischverkehr erprobt.",
    body: "Road-Side-Units an Kreuzungen senden Ampelphasen und Gefahrenhinweise per 5G/C-V2X an Fahrzeuge. Ein automatisiertes Shuttle der DVG fährt im Linienbetrieb mit Sicherheitsfahrer.\n\nDie Universität Duisburg-Essen wertet die Fahrdaten aus und untersucht die Akzeptanz bei Fahrgästen.",
    tags: ["Autonomes Fahren", "5G", "V2X"],
    partners: [
      ["ude", "RESEARCH_PARTNER", "Wissenschaftliche Begleitung, Auswertung der Fahrdaten", 450_000],
      ["huawei", "TECHNOLOGY_PROVIDER", "5G- und C-V2X-Kommunikationstechnik an der Teststrecke", 800_000],
      ["dvg", "OPERATOR", "Betrieb des automatisierten Shuttles", null],
    ],
    milestones: ["Kooperationsvereinbarung mit UDE und DVG", "Teststrecke mit Road-Side-Units ausgestattet", "Erste Testfahrten im Mischverkehr", "Zwischenbericht Fahrdaten und Sicherheit", "Erweiterung auf den Abschnitt Rheinhausen", "Abschlussbericht und Verstetigungskonzept"],
    kpi: { name: "Automatisiert gefahrene Testkilometer", description: "Kumulierte Kilometer im automatisierten Modus auf dem Testfeld.", unit: "km", valueType: "INTEGER", baseline: 0, target: 60000, method: "Fahrtenschreiber der Testfahrzeuge.", source: "DVG, Universität Duisburg-Essen" },
    budget: 6_500_000, funding: ["FEDERAL", "PARTNER"],
    story: { dueSoon: true },
  },
  {
    code: "MOB-02", dept: "VERK", status: "IN_PROGRESS", start: -70, months: 84, kind: "infra", leads: ["leadMob"], districts: ["MIT", "MEI", "HAM", "SUED"],
    title: "Adaptive Verkehrssteuerung auf den Hauptachsen",
    summary: "Ampeln werden an den Verkehrsrechner angebunden und passen ihre Schaltung an die aktuelle Verkehrslage an.",
    body: "Detektoren erfassen Verkehrsmengen in Echtzeit; der Verkehrsrechner optimiert Grüne Wellen und priorisiert Busse und Rettungsfahrzeuge.\n\nBegonnen wird auf den stark belasteten Achsen in Mitte, Meiderich und Hamborn.",
    tags: ["Verkehrssteuerung", "Ampeln", "ÖPNV-Beschleunigung"],
    partners: [["ude", "RESEARCH_PARTNER", "Verkehrsmodellierung und Wirkungsanalyse", 180_000]],
    kpi: { name: "Reisezeit auf den Hauptachsen (Spitzenstunde)", description: "Mittlere Reisezeit auf fünf Referenzstrecken in der Nachmittagsspitze.", unit: "Minuten", valueType: "DECIMAL", direction: "LOWER_IS_BETTER", baseline: 23.5, target: 19, method: "Floating-Car-Daten, Quartalsmittel.", source: "Amt für Verkehr" },
    budget: 5_200_000, funding: ["LAND", "FEDERAL"],
  },
  {
    code: "MOB-03", dept: "VERK", status: "IN_PROGRESS", health: "AT_RISK", start: -36, months: 42, kind: "infra", leads: ["leadMob"], districts: ["MIT", "HRB"],
    healthReason: "Der Sensorhersteller hat Lieferschwierigkeiten; der Ausbau in Ruhrort verschiebt sich um mindestens ein Quartal.",
    title: "Smart Parking – sensorgestützte Parkraumerfassung",
    summary: "Bodensensoren melden freie Parkplätze in Echtzeit an Parkleitsystem und App.",
    body: "In der Innenstadt und in Ruhrort werden Stellplätze mit Bodensensoren ausgestattet. Die Daten fließen über das Sensornetz in die Rhine Cloud und von dort in das Parkleitsystem und die Duisburg-App.\n\nZiel ist weniger Parksuchverkehr und eine bessere Auslastung der Parkhäuser.",
    tags: ["Parken", "Sensorik", "IoT"],
    partners: [
      ["dvv", "OPERATOR", "Betrieb der Sensorik und Datenbereitstellung", null],
      ["huawei", "TECHNOLOGY_PROVIDER", "NB-IoT-Konnektivität für die Bodensensoren", 150_000],
    ],
    kpi: { name: "Stellplätze mit Belegungserkennung", description: "Anzahl der Stellplätze mit Echtzeit-Belegungsinformation.", unit: "Stellplätze", valueType: "INTEGER", baseline: 0, target: 2500, method: "Bestandsliste der Sensoren.", source: "DVV" },
    budget: 1_300_000,
    story: { overdue: { count: 1, reforecast: true } },
  },
  {
    code: "MOB-04", dept: "VERK", status: "COMPLETED", start: -92, months: 40, kind: "infra", leads: ["leadMob"], districts: "ALL",
    title: "Echtzeit-Fahrgastinformation an Haltestellen",
    summary: "Dynamische Anzeiger an den wichtigsten Haltestellen zeigen Abfahrten in Echtzeit.",
    body: "An über 200 Haltestellen wurden dynamische Fahrgastinformationsanzeiger installiert, teilweise mit Vorlesefunktion für sehbehinderte Menschen.\n\nDie Echtzeitdaten stehen zusätzlich als offene Daten zur Verfügung.",
    tags: ["ÖPNV", "Fahrgastinformation", "Barrierefreiheit"],
    partners: [["dvg", "LEAD_PARTNER", "Beschaffung, Installation und Betrieb der Anzeiger", 1_800_000]],
    budget: 3_400_000, funding: ["LAND", "PARTNER"],
  },
  {
    code: "MOB-05", dept: "VERK", status: "IN_PROGRESS", start: -30, months: 48, kind: "service", leads: ["leadMob"], districts: ["MIT", "HAM", "RHE", "SUED", "WAL"],
    title: "Mobilstationen und Sharing-Angebote",
    summary: "An Mobilstationen werden Bus und Bahn mit Leihrädern, E-Scootern und Carsharing verknüpft.",
    body: "Mobilstationen bündeln verschiedene Verkehrsmittel an einem Ort. Buchung und Bezahlung erfolgen über eine gemeinsame App.\n\nIn jedem Stadtbezirk soll mindestens eine Station entstehen; der Ausbau beginnt an den großen Umsteigepunkten.",
    tags: ["Sharing", "Multimodalität", "Mobilstation"],
    partners: [["dvg", "OPERATOR", "Integration in die Fahrplan-App", null], ["swdu", "OPERATOR", "Ladepunkte für E-Carsharing", 220_000]],
    budget: 2_100_000, funding: ["LAND"],
  },
  {
    code: "MOB-06", dept: "VERK", status: "PLANNED", start: 2, months: 36, kind: "infra", leads: ["leadMob"], districts: "ALL",
    title: "Ladeinfrastruktur-Kataster und Monitoring",
    summary: "Ein digitales Kataster zeigt öffentliche Ladepunkte, ihre Auslastung und den Ausbaubedarf.",
    body: "Die Daten aller öffentlichen Ladepunkte werden zusammengeführt und auf der Datenplattform bereitgestellt. Auf dieser Basis wird der weitere Ausbau bedarfsgerecht geplant.",
    tags: ["Elektromobilität", "Laden", "Daten"],
    partners: [["swdu", "LEAD_PARTNER", "Betrieb der Ladepunkte, Datenlieferung", null]],
    budget: 700_000, funding: ["FEDERAL"],
  },
  {
    code: "MOB-07", dept: "VERK", status: "ON_HOLD", health: "AT_RISK", start: -24, months: 36, stop: -5, kind: "service", leads: ["leadMob"], districts: ["SUED"],
    healthReason: "Der Förderaufruf des Landes wurde ausgesetzt; das Vorhaben ruht, bis die Finanzierung geklärt ist.",
    title: "On-Demand-Shuttle im Duisburger Süden",
    summary: "Ein per App buchbarer Kleinbus ergänzt den Linienverkehr in den südlichen Stadtteilen.",
    body: "Das Shuttle fährt ohne festen Fahrplan zwischen virtuellen Haltepunkten. Ein Algorithmus bündelt Fahrtwünsche mit ähnlichem Ziel.\n\nDer Pilot soll zeigen, ob On-Demand-Verkehr in dünner besiedelten Stadtteilen das Angebot verbessert.",
    tags: ["ÖPNV", "On-Demand"],
    partners: [["dvg", "LEAD_PARTNER", "Fahrzeuge, Fahrpersonal und Buchungssystem", 400_000]],
    budget: 1_900_000, funding: ["LAND"],
    story: { overdue: { count: 1, reforecast: false } },
  },
  {
    code: "MOB-08", dept: "VERK", status: "PROPOSED", start: 9, months: 24, kind: "it", leads: ["leadMob"], districts: "ALL",
    title: "Digitales Baustellenmanagement",
    summary: "Baustellen von Stadt, Versorgern und Privaten werden in einem gemeinsamen System koordiniert.",
    body: "Ein gemeinsames Planungswerkzeug soll Konflikte zwischen Baustellen früh sichtbar machen und Umleitungen abstimmen. Die Baustellendaten werden als offene Daten veröffentlicht.",
    tags: ["Baustellen", "Koordination"],
    partners: [["wbd", "OPERATOR", "Koordination der Aufbrüche im Straßenraum", null]],
    budget: 500_000,
  },
  // ------------------------------------------------------------------ BIL: Bildung
  {
    code: "BIL-01", dept: "SCHUL", status: "IN_PROGRESS", start: -76, months: 84, kind: "infra", leads: ["leadBil"], districts: "ALL",
    title: "WLAN an allen Duisburger Schulen",
    summary: "Alle städtischen Schulen erhalten flächendeckendes, zentral verwaltetes WLAN.",
    body: "Finanziert aus dem DigitalPakt Schule werden Unterrichtsräume, Fachräume und Aulen ausgeleuchtet. Die Netze werden zentral überwacht und gewartet.\n\nDie Reihenfolge richtet sich nach dem Medienentwicklungsplan und dem Stand der Gebäudeverkabelung.",
    tags: ["Schule", "WLAN", "DigitalPakt"],
    partners: [["dvv", "OPERATOR", "Betrieb und Monitoring der Schulnetze", null]],
    budget: 14_000_000, funding: ["FEDERAL", "LAND"],
  },
  {
    code: "BIL-02", dept: "SCHUL", status: "IN_PROGRESS", health: "AT_RISK", start: -60, months: 66, kind: "infra", leads: ["leadBil", "lead2"], districts: "ALL",
    healthReason: "Tiefbaukapazitäten sind knapp; 14 Schulen werden voraussichtlich erst im kommenden Jahr angeschlossen.",
    title: "Glasfaseranbindung der Schulen",
    summary: "Jede Schule wird mit einem eigenen Glasfaseranschluss im Gigabitbereich versorgt.",
    body: "Die Anschlüsse werden im Rahmen des Bundesförderprogramms für Schulen und Krankenhäuser gebaut. Die Stadtwerke übernehmen Planung und Bau.\n\nAlle Schulen werden über ein gemeinsames Schulnetz mit zentralem Internetzugang und Jugendschutzfilter verbunden.",
    tags: ["Glasfaser", "Schule", "Gigabit"],
    partners: [["swdu", "LEAD_PARTNER", "Planung und Bau der Glasfaseranschlüsse", null]],
    kpi: { name: "Schulen mit Glasfaseranschluss", description: "Anzahl der Schulen mit in Betrieb genommenem Glasfaseranschluss.", unit: "Schulen", valueType: "INTEGER", baseline: 20, target: 160, method: "Abnahmeprotokolle.", source: "Stadtwerke Duisburg" },
    budget: 9_800_000, funding: ["FEDERAL"],
    story: { overdue: { count: 1, reforecast: false } },
  },
  {
    code: "BIL-03", dept: "SCHUL", status: "COMPLETED", start: -78, months: 28, kind: "program", leads: ["leadBil"], districts: "ALL",
    title: "Endgeräte für Schülerinnen, Schüler und Lehrkräfte",
    summary: "Tablets und Notebooks für Lehrkräfte und bedürftige Schülerinnen und Schüler wurden beschafft und ausgegeben.",
    body: "Über die Sofortausstattungsprogramme wurden rund 30.000 Geräte beschafft, eingerichtet und an die Schulen verteilt.\n\nDie Geräte werden zentral verwaltet; ein Support-Team unterstützt die Schulen.",
    plain: "Schülerinnen, Schüler und Lehrkräfte haben Tablets und Laptops bekommen. So können alle digital lernen.",
    tags: ["Schule", "Endgeräte", "DigitalPakt"],
    budget: 9_000_000, funding: ["FEDERAL", "LAND"],
    story: { completedEarlyAndLate: true },
  },
  {
    code: "BIL-04", dept: "SCHUL", status: "IN_PROGRESS", start: -54, months: 54, kind: "it", leads: ["leadBil"], districts: "ALL",
    title: "Lernplattform und Schul-Cloud",
    summary: "Alle Schulen nutzen eine gemeinsame Lernplattform mit Cloud-Speicher, Messenger und Videokonferenz.",
    body: "Die Schulen werden an die Landeslösung LOGINEO NRW angebunden. Benutzerkonten werden automatisch aus der Schulverwaltung angelegt.\n\nFortbildungen für Lehrkräfte begleiten die Einführung.",
    tags: ["Lernplattform", "Cloud", "Schule"],
    partners: [["itnrw", "TECHNOLOGY_PROVIDER", "Bereitstellung der Landesplattform", null]],
    kpi: { name: "Aktive Nutzerkonten der Lernplattform", description: "Konten mit mindestens einer Anmeldung im Monat.", unit: "Konten", valueType: "INTEGER", baseline: 0, target: 70000, method: "Nutzungsstatistik der Plattform.", source: "Amt für Schulische Bildung", monthly: true },
    budget: 1_200_000, funding: ["LAND"],
  },
  {
    code: "BIL-05", dept: "SCHUL", status: "IN_PROGRESS", health: "AT_RISK", start: -42, months: 48, kind: "program", leads: ["leadBil"], districts: ["HAM", "MEI", "RHE"],
    healthReason: "Die Koordinationsstelle beim Träger ist unbesetzt; Berichte und Terminplanung ruhen, bis sie nachbesetzt ist.",
    title: "MINT-Lernlabore und Makerspaces",
    summary: "In drei Stadtbezirken entstehen Lernlabore, in denen Jugendliche programmieren, löten und 3D-drucken.",
    body: "Die Labore werden gemeinsam mit der Universität Duisburg-Essen und dem Fraunhofer IMS konzipiert. Studierende begleiten Kurse als Mentorinnen und Mentoren.\n\nSchulen im Umfeld können die Labore für Projekttage buchen.",
    tags: ["MINT", "Makerspace", "Jugend"],
    partners: [["ude", "RESEARCH_PARTNER", "Didaktisches Konzept und studentische Mentoren", 120_000], ["ims", "RESEARCH_PARTNER", "Sensorik-Workshops", 40_000]],
    budget: 850_000, funding: ["LAND", "OTHER"],
    story: { stale: true },
  },
  {
    code: "BIL-06", dept: "SCHUL", status: "PLANNED", start: 1, months: 18, kind: "program", leads: ["leadBil"], districts: "ALL",
    title: "Medienentwicklungsplan Schulen – Fortschreibung",
    summary: "Der Medienentwicklungsplan wird für die nächsten fünf Jahre fortgeschrieben.",
    body: "Gemeinsam mit den Schulen werden Ausstattungsstandards, Betriebsmodell und Fortbildungsbedarf für die Zeit nach dem DigitalPakt festgelegt.",
    tags: ["Schule", "Planung"],
    budget: 250_000,
  },
  // ------------------------------------------------------------------ INF: Infrastruktur und Netze
  {
    code: "INF-01", dept: "DIGI", status: "IN_PROGRESS", start: -98, months: 132, kind: "it", leads: ["lead", "lead2"], districts: "ALL",
    title: "Rhine Cloud – urbane Datenplattform",
    summary: "Die gemeinsame Daten- und IoT-Plattform von Stadt und DVV verbindet Sensorik, Fachverfahren und Partner.",
    body: "Auf der CEBIT 2018 haben DVV und Huawei eine Rahmenvereinbarung über die Marke „Rhine Cloud“ geschlossen – eine Cloud-Plattform für Smart City und öffentliche Dienste. Die Plattform läuft im Rechenzentrum der DVV in Duisburg.\n\nDaten aus Sensornetzen, Verkehr, Umwelt und Verwaltung werden hier nach einheitlichen Regeln gesammelt, aufbereitet und über Schnittstellen bereitgestellt. Ein Berechtigungskonzept regelt, welche Daten offen und welche nur intern nutzbar sind.",
    plain: "Die Stadt sammelt Daten an einem sicheren Ort. Zum Beispiel Daten über Verkehr und Luft. Damit kann die Stadt besser planen.",
    tags: ["Rhine Cloud", "Datenplattform", "Smart City", "IoT"],
    partners: [
      ["dvv", "LEAD_PARTNER", "Betrieb der Plattform im eigenen Rechenzentrum", 3_500_000],
      ["huawei", "TECHNOLOGY_PROVIDER", "Cloud- und IoT-Plattformtechnik, Schulungen", 1_200_000],
      ["ims", "RESEARCH_PARTNER", "Datenmodelle und Integration von Sensorik", 300_000],
    ],
    milestones: ["Betreiberkonzept mit der DVV abgestimmt", "Plattformbetrieb im DVV-Rechenzentrum aufgenommen", "Erste Fachverfahren angebunden", "Datenkatalog und Berechtigungskonzept freigegeben", "Stadtweites Sensornetz angebunden", "Offene Schnittstellen für Dritte", "Betreibermodell bis 2030 beschlossen"],
    kpi: { name: "Verfügbarkeit der Plattform", description: "Monatliche Verfügbarkeit der produktiven Plattformdienste.", unit: "%", valueType: "PERCENT", baseline: 97, target: 99.9, method: "Monitoring des Rechenzentrums.", source: "DVV", monthly: true },
    budget: 12_000_000, funding: ["LAND", "PARTNER", "EU"],
  },
  {
    code: "INF-02", dept: "DIGI", status: "IN_PROGRESS", health: "AT_RISK", start: -72, months: 84, kind: "infra", leads: ["lead2"], districts: ["MIT", "HRB", "RHE", "MEI"],
    healthReason: "Die bundesweite Debatte über die Zulassung von Netzkomponenten verzögert den weiteren Ausbau; Alternativen werden geprüft.",
    title: "5G-Modellregion und Campusnetze",
    summary: "5G- und LTE-Campusnetze schaffen die Grundlage für automatisiertes Fahren, smarte Logistik und Industrie 4.0.",
    body: "Huawei unterstützt Duisburg im Bereich 5G-/LTE-Technik und drahtloser Breitbandnetze. Erste Campusnetze entstehen im Hafen, am Testfeld für automatisiertes Fahren und in einem Gewerbegebiet.\n\nDie DVV betreibt die Netze; die Universität Duisburg-Essen untersucht Anwendungen mit niedriger Latenz.",
    tags: ["5G", "LTE", "Campusnetz", "Huawei"],
    partners: [
      ["huawei", "TECHNOLOGY_PROVIDER", "5G-/LTE-Technik und drahtlose Breitbandnetze", 2_000_000],
      ["dvv", "OPERATOR", "Betrieb der Campusnetze", null],
      ["ude", "RESEARCH_PARTNER", "Forschung zu Anwendungen mit niedriger Latenz", 250_000],
    ],
    kpi: { name: "5G-Campusnetze in Betrieb", description: "Anzahl produktiv betriebener 5G-Campusnetze.", unit: "Netze", valueType: "INTEGER", baseline: 0, target: 12, method: "Betriebsliste der DVV.", source: "DVV", isPublic: false },
    risks: [{ title: "Regulatorische Vorgaben für Netzkomponenten", description: "Neue Vorgaben des Bundes könnten den Einsatz bestimmter Komponenten einschränken.", mitigation: "Herstellerunabhängige Architektur, Gespräche mit BSI und Bundesnetzagentur, Alternativangebote eingeholt.", probability: 4, impact: 4 }],
    budget: 7_500_000, funding: ["FEDERAL", "PARTNER"],
    story: { overdue: { count: 1, reforecast: true } },
  },
  {
    code: "INF-03", dept: "WIRT", status: "IN_PROGRESS", start: -64, months: 84, kind: "infra", leads: ["leadWir"], districts: ["WAL", "HAM", "MEI", "HRB", "RHE", "SUED"],
    title: "Glasfaserausbau in Gewerbegebieten und unterversorgten Lagen",
    summary: "Gewerbegebiete und bislang unterversorgte Adressen werden mit Förderung von Bund und Land an das Glasfasernetz angeschlossen.",
    body: "Die Breitbandkoordination steuert den geförderten Ausbau in den sogenannten weißen und grauen Flecken. Bau und Betrieb übernehmen die Stadtwerke.\n\nParallel werden Mitverlegungsmöglichkeiten bei allen Tiefbaumaßnahmen genutzt.",
    tags: ["Glasfaser", "Breitband", "Gewerbe"],
    partners: [["swdu", "LEAD_PARTNER", "Planung, Bau und Betrieb des Netzes", 4_000_000], ["dvv", "OPERATOR", "Netzbetrieb", null]],
    kpi: { name: "Angeschlossene Adressen in Fördergebieten", description: "Kumulierte Anzahl angeschlossener Adressen im Förderprojekt.", unit: "Adressen", valueType: "INTEGER", baseline: 0, target: 9800, method: "Baufortschrittsmeldungen.", source: "Stadtwerke Duisburg" },
    budget: 22_000_000, funding: ["FEDERAL", "LAND"],
  },
  {
    code: "INF-04", dept: "DIGI", status: "COMPLETED", start: -90, months: 34, kind: "infra", leads: ["lead2"], districts: ["MIT", "HAM", "HRB", "RHE"],
    title: "Öffentliches WLAN in den Stadtteilzentren",
    summary: "Kostenloses WLAN steht in den Fußgängerzonen und an zentralen Plätzen zur Verfügung.",
    body: "In den Zentren von Mitte, Hamborn, Ruhrort und Rheinhausen wurden Hotspots installiert. Die Anmeldung ist ohne Registrierung möglich.\n\nDie anonymisierten Nutzungszahlen fließen in die Datenplattform ein.",
    tags: ["WLAN", "Öffentlicher Raum"],
    partners: [["dvv", "OPERATOR", "Betrieb der Hotspots", null]],
    budget: 1_100_000, funding: ["LAND"],
  },
  {
    code: "INF-05", dept: "DIGI", status: "IN_PROGRESS", start: -50, months: 60, kind: "infra", leads: ["lead2"], districts: "ALL",
    title: "Stadtweites LoRaWAN-Sensornetz",
    summary: "Ein energiesparendes Funknetz verbindet Sensoren für Umwelt, Verkehr und Infrastruktur.",
    body: "LoRaWAN-Gateways auf städtischen Gebäuden decken das gesamte Stadtgebiet ab. Sensoren können jahrelang mit einer Batterie betrieben werden.\n\nDas Netz steht auch Schulen, Vereinen und Start-ups für eigene Projekte offen.",
    tags: ["LoRaWAN", "IoT", "Sensorik"],
    partners: [["dvv", "OPERATOR", "Aufbau und Betrieb der Gateways", null], ["ims", "RESEARCH_PARTNER", "Sensorentwicklung und Reichweitentests", 90_000]],
    kpi: { name: "LoRaWAN-Gateways in Betrieb", description: "Anzahl aktiver Gateways im Stadtgebiet.", unit: "Gateways", valueType: "INTEGER", baseline: 4, target: 120, method: "Netzwerkserver-Statistik.", source: "DVV" },
    budget: 800_000,
  },
  {
    code: "INF-06", dept: "DIGI", status: "IN_PROGRESS", start: -44, months: 48, kind: "it", leads: ["lead2"], districts: ["MIT"], internal: true,
    title: "Informationssicherheit und Rechenzentrumskonsolidierung",
    summary: "Ein Informationssicherheits-Managementsystem nach BSI-Grundschutz und ein konsolidiertes Rechenzentrum erhöhen die Resilienz.",
    body: "Serverräume der Ämter werden in zwei georedundante Rechenzentren überführt. Parallel wird ein ISMS nach BSI-IT-Grundschutz aufgebaut.\n\nDetails zu Schutzmaßnahmen werden aus Sicherheitsgründen nicht veröffentlicht.",
    tags: ["IT-Sicherheit", "Rechenzentrum", "Intern"],
    budget: 3_600_000,
  },
  {
    code: "INF-07", dept: "DIGI", status: "IN_PROGRESS", start: -34, months: 54, kind: "research", leads: ["lead2"], districts: "ALL",
    title: "Digitaler Zwilling Duisburg",
    summary: "Ein 3D-Stadtmodell mit Echtzeitdaten unterstützt Planung, Simulation und Bürgerbeteiligung.",
    body: "Aus Befliegungen, Kataster und Sensordaten entsteht ein digitales Abbild der Stadt. Erste Anwendungsfälle sind Starkregen-Simulation, Verschattungsanalysen und die Visualisierung von Bauvorhaben.\n\nFraunhofer IMS und Universität Duisburg-Essen entwickeln die Simulationsmodelle.",
    tags: ["Digitaler Zwilling", "3D-Stadtmodell", "Simulation"],
    partners: [["ims", "RESEARCH_PARTNER", "Sensordatenintegration", 200_000], ["ude", "RESEARCH_PARTNER", "Simulationsmodelle", 260_000]],
    budget: 2_800_000, funding: ["FEDERAL", "EU"],
  },
  {
    code: "INF-08", dept: "FW", status: "IN_PROGRESS", start: -30, months: 42, kind: "it", leads: ["lead2"], districts: "ALL", internal: true,
    title: "Vernetzte Einsatzleitstelle für Feuerwehr und Rettungsdienst",
    summary: "Das Einsatzleitsystem wird erneuert und mit Lagebildern aus der Datenplattform verknüpft.",
    body: "Einsatzkräfte erhalten Lageinformationen, Gebäudepläne und Verkehrslage auf Tablets im Fahrzeug.\n\nAus Gründen der Betriebssicherheit wird das Vorhaben intern berichtet.",
    tags: ["Feuerwehr", "Leitstelle", "Intern"],
    budget: 4_500_000, funding: ["LAND"],
  },
  // ------------------------------------------------------------------ WIR: Wirtschaft und Logistik
  {
    code: "WIR-01", dept: "WIRT", status: "IN_PROGRESS", start: -86, months: 96, kind: "research", leads: ["leadWir"], districts: ["HRB", "RHE", "MIT"],
    title: "Smart Port Logistics mit duisport",
    summary: "Digitale Lkw-Anmeldung, Container-Tracking und ein 5G-Campusnetz machen die Hafenlogistik effizienter.",
    body: "Im größten Binnenhafen Europas werden Lkw-Ankünfte digital gesteuert, Container mit IoT-Sensorik verfolgt und Daten mit Speditionen über die Rhine Cloud ausgetauscht.\n\nDas Vorhaben stärkt den Logistikstandort und verringert Wartezeiten und Lkw-Verkehr in den angrenzenden Wohngebieten.",
    tags: ["Logistik", "Hafen", "5G", "IoT"],
    partners: [
      ["duisport", "LEAD_PARTNER", "Projektleitung im Hafen, Bereitstellung der Logistikdaten", 2_500_000],
      ["huawei", "TECHNOLOGY_PROVIDER", "5G-Campusnetz im Hafen", 600_000],
      ["ims", "RESEARCH_PARTNER", "Sensorik für Container-Tracking", 250_000],
    ],
    milestones: ["5G-Campusnetz im Logport I in Betrieb", "Digitale Lkw-Anmeldung am Terminal", "Container-Tracking mit IoT-Sensorik", "Datenaustausch über die Rhine Cloud", "Ausweitung auf Logport VI"],
    kpi: { name: "Durchschnittliche Lkw-Wartezeit am Terminal", description: "Mittlere Zeit zwischen Ankunft am Gate und Abfertigung.", unit: "Minuten", valueType: "DECIMAL", direction: "LOWER_IS_BETTER", baseline: 55, target: 20, method: "Gate-System, Monatsmittel.", source: "duisport", monthly: true },
    budget: 5_400_000, funding: ["EU", "PARTNER"],
  },
  {
    code: "WIR-02", dept: "WIRT", status: "IN_PROGRESS", start: -62, months: 72, kind: "program", leads: ["leadWir"], districts: "ALL",
    title: "Kompetenzzentrum Industrie 4.0 für den Mittelstand",
    summary: "Kleine und mittlere Unternehmen werden bei Vernetzung, Automatisierung und Datennutzung beraten.",
    body: "In Demonstratoren erleben Unternehmen Industrie-4.0-Lösungen im Betrieb. Digitalisierungs-Checks und Umsetzungsprojekte werden gemeinsam mit der Forschung angeboten.\n\nSchwerpunkte sind Predictive Maintenance, Sensorik und Cybersicherheit.",
    tags: ["Industrie 4.0", "Mittelstand", "Beratung"],
    partners: [
      ["dbi", "LEAD_PARTNER", "Akquise und Beratung der Unternehmen", null],
      ["ude", "RESEARCH_PARTNER", "Umsetzungsprojekte mit Unternehmen", 320_000],
      ["ims", "RESEARCH_PARTNER", "Demonstratoren Sensorik und eingebettete KI", 280_000],
    ],
    kpi: { name: "Beratene Unternehmen", description: "Kumulierte Anzahl beratener KMU.", unit: "Unternehmen", valueType: "INTEGER", baseline: 0, target: 300, method: "CRM der Wirtschaftsförderung.", source: "Duisburg Business & Innovation" },
    budget: 3_200_000, funding: ["EU", "LAND"],
  },
  {
    code: "WIR-03", dept: "WIRT", status: "IN_PROGRESS", start: -56, months: 60, kind: "program", leads: ["leadWir"], districts: ["MIT"],
    title: "Startup-Hub Digitale Wirtschaft",
    summary: "Ein Gründungszentrum in der Innenstadt bietet Räume, Coaching und Kontakte zu Logistik und Industrie.",
    body: "Der Hub verbindet Gründungsteams mit etablierten Unternehmen aus Logistik, Stahl und Energie. Ein Accelerator-Programm läuft zweimal im Jahr.",
    tags: ["Start-ups", "Gründung", "Innovation"],
    partners: [["dbi", "OPERATOR", "Betrieb des Hubs", null], ["duisport", "FUNDING_PARTNER", "Förderung des Logistik-Accelerators", 300_000]],
    budget: 2_000_000, funding: ["LAND", "PARTNER"],
  },
  {
    code: "WIR-04", dept: "WIRT", status: "COMPLETED", start: -70, months: 20, kind: "it", leads: ["leadWir"], districts: "ALL",
    title: "Digitale Gewerbeflächenbörse",
    summary: "Freie Gewerbeflächen und -immobilien sind online recherchierbar.",
    body: "Die Börse zeigt verfügbare Flächen mit Lage, Größe, Erschließung und Ansprechpersonen. Anfragen gehen direkt an die Wirtschaftsförderung.",
    tags: ["Gewerbeflächen", "Wirtschaftsförderung"],
    partners: [["dbi", "LEAD_PARTNER", "Redaktion und Vermarktung", null]],
    budget: 300_000,
  },
  {
    code: "WIR-05", dept: "WIRT", status: "PLANNED", start: 4, months: 30, kind: "infra", leads: ["leadWir"], districts: ["HRB", "RHE"],
    title: "Lkw-Parkleitsystem und Slot-Management im Hafengebiet",
    summary: "Ein digitales Parkleitsystem lenkt Lkw auf freie Stellplätze und vergibt Zeitfenster für Terminals.",
    body: "Geplant sind Belegungssensoren auf den Lkw-Parkplätzen, dynamische Anzeigetafeln und eine Schnittstelle zu den Terminalbetreibern.",
    tags: ["Logistik", "Lkw", "Parken"],
    partners: [["duisport", "LEAD_PARTNER", "Terminalanbindung und Flächen", 500_000], ["dvv", "OPERATOR", "Sensorik und Datenbetrieb", null]],
    budget: 1_500_000, funding: ["FEDERAL", "PARTNER"],
  },
  {
    code: "WIR-06", dept: "WIRT", status: "CANCELLED", health: "OFF_TRACK", start: -46, months: 24, stop: -30, kind: "research", leads: ["leadWir"], districts: ["HRB"], internal: true,
    healthReason: "Pilot nach der Evaluation eingestellt: kein Mehrwert gegenüber etablierten EDI-Standards, geringe Beteiligung der Speditionen.",
    title: "Blockchain-Pilot für Frachtdokumente",
    summary: "Erprobung fälschungssicherer, digitaler Frachtpapiere auf Basis einer Blockchain.",
    body: "Im Pilot sollten Frachtbriefe zwischen Hafen, Speditionen und Zoll über eine gemeinsame Blockchain ausgetauscht werden.\n\nDas Vorhaben wurde nach der ersten Evaluationsphase beendet; die Erkenntnisse fließen in Smart Port Logistics ein.",
    tags: ["Blockchain", "Logistik", "Pilot"],
    partners: [["duisport", "LEAD_PARTNER", "Pilotumgebung", 150_000], ["ude", "RESEARCH_PARTNER", "Evaluation", 40_000]],
    budget: 450_000,
  },
  // ------------------------------------------------------------------ UMW: Umwelt und Energie
  {
    code: "UMW-01", dept: "UMW", status: "IN_PROGRESS", start: -58, months: 66, kind: "research", leads: ["leadUmw"], districts: "ALL",
    title: "Sensornetz Luftqualität",
    summary: "Kostengünstige, kalibrierte Sensoren messen Feinstaub und Stickstoffdioxid in allen Stadtbezirken.",
    body: "Das Fraunhofer IMS entwickelt robuste Sensorknoten, die über das LoRaWAN-Netz Daten in die Rhine Cloud senden. Die Werte werden regelmäßig mit den amtlichen Messstationen abgeglichen.\n\nDie Messwerte sind als offene Daten und in einer Karte öffentlich einsehbar.",
    plain: "An vielen Orten in Duisburg messen kleine Geräte, wie sauber die Luft ist. Alle können die Werte im Internet sehen.",
    tags: ["Luftqualität", "Sensorik", "Umwelt", "Open Data"],
    partners: [
      ["ims", "RESEARCH_PARTNER", "Entwicklung und Kalibrierung der Sensorknoten", 380_000],
      ["ude", "RESEARCH_PARTNER", "Statistische Auswertung", 90_000],
      ["dvv", "OPERATOR", "Datenübertragung und Plattformbetrieb", null],
    ],
    kpi: { name: "Aktive Luftmessknoten", description: "Anzahl der Sensorknoten, die im Monat plausible Daten geliefert haben.", unit: "Messknoten", valueType: "INTEGER", baseline: 5, target: 150, method: "Datenvollständigkeit je Knoten ≥ 75 %.", source: "Umweltamt", monthly: true },
    budget: 1_400_000, funding: ["LAND", "EU"],
    story: { dueSoon: true },
  },
  {
    code: "UMW-02", dept: "UMW", status: "IN_PROGRESS", start: -40, months: 40, kind: "infra", leads: ["leadUmw"], districts: ["MIT", "HAM", "MEI", "RHE"],
    title: "Smart Waste – Füllstandssensoren für Wertstoffcontainer",
    summary: "Sensoren melden den Füllstand von Glas- und Papiercontainern, Touren werden bedarfsgerecht geplant.",
    body: "Die Wirtschaftsbetriebe planen Leerungstouren anhand der Füllstände statt nach festen Intervallen. Das spart Fahrten, Kosten und Emissionen und verhindert überfüllte Container.",
    tags: ["Abfall", "Sensorik", "Tourenplanung"],
    partners: [["wbd", "LEAD_PARTNER", "Installation, Tourenplanung und Betrieb", 350_000]],
    kpi: { name: "Leerfahrten bei Containerleerungen", description: "Anteil der Leerungen mit Füllstand unter 40 %.", unit: "%", valueType: "PERCENT", direction: "LOWER_IS_BETTER", baseline: 34, target: 10, method: "Abgleich Sensorwerte und Tourenprotokolle.", source: "Wirtschaftsbetriebe Duisburg" },
    budget: 900_000,
  },
  {
    code: "UMW-03", dept: "UMW", status: "IN_PROGRESS", start: -68, months: 96, kind: "infra", leads: ["leadUmw"], districts: "ALL",
    title: "Intelligente Straßenbeleuchtung",
    summary: "Die Straßenbeleuchtung wird auf LED umgerüstet und bedarfsgerecht gedimmt.",
    body: "Rund 40.000 Leuchten werden schrittweise erneuert. Eine zentrale Steuerung dimmt nachts und meldet Störungen automatisch.\n\nAusgewählte Masten erhalten zusätzlich Sensorik und Ladepunkte.",
    tags: ["Beleuchtung", "Energie", "LED"],
    partners: [["swdu", "OPERATOR", "Umrüstung und Betrieb", null]],
    kpi: { name: "Stromverbrauch der Straßenbeleuchtung", description: "Jahresverbrauch, hochgerechnet aus dem Quartalsverbrauch.", unit: "MWh/Jahr", valueType: "INTEGER", direction: "LOWER_IS_BETTER", baseline: 21500, target: 9000, method: "Zählerdaten der Stadtwerke.", source: "Stadtwerke Duisburg" },
    budget: 16_000_000, funding: ["FEDERAL"],
  },
  {
    code: "UMW-04", dept: "FW", status: "PLANNED", start: 2, months: 30, kind: "infra", leads: ["leadUmw"], districts: ["HRB", "WAL", "RHE", "SUED", "MEI"],
    title: "Frühwarnsystem für Starkregen und Hochwasser",
    summary: "Pegel- und Niederschlagssensoren speisen ein Frühwarnsystem für Feuerwehr und Bevölkerung.",
    body: "Sensoren an Bächen, Kanälen und Unterführungen liefern Echtzeitwerte. Bei Überschreitung von Schwellenwerten werden Feuerwehr, Wirtschaftsbetriebe und über die Warn-App auch die Bevölkerung informiert.",
    tags: ["Klimaanpassung", "Starkregen", "Bevölkerungsschutz"],
    partners: [["wbd", "OPERATOR", "Stadtentwässerung und Pegelmessung", null], ["ims", "RESEARCH_PARTNER", "Sensorik", 110_000]],
    budget: 1_700_000, funding: ["LAND", "EU"],
  },
  {
    code: "UMW-05", dept: "UMW", status: "IN_PROGRESS", start: -38, months: 48, kind: "it", leads: ["leadUmw"], districts: "ALL",
    title: "Energiemonitoring städtischer Gebäude",
    summary: "Smarte Zähler erfassen den Energieverbrauch von Schulen, Kitas und Verwaltungsgebäuden in Echtzeit.",
    body: "Auffällige Verbräuche werden automatisch erkannt und an das Gebäudemanagement gemeldet. Die Daten bilden die Grundlage für Sanierungsentscheidungen.",
    tags: ["Energie", "Gebäude", "Klimaschutz"],
    partners: [["swdu", "TECHNOLOGY_PROVIDER", "Smart-Meter-Gateways und Datenbereitstellung", 150_000]],
    budget: 1_100_000, funding: ["FEDERAL"],
    story: { lateOnTrack: "„{m}“ ist noch nicht abgenommen: Die Arbeiten sind erledigt, die Abnahme durch das Gebäudemanagement steht noch aus. Der Gesamtzeitplan ist nicht gefährdet." },
  },
  {
    code: "UMW-06", dept: "UMW", status: "PROPOSED", start: 8, months: 18, kind: "service", leads: ["leadUmw"], districts: "ALL", internal: true,
    title: "Klimadaten-Dashboard",
    summary: "Ein Dashboard soll Emissionen, Energieverbrauch und Klimaanpassungsmaßnahmen der Stadt transparent machen.",
    body: "Vorgeschlagen ist ein öffentliches Dashboard auf Basis der Datenplattform. Umfang und Datenquellen werden derzeit mit dem Klimaschutzmanagement abgestimmt.",
    tags: ["Klimaschutz", "Dashboard"],
    budget: 250_000,
  },
  {
    code: "UMW-07", dept: "UMW", status: "ON_HOLD", health: "AT_RISK", start: -20, months: 30, stop: -4, kind: "research", leads: ["leadUmw"], districts: ["MIT", "SUED"],
    healthReason: "Pilot nach Vandalismusschäden an den Sensoren unterbrochen; ein neues Gehäusekonzept wird geprüft.",
    title: "Sensorgestützte Bewässerung von Stadtbäumen",
    summary: "Bodenfeuchtesensoren zeigen, welche Stadtbäume in Trockenperioden Wasser benötigen.",
    body: "Im Pilot wurden 300 Jungbäume mit Sensoren ausgestattet. Die Bewässerungstouren sollten sich am tatsächlichen Bedarf orientieren.",
    tags: ["Stadtgrün", "Sensorik", "Klimaanpassung"],
    partners: [["wbd", "OPERATOR", "Bewässerungstouren", null], ["ims", "RESEARCH_PARTNER", "Sensorik", 60_000]],
    budget: 350_000,
    story: { overdue: { count: 1, reforecast: false } },
  },
  // ------------------------------------------------------------------ GES: Gesellschaft und Teilhabe
  {
    code: "GES-01", dept: "DIGI", status: "IN_PROGRESS", start: -74, months: 84, kind: "service", leads: ["lead"], districts: "ALL",
    title: "Open-Data-Portal Duisburg",
    summary: "Die Stadt veröffentlicht ihre Daten offen, maschinenlesbar und unter freier Lizenz.",
    body: "Auf dem Portal stehen Datensätze zu Verkehr, Umwelt, Bevölkerung, Haushalt und Infrastruktur bereit. Neue Daten kommen automatisiert aus der Rhine Cloud.\n\nHackathons mit der Universität und der Zivilgesellschaft zeigen, was mit offenen Daten möglich ist.",
    tags: ["Open Data", "Transparenz"],
    partners: [["ude", "RESEARCH_PARTNER", "Datenkompetenz und Hackathons", 50_000]],
    kpi: { name: "Veröffentlichte Datensätze", description: "Anzahl der Datensätze auf dem Open-Data-Portal.", unit: "Datensätze", valueType: "INTEGER", baseline: 20, target: 600, method: "Zählung im Portal.", source: "Open-Data-Portal" },
    budget: 600_000,
    story: { dueSoon: 0 },
  },
  {
    code: "GES-02", dept: "DIGI", status: "IN_PROGRESS", start: -44, months: 48, kind: "service", leads: ["lead2"], districts: "ALL",
    title: "Digitale Bürgerbeteiligung",
    summary: "Eine Beteiligungsplattform ermöglicht Online-Dialoge zu Planungen, Haushalt und Quartiersentwicklung.",
    body: "Bürgerinnen und Bürger kommentieren Planungen auf Karten, stimmen über Vorschläge ab und verfolgen, was aus ihren Beiträgen wird.\n\nOnline-Beteiligung ergänzt Veranstaltungen vor Ort, ersetzt sie aber nicht.",
    plain: "Sie können im Internet sagen, was Sie über Pläne der Stadt denken. Die Stadt liest Ihre Ideen.",
    tags: ["Beteiligung", "Demokratie"],
    partners: [["verein", "OPERATOR", "Offline-Sprechstunden und Unterstützung bei der Teilnahme", 20_000]],
    budget: 500_000,
  },
  {
    code: "GES-03", dept: "SCHUL", status: "IN_PROGRESS", start: -48, months: 72, kind: "program", leads: ["leadBil"], districts: "ALL",
    title: "Digital-Lotsen für Seniorinnen und Senioren",
    summary: "Ehrenamtliche Lotsinnen und Lotsen helfen älteren Menschen beim Einstieg in Smartphone, Internet und Onlinedienste.",
    body: "In Stadtteilbibliotheken, Begegnungsstätten und Seniorenzentren finden regelmäßige Sprechstunden statt. Die Volkshochschule qualifiziert die Ehrenamtlichen.\n\nLeihgeräte ermöglichen das Üben auch ohne eigenes Smartphone.",
    plain: "Ehrenamtliche helfen älteren Menschen mit dem Handy und dem Internet. Die Hilfe kostet nichts.",
    tags: ["Teilhabe", "Senioren", "Ehrenamt"],
    partners: [["verein", "LEAD_PARTNER", "Gewinnung und Begleitung der Ehrenamtlichen", 15_000]],
    kpi: { name: "Aktive Digital-Lotsinnen und -Lotsen", description: "Anzahl der ausgebildeten, aktiven Ehrenamtlichen.", unit: "Personen", valueType: "INTEGER", baseline: 0, target: 250, method: "Einsatzplanung der Volkshochschule.", source: "Volkshochschule" },
    budget: 450_000, funding: ["LAND", "OTHER"],
  },
  {
    code: "GES-04", dept: "DIGI", status: "IN_PROGRESS", health: "OFF_TRACK", start: -36, months: 30, kind: "service", leads: ["lead2"], districts: "ALL",
    healthReason: "Der beauftragte Dienstleister ist insolvent; der Quellcode wird übernommen, ein neuer Starttermin ist frühestens in zwei Quartalen realistisch.",
    title: "Duisburg-App",
    summary: "Eine App bündelt Nachrichten, Termine, Mängelmelder, ÖPNV-Abfahrten und Parkinformationen.",
    body: "Die App soll die wichtigsten städtischen Dienste mobil zugänglich machen und Daten aus der Rhine Cloud nutzen, etwa freie Parkplätze oder Luftqualität.\n\nNach der Insolvenz des Dienstleisters wird das Projekt neu aufgestellt.",
    tags: ["App", "Bürgerservice", "Mobil"],
    partners: [["dvv", "LEAD_PARTNER", "Produktverantwortung und Datenanbindung", 400_000], ["dvg", "TECHNOLOGY_PROVIDER", "Fahrplan- und Ticketschnittstelle", null]],
    budget: 1_200_000,
    story: { overdue: { count: 2, reforecast: false } },
  },
  {
    code: "GES-05", dept: "DIGI", status: "IN_PROGRESS", start: -28, months: 36, kind: "program", leads: ["lead2"], districts: "ALL",
    title: "Barrierefreie digitale Angebote der Stadt",
    summary: "Webseiten, Formulare und Dokumente der Stadt werden barrierefrei gestaltet und geprüft.",
    body: "Alle Online-Angebote werden nach BITV 2.0 getestet und überarbeitet. Wichtige Inhalte gibt es zusätzlich in Leichter Sprache und Gebärdensprache.",
    plain: "Die Internet-Seiten der Stadt sollen für alle gut nutzbar sein. Auch für Menschen mit Behinderung.",
    tags: ["Barrierefreiheit", "Leichte Sprache", "Web"],
    partners: [["verein", "OPERATOR", "Prüfgruppe mit Menschen mit Behinderungen", 25_000]],
    kpi: { name: "Barrierefreie städtische Webangebote", description: "Anteil der Webangebote, die den BITV-Test bestanden haben.", unit: "%", valueType: "PERCENT", baseline: 22, target: 100, method: "BITV-Test durch externe Prüfstelle.", source: "Amt für Digitalisierung und Organisation" },
    budget: 380_000,
  },
  {
    code: "GES-06", dept: "SCHUL", status: "PLANNED", start: 3, months: 30, kind: "program", leads: ["leadBil"], districts: ["WAL", "HAM", "RHE"],
    title: "Stadtteilbibliotheken als digitale Lernorte",
    summary: "Drei Stadtteilbibliotheken werden zu offenen Lernorten mit Makerspace, Gaming-Zone und Beratung.",
    body: "Die Bibliotheken erhalten moderne Ausstattung, längere Öffnungszeiten mit Selbstverbuchung und Angebote zur Medienbildung für alle Generationen.",
    tags: ["Bibliothek", "Bildung", "Teilhabe"],
    budget: 1_000_000, funding: ["LAND"],
  },
];
