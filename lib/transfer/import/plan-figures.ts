// Planning the figures: KPIs (of the masterplan, a field of action or an initiative), their values,
// and budget lines. A KPI is identified by (scope, owner code, name), a value by its KPI and day, a
// budget line by (initiative, year, funding source). Masterplan- and field-level KPIs are the
// admins'; initiative-level ones follow their initiative's department. With PUBLISH_REVIEW a KPI or
// budget line flagged public where citizens would see it stays internal and becomes the importer's
// publication request.
import { can } from "@/lib/authz/policy";
import type { FundingSource } from "@/lib/generated/prisma/enums";
import type { CellValue } from "../cells";
import type { ReadSheet } from "../read";
import { resolveResponsiblePartner } from "./plan-responsibility";
import { canonicalDecimal, cellProblem, comparable, day, Diff, listOf, newId, parseRow, record, SeenKeys, text, nullableText, type ParsedRow, planCreate, planUpdate, type Planner } from "./planner";

type KpiRef = { id: string; scope: string; departmentId: string | null; initiativeId: string | null };

const kpiKey = (scope: string, owner: string, name: string) => `${scope}|${owner}|${name.toLowerCase()}`;

/** The owner a KPI row names, resolved for its scope; problems on the row when it cannot be. */
function resolveOwner(p: Planner, row: ParsedRow, scope: string, ownerCode: string) {
  if (scope === "MASTERPLAN") {
    const mp = p.state.masterplan;
    if (!mp || mp.slug !== ownerCode) row.problems.push(cellProblem(row, "ownerCode", "unknownMasterplan", { value: ownerCode, existing: mp?.slug ?? "–" }));
    return mp ? { masterplanId: mp.id, departmentId: null, initiativeId: null } : null;
  }
  if (scope === "FIELD_OF_ACTION") {
    const f = p.fieldsByCode.get(ownerCode.toUpperCase());
    if (!f) row.problems.push(cellProblem(row, "ownerCode", "unknownField", { value: ownerCode, existing: listOf(p.fieldsByCode.keys()) }));
    return f ? { fieldOfActionId: f.id, departmentId: null, initiativeId: null } : null;
  }
  const i = p.initiativesByCode.get(ownerCode.toUpperCase());
  if (!i) row.problems.push(cellProblem(row, "ownerCode", "unknownInitiative", { value: ownerCode }));
  return i ? { initiativeId: i.id, departmentId: i.departmentId } : null;
}

/** KPIs by key, for the values sheet; filled from the database and by planKpis. */
export function kpiIndex(p: Planner): Map<string, KpiRef> {
  const mp = p.state.masterplan;
  const fields = new Map(p.state.fields.map((f) => [f.id, f.code]));
  const initiatives = new Map(p.state.initiatives.map((i) => [i.id, i]));
  const index = new Map<string, KpiRef>();
  for (const k of p.state.kpis) {
    const owner = k.masterplanId ? mp?.slug : k.fieldOfActionId ? fields.get(k.fieldOfActionId) : initiatives.get(k.initiativeId!)?.code;
    if (!owner) continue;
    const departmentId = k.initiativeId ? initiatives.get(k.initiativeId)?.departmentId ?? null : null;
    index.set(kpiKey(k.scope, owner, k.name), { id: k.id, scope: k.scope, departmentId, initiativeId: k.initiativeId });
  }
  return index;
}

const decimalCompare = (v: CellValue) => (v === null ? "" : canonicalDecimal(String(v)));

