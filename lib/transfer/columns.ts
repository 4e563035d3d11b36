// THE description of the import/export workbook: one sheet per entity in dependency order, each
// column with its key, its header (German in the file, English accepted as an alias on read), its
// type and whether it is required. Template, export and import all read this table; the README
// sheet's help texts live in the catalogues under transfer.help.<entity>.<column>.
// Headers are part of the file format (clerks' files keep working whatever the UI language), so
// they stay here rather than in the UI catalogues.
import {
  FundingSource,
  Health,
  InitiativeStatus,
  KpiDirection,
  KpiFrequency,
  KpiScope,
  KpiValueType,
  PartnerKind,
  PartnerRole,
  Visibility,
} from "@/lib/generated/prisma/enums";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

export type ColumnType = "text" | "code" | "enum" | "date" | "decimal" | "integer" | "boolean" | "list";

/** Enumerations the workbook knows, with their values (from the Prisma enums) and labels (from the catalogues). */
export const ENUMS = {
  status: { values: Object.values(InitiativeStatus), de: de.status, en: en.status },
  health: { values: Object.values(Health), de: de.health, en: en.health },
  visibility: { values: Object.values(Visibility), de: de.visibility, en: en.visibility },
  partnerKind: { values: Object.values(PartnerKind), de: de.partners.kinds, en: en.partners.kinds },
  partnerRole: { values: Object.values(PartnerRole), de: de.partnerRole, en: en.partnerRole },
  kpiScope: { values: Object.values(KpiScope), de: de.transfer.kpiScope, en: en.transfer.kpiScope },
  direction: { values: Object.values(KpiDirection), de: de.kpis.direction, en: en.kpis.direction },
  valueType: { values: Object.values(KpiValueType), de: de.kpis.valueType, en: en.kpis.valueType },
  frequency: { values: Object.values(KpiFrequency), de: de.transfer.frequency, en: en.transfer.frequency },
  fundingSource: { values: Object.values(FundingSource), de: de.budget.source, en: en.budget.source },
} as const satisfies Record<string, { values: readonly string[]; de: Record<string, string>; en: Record<string, string> }>;

export type EnumName = keyof typeof ENUMS;

/** Labels of earlier versions still read: workbooks exported before the Land level named the city's state. */
export const ENUM_ALIASES: Partial<Record<EnumName, Record<string, string[]>>> = {
  fundingSource: { LAND: ["Land NRW", "State of NRW", "LAND_NRW"] },
};

/** The German label written into cells for an enum value. */
export function enumLabel(name: EnumName, value: string): string {
  return (ENUMS[name].de as Record<string, string>)[value] ?? value;
}

export type Column = {
  key: string;
  /** The header written into the workbook. */
  header: string;
  /** Accepted on read as well (English header). */
  alias: string;
  type: ColumnType;
  required: boolean;
  enum?: EnumName;
};

export type EntityKey =
  | "fieldsOfAction"
  | "departments"
  | "partners"
  | "districts"
  | "initiatives"
  | "milestones"
  | "kpis"
  | "kpiValues"
  | "budgetLines";

export type SheetSpec = {
  entity: EntityKey;
  /** The sheet's name in the workbook. */
  name: string;
  /** English sheet name, accepted on read. */
  alias: string;
  columns: Column[];
};

const col = (key: string, header: string, alias: string, type: ColumnType, required = false, enumName?: EnumName): Column => ({
  key,
  header,
  alias,
  type,
  required,
  ...(enumName ? { enum: enumName } : {}),
});

