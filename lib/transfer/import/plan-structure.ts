// Planning the structure sheets: fields of action, departments, partners, districts. Only admins
// change them; for department heads their rows must be unchanged (a file exported by an admin and
// filled in by a department keeps working). New rows get their slug once, as the app gives it.
import { COLOR, FIELD_CODE } from "@/lib/plan/schemas";
import { firstFreeSlug, initiativeSlug } from "@/lib/initiatives/schemas";
import type { ReadSheet } from "../read";
import { cellProblem, Diff, forbidUnlessUnchanged, newId, parseRow, record, SeenKeys, text, nullableText, planCreate, planUpdate, type Planner } from "./planner";

const DEPARTMENT_CODE = /^[A-Z0-9-]{1,12}$/;
const DISTRICT_CODE = /^[A-Z0-9-]{1,12}$/;

function slugFor(taken: Set<string>, title: string): string {
  const slug = firstFreeSlug(initiativeSlug(title), [...taken].filter((s) => s.startsWith(initiativeSlug(title))));
  taken.add(slug);
  return slug;
}

export function planFields(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const byCode = new Map(p.state.fields.map((f) => [f.code, f]));
  for (const r of sheet.rows) {
    const row = parseRow("fieldsOfAction", sheet, r);
    const code = String(row.values.code ?? "").toUpperCase();
    if (code && !FIELD_CODE.test(code)) row.problems.push(cellProblem(row, "code", "fieldCodeFormat", { value: code }));
    if (code) seen.check(row, "code", code);
    const color = row.values.color ? String(row.values.color).toLowerCase() : null;
    if (color && !COLOR.test(color)) row.problems.push(cellProblem(row, "color", "colorFormat", { value: color }));
    if (row.values.title !== undefined && row.values.title !== null && String(row.values.title).length < 3) row.problems.push(cellProblem(row, "title", "tooShort", { min: 3 }));
    const existing = byCode.get(code);
    if (!existing) {
      if (!p.state.masterplan) row.problems.push(cellProblem(row, "code", "noMasterplan"));
      forbidUnlessUnchanged(row, p.isAdmin, "code", true);
      if (!record(p, row, "fieldsOfAction", code, "create")) continue;
      const id = newId();
      const data = {
        id, masterplanId: p.state.masterplan!.id, code, slug: slugFor(p.slugs.fields, String(row.values.title)), title: String(row.values.title),
        description: text(row.values.description ?? null), sortOrder: (row.values.sortOrder as number | null) ?? 0, color,
        titleEn: nullableText(row.values.titleEn ?? null), descriptionEn: nullableText(row.values.descriptionEn ?? null),
      };
      planCreate(p, p.writes.fields, data, { action: "fieldOfAction.create", entityType: "FieldOfAction" });
      p.fieldsByCode.set(code, { id, archived: false });
      continue;
    }
    const diff = new Diff(row);
    diff.check("title", existing.title);
    diff.check("description", existing.description, { toDb: text });
    diff.check("sortOrder", existing.sortOrder, { toDb: (v) => v ?? 0, compare: (v) => String(v ?? 0) });
    diff.check("color", existing.color, { toDb: (v) => (v ? String(v).toLowerCase() : null), compare: (v) => (v ? String(v).toLowerCase() : "") });
    diff.check("titleEn", existing.titleEn, { toDb: nullableText });
    diff.check("descriptionEn", existing.descriptionEn, { toDb: nullableText });
    forbidUnlessUnchanged(row, p.isAdmin, "code", !diff.isEmpty);
    planUpdate(p, row, "fieldsOfAction", code, diff, p.writes.fields, { action: "fieldOfAction.update", entityType: "FieldOfAction", entityId: existing.id });
  }
}