export function planKpis(p: Planner, sheet: ReadSheet, index: Map<string, KpiRef>) {
  const seen = new SeenKeys();
  const byId = new Map(p.state.kpis.map((k) => [k.id, k]));
  for (const r of sheet.rows) {
    const row = parseRow("kpis", sheet, r);
    const v = row.values;
    const scope = String(v.scope ?? "");
    const ownerCode = String(v.ownerCode ?? "");
    const name = String(v.name ?? "");
    const key = `${ownerCode} / ${name}`;
    const owner = scope && ownerCode ? resolveOwner(p, row, scope, ownerCode) : null;
    const normalizedOwner = scope === "MASTERPLAN" ? ownerCode : ownerCode.toUpperCase();
    const k = kpiKey(scope, normalizedOwner, name);
    seen.check(row, "name", k);
    const ref = index.get(k);
    const existing = ref ? byId.get(ref.id) : undefined;
    const allowed = scope === "INITIATIVE" ? p.mayImportFor(owner?.departmentId) : p.isAdmin;
    const baseline = v.baselineDate as string | undefined;
    const target = v.targetDate as string | undefined;
    if (baseline && target && target <= baseline) row.problems.push(cellProblem(row, "targetDate", "targetBeforeBaseline"));
    // Only an initiative's KPI has a responsible partner, one who works on the initiative.
    const responsiblePartnerId = resolveResponsiblePartner(p, row, scope === "INITIATIVE" ? (p.initiativesByCode.get(normalizedOwner)?.partnerIds ?? []) : null);

    if (!existing) {
      if (!allowed) row.problems.push(cellProblem(row, "ownerCode", scope === "INITIATIVE" ? "notOwnDepartment" : "notAllowed"));
      if (!record(p, row, "kpis", key, "create")) continue;
      const { departmentId: _d, ...ownerIds } = owner!;
      // PUBLISH_REVIEW: flagged public where citizens see it (the plan's, or a public initiative's), it is added internal and submitted for review.
      const flagged = (v.isPublic as boolean | null | undefined) ?? true;
      const ask = p.publishReview && flagged && p.partShows(owner!.initiativeId ?? null);
      const data = {
        id: newId(), scope, ...ownerIds, name, description: text(v.description ?? null), unit: String(v.unit),
        valueType: v.valueType ?? "DECIMAL", direction: v.direction, baselineValue: String(v.baselineValue), baselineDate: day(baseline!),
        targetValue: String(v.targetValue), targetDate: day(target!), frequency: v.frequency ?? "QUARTERLY",
        isPublic: flagged && !ask, method: text(v.method ?? null), source: text(v.source ?? null),
        nameEn: nullableText(v.nameEn ?? null), unitEn: nullableText(v.unitEn ?? null), descriptionEn: nullableText(v.descriptionEn ?? null),
        responsiblePartnerId: responsiblePartnerId ?? null,
      };
      planCreate(p, p.writes.kpis, data, { action: "kpi.create", entityType: "Kpi", initiativeId: owner!.initiativeId ?? null });
      index.set(k, { id: data.id, scope, departmentId: owner!.departmentId, initiativeId: owner!.initiativeId ?? null });
      if (ask) p.askToPublish("KPI", data.id);
      continue;
    }
    const diff = new Diff(row);
    diff.check("description", existing.description, { toDb: text });
    diff.check("unit", existing.unit);
    // An empty optional choice means its default, as on create: otherwise a re-import would "change" it.
    diff.check("valueType", existing.valueType, { toDb: (x) => x ?? "DECIMAL", compare: (x) => String(x ?? "DECIMAL") });
    diff.check("direction", existing.direction);
    diff.check("baselineValue", existing.baselineValue, { compare: decimalCompare });
    diff.check("baselineDate", existing.baselineDate, { toDb: day });
    diff.check("targetValue", existing.targetValue, { compare: decimalCompare });
    diff.check("targetDate", existing.targetDate, { toDb: day });
    diff.check("frequency", existing.frequency, { toDb: (x) => x ?? "QUARTERLY", compare: (x) => String(x ?? "QUARTERLY") });
    diff.check("isPublic", existing.isPublic, { toDb: (x) => x ?? true, compare: (x) => String(x ?? true) });
    diff.check("method", existing.method, { toDb: text });
    diff.check("source", existing.source, { toDb: text });
    diff.check("nameEn", existing.nameEn, { toDb: nullableText });
    diff.check("unitEn", existing.unitEn, { toDb: nullableText });
    diff.check("descriptionEn", existing.descriptionEn, { toDb: nullableText });
    if (responsiblePartnerId !== undefined) {
      diff.check("responsiblePartner", existing.responsiblePartnerId, { field: "responsiblePartnerId", toDb: () => responsiblePartnerId, compare: () => responsiblePartnerId ?? "" });
    }
    if (!allowed && !diff.isEmpty) row.problems.push(cellProblem(row, "ownerCode", scope === "INITIATIVE" ? "notOwnDepartment" : "notAllowed"));
    const ask = p.publishReview && p.partShows(existing.initiativeId) && diff.holdBack("isPublic", true) && p.stillToAsk("KPI", existing, diff, "isPublic");
    planUpdate(p, row, "kpis", key, diff, p.writes.kpis, { action: "kpi.update", entityType: "Kpi", entityId: existing.id, initiativeId: existing.initiativeId });
    if (ask) p.askToPublish("KPI", existing.id);
  }
}

