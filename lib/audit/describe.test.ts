import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { actionLabel, collectReferenceIds, describeChanges, describeEntity, humanizeKey, type AuditEventLike, type DescribeContext } from "./describe";

const USER_A = "0190a5e0-0000-7000-8000-00000000000a";
const USER_B = "0190a5e0-0000-7000-8000-00000000000b";
const DEPT = "0190a5e0-0000-7000-8000-0000000000d1";
const GONE = "0190a5e0-0000-7000-8000-0000000000ff";
const INITIATIVE = "0190a5e0-0000-7000-8000-0000000000e1";
const MILESTONE = "0190a5e0-0000-7000-8000-0000000000f1";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const names = {
  users: new Map([[USER_A, "Anna Amt"], [USER_B, "Bernd Bau"]]),
  departments: new Map([[DEPT, "Amt für Klimaschutz"]]),
  initiatives: new Map([[INITIATIVE, "VER-01 Ladeinfrastruktur"]]),
  milestones: new Map([[MILESTONE, "Ausschreibung"]]),
};
const ctx = (locale: "de" | "en"): DescribeContext => ({ locale, messages: locale === "de" ? de : en, names });

const milestoneMove: AuditEventLike = {
  action: "milestone.moveForecast",
  entityType: "Milestone",
  entityId: MILESTONE,
  initiativeId: INITIATIVE,
  before: { id: MILESTONE, title: "Ausschreibung", forecastDate: "2026-06-30T00:00:00.000Z", version: 3, updatedAt: "2026-05-01T08:00:00.000Z", initiativeId: INITIATIVE },
  after: { id: MILESTONE, title: "Ausschreibung", forecastDate: "2026-09-30T00:00:00.000Z", version: 4, updatedAt: "2026-06-01T08:00:00.000Z", initiativeId: INITIATIVE, forecastEntryId: "x" },
};

// Intl puts a no-break space before "€"; the expectations are easier to read with a plain one.
const text = (changes: { label: string; from: string | null; to: string | null }[]) =>
  changes.map((c) => `${c.label}: ${c.from ?? "—"} → ${c.to ?? "—"}`.replace(/\u00a0/g, " "));

/** Expects `event`'s changes described as these lines in each locale given. */
function expectDescribed(event: AuditEventLike, lines: Partial<Record<"de" | "en", string[]>>) {
  for (const [locale, expected] of Object.entries(lines) as ["de" | "en", string[]][]) expect(text(describeChanges(event, ctx(locale))), locale).toEqual(expected);
}