export function planDepartments(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const byCode = new Map(p.state.departments.map((d) => [d.code, d]));
  for (const r of sheet.rows) {
    const row = parseRow("departments", sheet, r);
    const code = String(row.values.code ?? "").toUpperCase();
    if (code && !DEPARTMENT_CODE.test(code)) row.problems.push(cellProblem(row, "code", "departmentCodeFormat", { value: code }));
    if (code) seen.check(row, "code", code);
    const existing = byCode.get(code);
    if (!existing) {
      forbidUnlessUnchanged(row, p.isAdmin, "code", true);
      if (!record(p, row, "departments", code, "create")) continue;
      const data = { id: newId(), code, name: String(row.values.name) };
      planCreate(p, p.writes.departments, data, { action: "department.create", entityType: "Department" });
      p.departmentsByCode.set(code, data.id);
      continue;
    }
    const diff = new Diff(row);
    diff.check("name", existing.name);
    forbidUnlessUnchanged(row, p.isAdmin, "code", !diff.isEmpty);
    planUpdate(p, row, "departments", code, diff, p.writes.departments, { action: "department.update", entityType: "Department", entityId: existing.id });
  }
}

export function planPartners(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const byName = new Map(p.state.partners.map((x) => [x.name.toLowerCase(), x]));
  for (const r of sheet.rows) {
    const row = parseRow("partners", sheet, r);
    const name = String(row.values.name ?? "");
    if (name) seen.check(row, "name", name);
    const website = nullableText(row.values.website ?? null);
    if (website && !/^https?:\/\/\S+$/.test(website)) row.problems.push(cellProblem(row, "website", "urlFormat", { value: website }));
    const existing = byName.get(name.toLowerCase());
    if (!existing) {
      forbidUnlessUnchanged(row, p.isAdmin, "name", true);
      if (!record(p, row, "partners", name, "create")) continue;
      const data = { id: newId(), name, slug: slugFor(p.slugs.partners, name), kind: row.values.kind, website, description: text(row.values.description ?? null) };
      planCreate(p, p.writes.partners, data, { action: "partner.create", entityType: "Partner" });
      p.partnersByName.set(name.toLowerCase(), data.id);
      continue;
    }
    const diff = new Diff(row);
    diff.check("kind", existing.kind);
    diff.check("website", existing.website, { toDb: nullableText });
    diff.check("description", existing.description, { toDb: text });
    forbidUnlessUnchanged(row, p.isAdmin, "name", !diff.isEmpty);
    planUpdate(p, row, "partners", name, diff, p.writes.partners, { action: "partner.update", entityType: "Partner", entityId: existing.id });
  }
}

export function planDistricts(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const byCode = new Map(p.state.districts.map((d) => [d.code, d]));
  for (const r of sheet.rows) {
    const row = parseRow("districts", sheet, r);
    const code = String(row.values.code ?? "").toUpperCase();
    if (code && !DISTRICT_CODE.test(code)) row.problems.push(cellProblem(row, "code", "departmentCodeFormat", { value: code }));
    if (code) seen.check(row, "code", code);
    const existing = byCode.get(code);
    if (!existing) {
      forbidUnlessUnchanged(row, p.isAdmin, "code", true);
      if (!record(p, row, "districts", code, "create")) continue;
      const name = String(row.values.name);
      const data = { id: newId(), code, name, slug: slugFor(p.slugs.districts, name), sortOrder: (row.values.sortOrder as number | null) ?? 0 };
      planCreate(p, p.writes.districts, data, { action: "district.create", entityType: "District" });
      p.districtsByCode.set(code, { id: data.id, archived: false });
      continue;
    }
    const diff = new Diff(row);
    diff.check("name", existing.name);
    diff.check("sortOrder", existing.sortOrder, { toDb: (v) => v ?? 0, compare: (v) => String(v ?? 0) });
    forbidUnlessUnchanged(row, p.isAdmin, "code", !diff.isEmpty);
    planUpdate(p, row, "districts", code, diff, p.writes.districts, { action: "district.update", entityType: "District", entityId: existing.id });
  }
}