export function planKpiValues(p: Planner, sheet: ReadSheet, index: Map<string, KpiRef>) {
  const seen = new SeenKeys();
  const existingByKey = new Map(p.state.measurements.map((m) => [`${m.kpiId}|${comparable(m.periodDate)}`, m]));
  for (const r of sheet.rows) {
    const row = parseRow("kpiValues", sheet, r);
    const v = row.values;
    const scope = String(v.scope ?? "");
    const ownerCode = scope === "MASTERPLAN" ? String(v.ownerCode ?? "") : String(v.ownerCode ?? "").toUpperCase();
    const kpiName = String(v.kpiName ?? "");
    const period = String(v.periodDate ?? "");
    const key = `${ownerCode} / ${kpiName} / ${period}`;
    const kpi = index.get(kpiKey(scope, ownerCode, kpiName));
    if (scope && ownerCode && kpiName && !kpi) row.problems.push(cellProblem(row, "kpiName", "unknownKpi", { value: kpiName, owner: ownerCode }));
    seen.check(row, "periodDate", `${kpi?.id ?? key}|${period}`);
    const allowed = kpi ? (kpi.scope === "INITIATIVE" ? p.mayImportFor(kpi.departmentId) : p.isAdmin) : true;
    const existing = kpi ? existingByKey.get(`${kpi.id}|${period}`) : undefined;
    if (!existing) {
      if (!allowed) row.problems.push(cellProblem(row, "kpiName", "notAllowed"));
      if (!record(p, row, "kpiValues", key, "create")) continue;
      const data = { id: newId(), kpiId: kpi!.id, periodDate: day(period), value: String(v.value), note: text(v.note ?? null), recordedById: p.actor.id };
      planCreate(p, p.writes.measurements, data, { action: "kpiMeasurement.record", entityType: "KpiMeasurement", initiativeId: kpi!.initiativeId });
      continue;
    }
    const diff = new Diff(row);
    diff.check("value", existing.value, { compare: decimalCompare });
    diff.check("note", existing.note, { toDb: text });
    if (!allowed && !diff.isEmpty) row.problems.push(cellProblem(row, "kpiName", "notAllowed"));
    const audit = { action: "kpiMeasurement.update", entityType: "KpiMeasurement", entityId: existing.id, initiativeId: kpi!.initiativeId };
    planUpdate(p, row, "kpiValues", key, diff, p.writes.measurements, audit, { ...diff.data, recordedById: p.actor.id });
  }
}

