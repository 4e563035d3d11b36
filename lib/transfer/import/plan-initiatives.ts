// Planning the initiatives and their milestones. References (field, department, leads, partners,
// districts) resolve against the database and against rows earlier in the same file. Archived
// fields and districts are refused for new assignments, as in the app. A milestone's baseline
// never moves; a changed forecast is recorded in its history with the reason "Import <file>".
import { firstFreeSlug, INITIATIVE_CODE, initiativeSlug } from "@/lib/initiatives/schemas";
import { INITIAL_PLAN_REASON } from "@/lib/milestones/records";
import { parseEnumText, type CellValue } from "../cells";
import type { ReadSheet } from "../read";
import { cellProblem, comparable, day, Diff, listOf, newId, nullableText, parseRow, record, SeenKeys, text, planCreate, planUpdate, type ParsedRow, type Planner } from "./planner";
import { memberChanges, resolveContributing, resolveMembers, resolveResponsiblePartner } from "./plan-responsibility";

const LEAD_ROLES = new Set(["PROJECT_LEAD", "DEPARTMENT_HEAD"]);

/** "Stadtwerke (Betreiber)" → name and role; the export writes partners this way. */
function parsePartner(entry: string): { name: string; role: string | null } | null {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(entry.trim());
  if (!m) return null;
  return { name: m[1]!, role: parseEnumText("partnerRole", m[2]!) };
}