/** The sheets in dependency order: a sheet only refers to sheets before it. */
export const SHEETS: SheetSpec[] = [
  {
    entity: "fieldsOfAction",
    name: "Handlungsfelder",
    alias: "Fields of action",
    columns: [
      col("code", "Kürzel", "Code", "code", true),
      col("title", "Titel", "Title", "text", true),
      col("description", "Beschreibung", "Description", "text"),
      col("sortOrder", "Reihenfolge", "Order", "integer"),
      col("color", "Farbe", "Colour", "text"),
      // English texts (optional), as for initiatives; a file without these columns leaves them as they are.
      col("titleEn", "Titel (englisch)", "Title (English)", "text"),
      col("descriptionEn", "Beschreibung (englisch)", "Description (English)", "text"),
    ],
  },
  {
    entity: "departments",
    name: "Ämter",
    alias: "Departments",
    columns: [col("code", "Kürzel", "Code", "code", true), col("name", "Name", "Name", "text", true)],
  },
  {
    entity: "partners",
    name: "Partner",
    alias: "Partners",
    columns: [
      col("name", "Name", "Name", "text", true),
      col("kind", "Art", "Kind", "enum", true, "partnerKind"),
      col("website", "Website", "Website", "text"),
      col("description", "Beschreibung", "Description", "text"),
    ],
  },
  {
    entity: "districts",
    name: "Bezirke",
    alias: "Districts",
    columns: [
      col("code", "Kürzel", "Code", "code", true),
      col("name", "Name", "Name", "text", true),
      col("sortOrder", "Reihenfolge", "Order", "integer"),
    ],
  },
  {
    entity: "initiatives",
    name: "Vorhaben",
    alias: "Initiatives",
    columns: [
      col("code", "Kürzel", "Code", "code", true),
      col("title", "Titel", "Title", "text", true),
      col("summary", "Kurzbeschreibung", "Summary", "text"),
      col("description", "Beschreibung", "Description", "text"),
      col("fieldCode", "Handlungsfeld", "Field of action", "code", true),
      col("departmentCode", "Amt", "Department", "code", true),
      col("status", "Status", "Status", "enum", true, "status"),
      col("health", "Ampel", "Health", "enum", true, "health"),
      col("healthReason", "Begründung Ampel", "Health reason", "text"),
      col("plannedStart", "Geplanter Beginn", "Planned start", "date"),
      col("plannedEnd", "Geplantes Ende", "Planned end", "date"),
      col("visibility", "Sichtbarkeit", "Visibility", "enum", true, "visibility"),
      col("leads", "Projektleitung (E-Mail)", "Leads (e-mail)", "list"),
      col("partners", "Partner (Rolle)", "Partners (role)", "list"),
      col("districts", "Bezirke", "Districts", "list"),
      col("tags", "Schlagwörter", "Tags", "list"),
      // English texts for the English public site (optional); a file without these columns leaves them as they are.
      col("titleEn", "Titel (englisch)", "Title (English)", "text"),
      col("summaryEn", "Kurzbeschreibung (englisch)", "Summary (English)", "text"),
      col("descriptionEn", "Beschreibung (englisch)", "Description (English)", "text"),
      // Responsibility follows the people: deputies, editors, partner contacts (e-mail) and the
      // departments contributing besides the lead department; a file without a column leaves that set as it is.
      col("deputies", "Stellvertretung (E-Mail)", "Deputies (e-mail)", "list"),
      col("editors", "Bearbeitung (E-Mail)", "Editors (e-mail)", "list"),
      col("partnerContacts", "Partnerkontakte (E-Mail)", "Partner contacts (e-mail)", "list"),
      col("contributingDepartments", "Beteiligte Ämter", "Contributing departments", "list"),
    ],
  },
  {
    entity: "milestones",
    name: "Meilensteine",
    alias: "Milestones",
    columns: [
      col("initiativeCode", "Vorhaben", "Initiative", "code", true),
      col("code", "Kürzel", "Code", "code"),
      col("title", "Titel", "Title", "text", true),
      col("description", "Beschreibung", "Description", "text"),
      col("baselineDate", "Basisplan", "Baseline", "date", true),
      col("forecastDate", "Prognose", "Forecast", "date", true),
      col("completedDate", "Erledigt am", "Completed", "date"),
      col("weight", "Gewicht", "Weight", "integer"),
      col("isPublic", "Öffentlich", "Public", "boolean"),
      col("titleEn", "Titel (englisch)", "Title (English)", "text"),
      col("descriptionEn", "Beschreibung (englisch)", "Description (English)", "text"),
      // Partner answering for the milestone (its contacts update it); must work on the initiative.
      col("responsiblePartner", "Verantwortlicher Partner", "Responsible partner", "text"),
    ],
  },
  {
    entity: "kpis",
    name: "Kennzahlen",
    alias: "KPIs",
    columns: [
      col("scope", "Ebene", "Scope", "enum", true, "kpiScope"),
      col("ownerCode", "Zuordnung", "Owner", "code", true),
      col("name", "Name", "Name", "text", true),
      col("description", "Definition", "Definition", "text"),
      col("unit", "Einheit", "Unit", "text", true),
      col("valueType", "Werttyp", "Value type", "enum", false, "valueType"),
      col("direction", "Richtung", "Direction", "enum", true, "direction"),
      col("baselineValue", "Ausgangswert", "Baseline value", "decimal", true),
      col("baselineDate", "Ausgangsdatum", "Baseline date", "date", true),
      col("targetValue", "Zielwert", "Target value", "decimal", true),
      col("targetDate", "Zieldatum", "Target date", "date", true),
      col("frequency", "Erhebung", "Frequency", "enum", false, "frequency"),
      col("isPublic", "Öffentlich", "Public", "boolean"),
      col("method", "Methode", "Method", "text"),
      col("source", "Quelle", "Source", "text"),
      col("nameEn", "Name (englisch)", "Name (English)", "text"),
      col("unitEn", "Einheit (englisch)", "Unit (English)", "text"),
      col("descriptionEn", "Definition (englisch)", "Definition (English)", "text"),
      // Partner delivering the values of an initiative's KPI (its contacts record them).
      col("responsiblePartner", "Verantwortlicher Partner", "Responsible partner", "text"),
    ],
  },
  {
    entity: "kpiValues",
    name: "Kennzahlwerte",
    alias: "KPI values",
    columns: [
      col("scope", "Ebene", "Scope", "enum", true, "kpiScope"),
      col("ownerCode", "Zuordnung", "Owner", "code", true),
      col("kpiName", "Kennzahl", "KPI", "text", true),
      col("periodDate", "Stichtag", "Period date", "date", true),
      col("value", "Wert", "Value", "decimal", true),
      col("note", "Anmerkung", "Note", "text"),
    ],
  },
  {
    entity: "budgetLines",
    name: "Haushalt",
    alias: "Budget",
    columns: [
      col("initiativeCode", "Vorhaben", "Initiative", "code", true),
      col("year", "Jahr", "Year", "integer", true),
      col("fundingSource", "Finanzierungsquelle", "Funding source", "enum", true, "fundingSource"),
      col("programme", "Förderprogramm", "Funding programme", "text"),
      col("grantReference", "Förderkennzeichen", "Grant reference", "text"),
      col("planned", "Geplant (EUR)", "Planned (EUR)", "decimal", true),
      col("actual", "Ist (EUR)", "Actual (EUR)", "decimal"),
      col("isPublic", "Öffentlich", "Public", "boolean"),
      col("note", "Anmerkung", "Note", "text"),
    ],
  },
];

export const README_SHEET = "README";
/** Hidden sheet holding the data-validation lists. */
export const LISTS_SHEET = "Listen";

export function sheetSpec(entity: EntityKey): SheetSpec {
  return SHEETS.find((s) => s.entity === entity)!;
}

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/** The sheet a workbook sheet name or a CSV file name stands for (German or English name, or entity key). */
export function sheetByName(name: string): SheetSpec | undefined {
  const n = norm(name);
  return SHEETS.find((s) => [s.name, s.alias, s.entity].some((c) => norm(c) === n));
}

/** The column a header cell names (German header, English alias, or column key). */
export function columnByHeader(sheet: SheetSpec, header: string): Column | undefined {
  const n = norm(header);
  if (!n) return undefined;
  return sheet.columns.find((c) => [c.header, c.alias, c.key].some((h) => norm(h) === n));
}
