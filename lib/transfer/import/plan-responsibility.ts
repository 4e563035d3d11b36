// Who answers for an initiative besides its project leads, as the workbook names them: deputies,
// editors and partner contacts (e-mail addresses), the contributing departments (codes), and the
// partner responsible for a milestone or KPI (name). The rules are the app's (lib/initiatives/
// mutations/members.ts): deputies and editors are active project leads or department heads, a
// partner contact an active user of role PARTNER_CONTACT whose partner works on the initiative; one
// responsibility per person and initiative, and never beside being its lead.
import { cellProblem, listOf, type MemberRole, type ParsedRow, type Planner } from "./planner";

const LEAD_ROLES = new Set(["PROJECT_LEAD", "DEPARTMENT_HEAD"]);
export const MEMBER_COLUMNS = [
  ["deputies", "DEPUTY"],
  ["editors", "EDITOR"],
  ["partnerContacts", "PARTNER_CONTACT"],
] as const satisfies readonly (readonly [string, MemberRole])[];

type Member = { userId: string; role: MemberRole };

/**
 * The members the initiative should have after this row: those of the roles whose column is present
 * come from the file, the others stay as they are. Null when no member column is present.
 */
export function resolveMembers(p: Planner, row: ParsedRow, current: readonly Member[], leadIds: readonly string[], partnerIds: readonly string[]): Member[] | null {
  const present = MEMBER_COLUMNS.filter(([key]) => row.present.has(key));
  if (!present.length) return null;
  const presentRoles = new Set<MemberRole>(present.map(([, role]) => role));
  const wanted = new Map<string, MemberRole>(current.filter((m) => !presentRoles.has(m.role)).map((m) => [m.userId, m.role]));
  // A member kept from the database cannot become a lead beside it.
  for (const userId of wanted.keys()) {
    if (leadIds.includes(userId)) row.problems.push(cellProblem(row, "leads", "memberIsLead", { value: p.state.users.find((u) => u.id === userId)?.email ?? userId }));
  }
  const fromFile = new Set<string>();
  for (const [key, role] of present) {
    for (const email of (row.values[key] as string[] | undefined) ?? []) {
      const u = p.user(email);
      if (!u) row.problems.push(cellProblem(row, key, "unknownUser", { value: email }));
      else if (role === "PARTNER_CONTACT" && (!u.active || u.role !== "PARTNER_CONTACT" || !u.partnerId)) row.problems.push(cellProblem(row, key, "notAPartnerContact", { value: email }));
      else if (role === "PARTNER_CONTACT" && !partnerIds.includes(u.partnerId!)) row.problems.push(cellProblem(row, key, "partnerContactNotOnInitiative", { value: email }));
      else if (role !== "PARTNER_CONTACT" && (!u.active || !LEAD_ROLES.has(u.role))) row.problems.push(cellProblem(row, key, "notAMember", { value: email }));
      else if (leadIds.includes(u.id)) row.problems.push(cellProblem(row, key, "memberIsLead", { value: email }));
      else if (fromFile.has(u.id) && wanted.get(u.id) !== role) row.problems.push(cellProblem(row, key, "twoResponsibilities", { value: email }));
      else {
        fromFile.add(u.id);
        wanted.set(u.id, role);
      }
    }
  }
  return [...wanted].map(([userId, role]) => ({ userId, role }));
}

/** The contributing departments a present column names (never the lead department); null when absent. */
export function resolveContributing(p: Planner, row: ParsedRow, leadDepartmentId: string | undefined): string[] | null {
  if (!row.present.has("contributingDepartments")) return null;
  const ids: string[] = [];
  for (const code of (row.values.contributingDepartments as string[] | undefined) ?? []) {
    const id = p.departmentsByCode.get(code.toUpperCase());
    if (!id) row.problems.push(cellProblem(row, "contributingDepartments", "unknownDepartment", { value: code, existing: listOf(p.departmentsByCode.keys()) }));
    else if (id === leadDepartmentId) row.problems.push(cellProblem(row, "contributingDepartments", "leadDepartmentContributes", { value: code }));
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The responsible partner a milestone or KPI row names: undefined when the column is absent, null
 * when empty, else the partner's id; it must work on the initiative (`partnerIds`; null: the row has
 * no initiative, so it can have no responsible partner).
 */
export function resolveResponsiblePartner(p: Planner, row: ParsedRow, partnerIds: readonly string[] | null): string | null | undefined {
  if (!row.present.has("responsiblePartner")) return undefined;
  const name = row.values.responsiblePartner ? String(row.values.responsiblePartner).trim() : "";
  if (!name) return null;
  const id = p.partnerId(name);
  if (!id) {
    row.problems.push(cellProblem(row, "responsiblePartner", "unknownPartner", { value: name, existing: listOf(p.state.partners.map((x) => x.name)) }));
    return undefined;
  }
  if (!partnerIds?.includes(id)) {
    row.problems.push(cellProblem(row, "responsiblePartner", "partnerNotOnInitiative", { value: name }));
    return undefined;
  }
  return id;
}

/** The writes that turn `current` members into `wanted` (a changed role: removed and created again), and whether anything changes. */
export function memberChanges(initiativeId: string, current: readonly Member[], wanted: readonly Member[]) {
  const key = (m: Member) => `${m.userId}/${m.role}`;
  const wantedKeys = new Set(wanted.map(key));
  const currentKeys = new Set(current.map(key));
  const remove = current.filter((m) => !wantedKeys.has(key(m))).map((m) => ({ initiativeId, userId: m.userId }));
  const create = wanted.filter((m) => !currentKeys.has(key(m))).map((m) => ({ initiativeId, userId: m.userId, role: m.role }));
  return { remove, create, changed: remove.length > 0 || create.length > 0 };
}