export function planInitiatives(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const byCode = new Map(p.state.initiatives.map((i) => [i.code, i]));
  for (const r of sheet.rows) {
    const row = parseRow("initiatives", sheet, r);
    const v = row.values;
    const code = String(v.code ?? "").toUpperCase();
    if (code && !INITIATIVE_CODE.test(code)) row.problems.push(cellProblem(row, "code", "initiativeCodeFormat", { value: code }));
    if (code) seen.check(row, "code", code);
    const existing = byCode.get(code);

    // References.
    const fieldCode = v.fieldCode ? String(v.fieldCode).toUpperCase() : null;
    const field = fieldCode ? p.fieldsByCode.get(fieldCode) : undefined;
    if (fieldCode && !field) row.problems.push(cellProblem(row, "fieldCode", "unknownField", { value: fieldCode, existing: listOf(p.fieldsByCode.keys()) }));
    if (field?.archived && field.id !== existing?.fieldOfActionId) row.problems.push(cellProblem(row, "fieldCode", "archivedField", { value: fieldCode! }));
    const departmentCode = v.departmentCode ? String(v.departmentCode).toUpperCase() : null;
    const departmentId = departmentCode ? p.departmentsByCode.get(departmentCode) : undefined;
    if (departmentCode && !departmentId) {
      row.problems.push(cellProblem(row, "departmentCode", "unknownDepartment", { value: String(v.departmentCode), existing: listOf(p.departmentsByCode.keys()) }));
    }
    const leadIds = resolveLeads(p, row);
    const partnerLinks = resolvePartners(p, row);
    const districtIds = resolveDistricts(p, row, existing?.districts.map((d) => d.districtId) ?? []);
    const partnerIds = [...new Set((partnerLinks ?? existing?.partners ?? []).map((l) => l.partnerId))];
    const currentMembers = existing?.members ?? [];
    const members = resolveMembers(p, row, currentMembers, leadIds ?? existing?.leads.map((l) => l.userId) ?? [], partnerIds);
    const contributing = resolveContributing(p, row, departmentId ?? existing?.departmentId);
    const health = (v.health as string | undefined) ?? existing?.health;
    if (health && health !== "ON_TRACK" && row.present.has("healthReason") && !v.healthReason && !existing?.healthReason) {
      row.problems.push(cellProblem(row, "healthReason", "healthReasonRequired"));
    }
    const start = (v.plannedStart as string | null | undefined) ?? (existing?.plannedStart ? comparable(existing.plannedStart) : null);
    const end = (v.plannedEnd as string | null | undefined) ?? (existing?.plannedEnd ? comparable(existing.plannedEnd) : null);
    if (start && end && end < start) row.problems.push(cellProblem(row, "plannedEnd", "endBeforeStart"));

    // Department heads: only their own department's initiatives, before and after.
    const targetDepartment = departmentId ?? existing?.departmentId;
    if (!p.mayImportFor(targetDepartment) || (existing && !p.mayImportFor(existing.departmentId))) {
      row.problems.push(cellProblem(row, "departmentCode", "notOwnDepartment"));
    }

    if (!existing) {
      if (!record(p, row, "initiatives", code, "create")) continue;
      const id = newId();
      const base = initiativeSlug(String(v.title));
      const slug = firstFreeSlug(base, [...p.slugs.initiatives].filter((s) => s.startsWith(base)));
      p.slugs.initiatives.add(slug);
      // PUBLISH_REVIEW: a new public initiative is created internal and submitted for review.
      const ask = p.publishReview && v.visibility === "PUBLIC";
      const data = {
        id, code, slug, title: String(v.title), summary: text(v.summary ?? null), description: text(v.description ?? null),
        fieldOfActionId: field!.id, departmentId: departmentId!, status: v.status, health: v.health,
        // Kept for a green health too: it is how a health greener than suggested is justified.
        healthReason: nullableText(v.healthReason ?? null),
        plannedStart: day(v.plannedStart ?? null), plannedEnd: day(v.plannedEnd ?? null), visibility: ask ? "INTERNAL" : v.visibility, tags: (v.tags as string[] | undefined) ?? [],
        titleEn: nullableText(v.titleEn ?? null), summaryEn: nullableText(v.summaryEn ?? null), descriptionEn: nullableText(v.descriptionEn ?? null),
      };
      p.writes.initiatives.create.push(data);
      for (const userId of leadIds ?? []) p.writes.leads.create.push({ initiativeId: id, userId });
      for (const l of partnerLinks ?? []) p.writes.initiativePartners.create.push({ id: newId(), initiativeId: id, partnerId: l.partnerId, role: l.role });
      for (const districtId of districtIds ?? []) p.writes.initiativeDistricts.create.push({ initiativeId: id, districtId });
      for (const m of members ?? []) p.writes.members.create.push({ initiativeId: id, userId: m.userId, role: m.role });
      for (const d of contributing ?? []) p.writes.contributingDepartments.create.push({ initiativeId: id, departmentId: d });
      p.writes.audits.push({
        action: "initiative.create", entityType: "Initiative", entityId: id, initiativeId: id,
        after: { ...data, leads: v.leads, partners: v.partners, districts: v.districts, deputies: v.deputies, editors: v.editors, partnerContacts: v.partnerContacts, contributingDepartments: v.contributingDepartments },
      });
      p.initiativesByCode.set(code, { id, departmentId: departmentId!, code, partnerIds });
      if (data.visibility === "PUBLIC") p.publicInitiatives.add(id);
      if (ask) p.askToPublish("INITIATIVE", id);
      continue;
    }

    const diff = new Diff(row);
    diff.check("title", existing.title);
    diff.check("summary", existing.summary, { toDb: text });
    diff.check("description", existing.description, { toDb: text });
    diff.check("fieldCode", existing.fieldOfActionId, { field: "fieldOfActionId", toDb: () => field?.id, compare: () => field?.id ?? "" });
    diff.check("departmentCode", existing.departmentId, { field: "departmentId", toDb: () => departmentId, compare: () => departmentId ?? "" });
    diff.check("status", existing.status);
    diff.check("health", existing.health);
    diff.check("healthReason", existing.healthReason, { toDb: nullableText });
    diff.check("plannedStart", existing.plannedStart, { toDb: day });
    diff.check("plannedEnd", existing.plannedEnd, { toDb: day });
    diff.check("visibility", existing.visibility);
    diff.check("tags", existing.tags, { toDb: (x) => x ?? [] });
    diff.check("titleEn", existing.titleEn, { toDb: nullableText });
    diff.check("summaryEn", existing.summaryEn, { toDb: nullableText });
    diff.check("descriptionEn", existing.descriptionEn, { toDb: nullableText });
    // PUBLISH_REVIEW: internal → public stays internal and is submitted for review (an archived
    // initiative shows nowhere, so its visibility is written as before).
    const links = diffLinks(p, row, existing, leadIds, partnerLinks, districtIds, members, contributing);
    const ask = p.publishReview && !existing.archivedAt && diff.holdBack("visibility", "PUBLIC") && p.stillToAsk("INITIATIVE", existing, diff, "visibility", links.changed.length);
    const changed = [...diff.changed, ...links.changed];
    if (!record(p, row, "initiatives", code, changed.length ? "update" : "unchanged", changed) || !changed.length) continue;
    if (Object.keys(diff.data).length) p.writes.initiatives.update.push({ id: existing.id, data: diff.data });
    const before = { ...diff.before, ...links.before };
    const after = { ...diff.after, ...links.after };
    if (Object.keys(after).length || Object.keys(before).length) {
      p.writes.audits.push({ action: "initiative.update", entityType: "Initiative", entityId: existing.id, initiativeId: existing.id, before, after });
    }
    if (departmentId) p.initiativesByCode.set(code, { id: existing.id, departmentId, code, partnerIds });
    if ("visibility" in diff.data) {
      if (diff.data.visibility === "PUBLIC" && !existing.archivedAt) p.publicInitiatives.add(existing.id);
      else p.publicInitiatives.delete(existing.id);
    }
    if (ask) p.askToPublish("INITIATIVE", existing.id);
  }
}