describe("describeChanges", () => {
  it("reads a moved forecast as 'Prognose: 30.06.2026 → 30.09.2026' and leaves out version and timestamps", () => {
    expectDescribed(milestoneMove, { de: ["Prognose: 30.06.2026 → 30.09.2026"], en: ["Forecast: 06/30/2026 → 09/30/2026"] });
  });

  it("formats awkward days (29 February, 31 December) without shifting them across time zones", () => {
    const e: AuditEventLike = { action: "initiative.update", entityType: "Initiative", entityId: INITIATIVE, before: { plannedEnd: "2027-12-31" }, after: { plannedEnd: "2028-02-29" } };
    expectDescribed(e, { de: ["Geplantes Ende: 31.12.2027 → 29.02.2028"], en: ["Planned end: 12/31/2027 → 02/29/2028"] });
  });

  it("translates enums, booleans and money", () => {
    const e: AuditEventLike = {
      action: "initiative.setStatus",
      entityType: "Initiative",
      entityId: INITIATIVE,
      before: { status: "PLANNED", health: "ON_TRACK", visibility: "INTERNAL" },
      after: { status: "IN_PROGRESS", health: "AT_RISK", visibility: "PUBLIC" },
    };
    expectDescribed(e, {
      de: ["Status: Geplant → In Umsetzung", "Lage: Im Plan → Gefährdet", "Sichtbarkeit: Nur intern → Öffentlich"],
      en: ["Status: Planned → In progress", "Health: On track → At risk", "Visibility: Internal only → Public"],
    });
    const budget: AuditEventLike = {
      action: "budgetLine.plan",
      entityType: "BudgetLine",
      entityId: null,
      before: { planned: "120000.00", isPublic: false, fundingSource: "CITY" },
      after: { planned: "150000.50", isPublic: true, fundingSource: "EU" },
    };
    expectDescribed(budget, {
      de: ["Geplant: 120.000,00 € → 150.000,50 €", "Öffentlich: Nein → Ja", "Finanzierungsquelle: Städtische Mittel → EU"],
      en: ["Planned: €120,000.00 → €150,000.50", "Public: No → Yes", `Funding source: ${en.budget.source.CITY} → EU`],
    });
    const risk: AuditEventLike = { action: "risk.close", entityType: "Risk", entityId: null, before: { status: "OPEN" }, after: { status: "CLOSED" } };
    expectDescribed(risk, { de: ["Status des Risikos: Offen → Geschlossen"] });
  });

  it("resolves references to names and never shows a UUID, not even for rows that are gone", () => {
    const e: AuditEventLike = {
      action: "risk.update",
      entityType: "Risk",
      entityId: GONE,
      before: { ownerId: USER_A, departmentId: null, districtIds: [GONE], responsiblePartnerId: GONE },
      after: { ownerId: USER_B, departmentId: DEPT, districtIds: [], responsiblePartnerId: null, fieldOfActionId: GONE },
    };
    const de_ = text(describeChanges(e, ctx("de")));
    expect(de_).toContain("Verantwortlich: Anna Amt → Bernd Bau");
    expect(de_).toContain("Amt: — → Amt für Klimaschutz");
    expect(de_).toContain("Stadtteile: (nicht mehr vorhanden) → —");
    for (const line of [...de_, ...text(describeChanges(e, ctx("en")))]) expect(line).not.toMatch(UUID);
    expect(JSON.stringify(describeEntity(e, ctx("de")))).not.toMatch(UUID);
  });

  it("omits secrets and technical keys and humanises keys the catalogue does not know", () => {
    const e: AuditEventLike = {
      action: "user.update",
      entityType: "User",
      entityId: USER_A,
      before: { passwordHash: "x", sessionVersion: 1, mfaSecret: "s", favouriteColourCode: "red", role: "VIEWER", active: true },
      after: { passwordHash: "y", sessionVersion: 2, mfaSecret: "t", favouriteColourCode: "blue", role: "PROJECT_LEAD", active: false },
    };
    expectDescribed(e, { de: ["Favourite colour code: red → blue", "Rolle: Lesezugriff → Projektleitung", "Aktiv: Ja → Nein"] });
    expect(humanizeKey("responsiblePartnerId")).toBe("Responsible partner");
  });

  it("lists the filled fields of a creation from nothing", () => {
    const e: AuditEventLike = { action: "kpi.create", entityType: "Kpi", entityId: null, before: null, after: { name: "Ladepunkte", targetValue: "1500", unit: "" } };
    expectDescribed(e, { de: ["Bezeichnung: — → Ladepunkte", "Zielwert: — → 1.500"] });
  });
});

describe("describeEntity and actionLabel", () => {
  it("names the entity by its title and the action by its label, falling back to the key", () => {
    expect(describeEntity(milestoneMove, ctx("de"))).toEqual({ type: "Meilenstein", name: "Ausschreibung" });
    expect(describeEntity({ ...milestoneMove, entityType: "Initiative", entityId: INITIATIVE }, ctx("en"))).toEqual({ type: "Initiative", name: "VER-01 Ladeinfrastruktur" });
    expect(describeEntity({ action: "initiative.addLead", entityType: "InitiativeLead", entityId: GONE, before: null, after: { userId: USER_B } }, ctx("de"))).toEqual({
      type: "Projektleitung",
      name: "Bernd Bau",
    });
    expect(actionLabel(de, "milestone.moveForecast")).toBe("Prognose verschoben");
    expect(actionLabel(en, "milestone.moveForecast")).toBe("Forecast moved");
    expect(actionLabel(de, "qtest.unknown")).toBe("qtest.unknown");
  });

  it("collects the ids to look up once per page, by kind", () => {
    const ids = collectReferenceIds([milestoneMove, { action: "x", entityType: "Risk", entityId: "not-a-uuid", before: { ownerId: USER_A }, after: { districtIds: [GONE] } }]);
    expect([...ids.milestones]).toEqual([MILESTONE]);
    expect([...ids.initiatives]).toEqual([INITIATIVE]);
    expect([...ids.users]).toEqual([USER_A]);
    expect([...ids.districts]).toEqual([GONE]);
    expect(ids.risks.size).toBe(0);
  });
});