export function planBudgetLines(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const existingByKey = new Map(p.state.budgetLines.map((b) => [`${b.initiativeId}|${b.year}|${b.fundingSource}|${b.programmeId ?? ""}`, b]));
  const programmesByName = new Map(p.state.programmes.map((x) => [x.name.toLowerCase(), x]));
  for (const r of sheet.rows) {
    const row = parseRow("budgetLines", sheet, r);
    const v = row.values;
    const code = String(v.initiativeCode ?? "").toUpperCase();
    const initiative = p.initiativesByCode.get(code);
    if (code && !initiative) row.problems.push(cellProblem(row, "initiativeCode", "unknownInitiative", { value: code }));
    if (initiative && !p.mayImportFor(initiative.departmentId)) row.problems.push(cellProblem(row, "initiativeCode", "notOwnDepartment"));
    const year = v.year as number | undefined;
    if (year !== undefined && year !== null && (year < 2000 || year > 2100)) row.problems.push(cellProblem(row, "year", "yearRange"));
    const source = String(v.fundingSource ?? "");
    // A programme is named by its name; it must exist, be active for new lines and belong to the line's
    // level. An admin's file may name a new one: it is created with the line's level (so the plan's
    // export round-trips into an empty database); rate, period and link are then kept in the app.
    const programmeName = String(v.programme ?? "").trim();
    let programme = programmeName ? programmesByName.get(programmeName.toLowerCase()) : undefined;
    if (programmeName && !programme && source && can(p.actor, "fundingProgramme.manage")) {
      programme = { id: newId(), name: programmeName, level: source as FundingSource, archivedAt: null };
      programmesByName.set(programmeName.toLowerCase(), programme);
      planCreate(p, p.writes.fundingProgrammes, { id: programme.id, name: programme.name, level: programme.level }, { action: "fundingProgramme.create", entityType: "FundingProgramme" });
    }
    if (programmeName && !programme) {
      const active = p.state.programmes.filter((x) => !x.archivedAt).map((x) => x.name);
      row.problems.push(cellProblem(row, "programme", "unknownProgramme", { value: programmeName, existing: listOf(active) }));
    } else if (programme && source && programme.level !== source) {
      row.problems.push(cellProblem(row, "programme", "programmeLevel", { value: programme.name }));
    }
    const key = `${code} / ${year ?? ""} / ${source}${programme ? ` / ${programme.name}` : ""}`;
    seen.check(row, "fundingSource", key);
    for (const k of ["planned", "actual"] as const) {
      if (v[k] && String(v[k]).startsWith("-")) row.problems.push(cellProblem(row, k, "notNegative"));
    }
    const existing = initiative ? existingByKey.get(`${initiative.id}|${year}|${source}|${programme?.id ?? ""}`) : undefined;
    if (!existing && programme?.archivedAt) row.problems.push(cellProblem(row, "programme", "archivedProgramme", { value: programme.name }));
    if (!existing) {
      if (!record(p, row, "budgetLines", key, "create")) continue;
      // PUBLISH_REVIEW: flagged public on an initiative citizens see, it is added internal and submitted for review.
      const flagged = (v.isPublic as boolean | null | undefined) ?? true;
      const ask = p.publishReview && flagged && p.partShows(initiative!.id);
      const data = {
        id: newId(), initiativeId: initiative!.id, year: year!, fundingSource: source, programmeId: programme?.id ?? null,
        grantReference: text(v.grantReference ?? null), planned: String(v.planned),
        actual: v.actual ? String(v.actual) : "0", isPublic: flagged && !ask, note: text(v.note ?? null),
      };
      planCreate(p, p.writes.budgetLines, data, { action: "budgetLine.create", entityType: "BudgetLine", initiativeId: initiative!.id });
      if (ask) p.askToPublish("BUDGET_LINE", data.id);
      continue;
    }
    const diff = new Diff(row);
    diff.check("planned", existing.planned, { compare: decimalCompare });
    diff.check("actual", existing.actual, { toDb: (x) => (x ? String(x) : "0"), compare: (x) => (x ? canonicalDecimal(String(x)) : "0") });
    diff.check("isPublic", existing.isPublic, { toDb: (x) => x ?? true, compare: (x) => String(x ?? true) });
    diff.check("grantReference", existing.grantReference, { toDb: text });
    diff.check("note", existing.note, { toDb: text });
    const ask = p.publishReview && p.partShows(existing.initiativeId) && diff.holdBack("isPublic", true) && p.stillToAsk("BUDGET_LINE", existing, diff, "isPublic");
    planUpdate(p, row, "budgetLines", key, diff, p.writes.budgetLines, { action: "budgetLine.update", entityType: "BudgetLine", entityId: existing.id, initiativeId: existing.initiativeId });
    if (ask) p.askToPublish("BUDGET_LINE", existing.id);
  }
}