function resolveLeads(p: Planner, row: ParsedRow): string[] | null {
  if (!row.present.has("leads")) return null;
  const ids: string[] = [];
  for (const email of (row.values.leads as string[] | undefined) ?? []) {
    const u = p.user(email);
    if (!u) row.problems.push(cellProblem(row, "leads", "unknownUser", { value: email }));
    else if (!u.active || !LEAD_ROLES.has(u.role)) row.problems.push(cellProblem(row, "leads", "notALead", { value: email }));
    else if (!ids.includes(u.id)) ids.push(u.id);
  }
  return ids;
}

function resolvePartners(p: Planner, row: ParsedRow): { partnerId: string; role: string }[] | null {
  if (!row.present.has("partners")) return null;
  const out: { partnerId: string; role: string }[] = [];
  for (const entry of (row.values.partners as string[] | undefined) ?? []) {
    const parsed = parsePartner(entry);
    if (!parsed || !parsed.role) {
      row.problems.push(cellProblem(row, "partners", "partnerFormat", { value: entry }));
      continue;
    }
    const partnerId = p.partnerId(parsed.name);
    if (!partnerId) row.problems.push(cellProblem(row, "partners", "unknownPartner", { value: parsed.name, existing: listOf(p.state.partners.map((x) => x.name)) }));
    else if (!out.some((o) => o.partnerId === partnerId && o.role === parsed.role)) out.push({ partnerId, role: parsed.role });
  }
  return out;
}

function resolveDistricts(p: Planner, row: ParsedRow, current: string[]): string[] | null {
  if (!row.present.has("districts")) return null;
  const ids: string[] = [];
  for (const code of (row.values.districts as string[] | undefined) ?? []) {
    const d = p.districtsByCode.get(code.toUpperCase());
    if (!d) row.problems.push(cellProblem(row, "districts", "unknownDistrict", { value: code, existing: listOf(p.districtsByCode.keys()) }));
    else if (d.archived && !current.includes(d.id)) row.problems.push(cellProblem(row, "districts", "archivedDistrict", { value: code }));
    else if (!ids.includes(d.id)) ids.push(d.id);
  }
  return ids;
}

type ExistingInitiative = Planner["state"]["initiatives"][number];

/** The link sets (leads, partners, districts) a present column replaces, as writes and audit facts. */
function diffLinks(
  p: Planner,
  row: ParsedRow,
  existing: ExistingInitiative,
  leadIds: string[] | null,
  partnerLinks: { partnerId: string; role: string }[] | null,
  districtIds: string[] | null,
  members: { userId: string; role: "DEPUTY" | "EDITOR" | "PARTNER_CONTACT" }[] | null,
  contributing: string[] | null,
) {
  const changed: string[] = [];
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const header = (key: string) => row.spec.columns.find((c) => c.key === key)!.header;
  const pending = { leads: [] as (() => void)[] };
  /** A column listing ids (leads, districts): what to add and remove against `current`, noted as a change when anything is. */
  const diffIds = (key: "leads" | "districts" | "contributingDepartments", wanted: string[] | null, current: string[], write: (add: string[], remove: string[]) => void) => {
    if (!wanted) return;
    const add = wanted.filter((id) => !current.includes(id));
    const remove = current.filter((id) => !wanted.includes(id));
    if (!add.length && !remove.length) return;
    changed.push(header(key));
    before[key] = current;
    after[key] = wanted;
    pending.leads.push(() => write(add, remove));
  };
  diffIds("leads", leadIds, existing.leads.map((l) => l.userId), (add, remove) => {
    for (const userId of add) p.writes.leads.create.push({ initiativeId: existing.id, userId });
    for (const userId of remove) p.writes.leads.remove.push({ initiativeId: existing.id, userId });
  });
  if (partnerLinks) {
    const key = (l: { partnerId: string; role: string }) => `${l.partnerId}/${l.role}`;
    const wanted = new Set(partnerLinks.map(key));
    const add = partnerLinks.filter((l) => !existing.partners.some((e) => key(e) === key(l)));
    const remove = existing.partners.filter((e) => !wanted.has(key(e)));
    if (add.length || remove.length) {
      changed.push(header("partners"));
      before.partners = existing.partners.map(key);
      after.partners = [...wanted];
      pending.leads.push(() => {
        for (const l of add) p.writes.initiativePartners.create.push({ id: newId(), initiativeId: existing.id, partnerId: l.partnerId, role: l.role });
        p.writes.initiativePartners.removeIds.push(...remove.map((e) => e.id));
      });
    }
  }
  diffIds("districts", districtIds, existing.districts.map((d) => d.districtId), (add, remove) => {
    for (const districtId of add) p.writes.initiativeDistricts.create.push({ initiativeId: existing.id, districtId });
    for (const districtId of remove) p.writes.initiativeDistricts.remove.push({ initiativeId: existing.id, districtId });
  });
  diffIds("contributingDepartments", contributing, existing.contributingDepartments.map((d) => d.departmentId), (add, remove) => {
    for (const departmentId of add) p.writes.contributingDepartments.create.push({ initiativeId: existing.id, departmentId });
    for (const departmentId of remove) p.writes.contributingDepartments.remove.push({ initiativeId: existing.id, departmentId });
  });
  if (members) {
    const m = memberChanges(existing.id, existing.members, members);
    if (m.changed) {
      // Named by the columns whose role set changes.
      const roles = new Set([...m.remove.map((r) => existing.members.find((e) => e.userId === r.userId)!.role), ...m.create.map((c) => c.role)]);
      for (const [key, role] of [["deputies", "DEPUTY"], ["editors", "EDITOR"], ["partnerContacts", "PARTNER_CONTACT"]] as const) if (roles.has(role)) changed.push(header(key));
      before.members = existing.members;
      after.members = members;
      pending.leads.push(() => {
        p.writes.members.remove.push(...m.remove);
        p.writes.members.create.push(...m.create);
      });
    }
  }
  // Written only when the row has no problems (record() decides; the caller skips errored rows).
  if (!row.problems.length) for (const fn of pending.leads) fn();
  return { changed, before, after };
}

export function planMilestones(p: Planner, sheet: ReadSheet) {
  const seen = new SeenKeys();
  const byInitiative = new Map<string, Planner["state"]["milestones"]>();
  for (const m of p.state.milestones) byInitiative.set(m.initiativeId, [...(byInitiative.get(m.initiativeId) ?? []), m]);
  const nextOrder = new Map<string, number>();
  const reason = `Import ${p.fileName}`;
  for (const r of sheet.rows) {
    const row = parseRow("milestones", sheet, r);
    const v = row.values;
    const initiativeCode = String(v.initiativeCode ?? "").toUpperCase();
    const initiative = p.initiativesByCode.get(initiativeCode);
    if (initiativeCode && !initiative) row.problems.push(cellProblem(row, "initiativeCode", "unknownInitiative", { value: initiativeCode }));
    if (initiative && !p.mayImportFor(initiative.departmentId)) row.problems.push(cellProblem(row, "initiativeCode", "notOwnDepartment"));
    const code = v.code ? String(v.code) : null;
    const title = String(v.title ?? "");
    const key = `${initiativeCode} / ${code ?? title}`;
    seen.check(row, code ? "code" : "title", key);
    const list = initiative ? byInitiative.get(initiative.id) ?? [] : [];
    const existing = (code ? list.find((m) => m.code === code) : undefined) ?? list.find((m) => m.title === title && (!code || m.code === null));
    const baseline = v.baselineDate as string | undefined;
    const forecast = v.forecastDate as string | undefined;
    const weight = v.weight as number | null | undefined;
    if (weight !== undefined && weight !== null && weight < 1) row.problems.push(cellProblem(row, "weight", "weightMin"));
    const responsiblePartnerId = resolveResponsiblePartner(p, row, initiative?.partnerIds ?? []);

    if (!existing) {
      if (!record(p, row, "milestones", key, "create")) continue;
      const id = newId();
      const order = (nextOrder.get(initiative!.id) ?? Math.max(0, ...list.map((m) => m.sortOrder))) + 1;
      nextOrder.set(initiative!.id, order);
      // PUBLISH_REVIEW: flagged public on an initiative citizens see, it is added internal and submitted for review.
      const flagged = (v.isPublic as boolean | null | undefined) ?? true;
      const ask = p.publishReview && flagged && p.partShows(initiative!.id);
      const data = {
        id, initiativeId: initiative!.id, code, title, description: text(v.description ?? null), sortOrder: order,
        baselineDate: day(baseline!), forecastDate: day(forecast ?? baseline!), completedDate: day(v.completedDate ?? null),
        weight: weight ?? 1, isPublic: flagged && !ask, responsiblePartnerId: responsiblePartnerId ?? null,
        titleEn: nullableText(v.titleEn ?? null), descriptionEn: nullableText(v.descriptionEn ?? null),
      };
      planCreate(p, p.writes.milestones, data, { action: "milestone.create", entityType: "Milestone", initiativeId: initiative!.id });
      // The history starts with the plan itself, as when a milestone is added in the app.
      p.writes.forecasts.push({ id: newId(), milestoneId: id, forecastDate: data.baselineDate, reason: INITIAL_PLAN_REASON, reportedById: p.actor.id });
      if (forecast && forecast !== baseline) p.writes.forecasts.push({ id: newId(), milestoneId: id, forecastDate: data.forecastDate, reason, reportedById: p.actor.id });
      if (ask) p.askToPublish("MILESTONE", id);
      continue;
    }
    if (baseline && baseline !== comparable(existing.baselineDate)) {
      row.problems.push(cellProblem(row, "baselineDate", "baselineFixed", { value: comparable(existing.baselineDate) }));
    }
    const diff = new Diff(row);
    if (code && existing.code !== code) diff.check("code", existing.code);
    diff.check("title", existing.title);
    diff.check("description", existing.description, { toDb: text });
    diff.check("forecastDate", existing.forecastDate, { toDb: day });
    diff.check("completedDate", existing.completedDate, { toDb: day });
    diff.check("weight", existing.weight, { toDb: (x: CellValue) => x ?? 1, compare: (x) => String(x ?? 1) });
    diff.check("isPublic", existing.isPublic, { toDb: (x: CellValue) => x ?? true, compare: (x) => String(x ?? true) });
    diff.check("titleEn", existing.titleEn, { toDb: nullableText });
    diff.check("descriptionEn", existing.descriptionEn, { toDb: nullableText });
    if (responsiblePartnerId !== undefined) {
      diff.check("responsiblePartner", existing.responsiblePartnerId, { field: "responsiblePartnerId", toDb: () => responsiblePartnerId, compare: () => responsiblePartnerId ?? "" });
    }
    const audit = { action: "milestone.update", entityType: "Milestone", entityId: existing.id, initiativeId: existing.initiativeId };
    const ask = p.publishReview && p.partShows(existing.initiativeId) && diff.holdBack("isPublic", true) && p.stillToAsk("MILESTONE", existing, diff, "isPublic");
    const written = planUpdate(p, row, "milestones", key, diff, p.writes.milestones, audit);
    if (ask) p.askToPublish("MILESTONE", existing.id);
    if (!written) continue;
    if ("forecastDate" in diff.data) p.writes.forecasts.push({ id: newId(), milestoneId: existing.id, forecastDate: diff.data.forecastDate, reason, reportedById: p.actor.id });
  }
}
