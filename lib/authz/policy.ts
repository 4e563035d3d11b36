// THE permission table. Every server action, API route and internal read asks `can()`;
// nothing re-implements these rules. Conditions are checked against rows loaded from the
// database, never against ids taken from a URL or form alone.
import { AppError } from "@/lib/errors/app-error";
import type { Role, TokenScope } from "@/lib/generated/prisma/enums";

/** Who acts: a signed-in user, or a user acting through a personal access token. */
export type Actor = {
  id: string;
  role: Role;
  departmentId: string | null;
  via: "session" | "token";
  /** Scopes of the token when via === "token". */
  scopes?: TokenScope[];
  tokenId?: string;
  /** The server-side session when via === "session" (to tell "this session" from the others). */
  sessionId?: string;
  /**
   * The user signed in with a temporary password (or was given one since): until they choose
   * their own, the action builder and the API guard refuse everything but changing it. Set from
   * the database by currentUser() and actorFromBearer().
   */
  mustChangePassword?: boolean;
  /**
   * Facts about the signed-in web session, set by currentUser() for every request through a
   * browser session. The action builder enforces the second factor and fresh re-authentication
   * from them. Absent for actors built in-process (the CLI import, jobs, tests).
   */
  session?: SessionFacts;
};

export type SessionFacts = {
  /** When the user last proved their credentials (sign-in or re-authentication), seconds since the epoch. */
  authTime: number;
  /** "ok": second factor satisfied or not needed; "enrol": the role requires one not yet set up; "verify": enrolled but not proven in this session. */
  mfa: "ok" | "enrol" | "verify";
};

/** What a rule may look at: facts about the target row, loaded from the database. */
export type ResourceFacts = {
  /** Department responsible for the target (an initiative's department). */
  departmentId?: string | null;
  /** Project leads of the target initiative. */
  leadUserIds?: string[];
  /** Deputies of the target initiative: they hold the lead's rights. */
  deputyUserIds?: string[];
  /** Editors of the target initiative: milestones, KPI values and risks, no reports or budget. */
  editorUserIds?: string[];
  /** Owner of a personal object (an API token). */
  ownerId?: string | null;
  /** Who asked for it (a publication request): never the one who approves it. */
  requesterId?: string | null;
  /**
   * Partner contacts who may act on the target (a milestone or KPI): users of role PARTNER_CONTACT
   * assigned to its initiative whose partner (User.partnerId) is the target's responsible partner.
   * Computed from the database by the loaders (lib/initiatives/facts.ts); absent means nobody.
   */
  partnerContactUserIds?: string[];
};

/**
 * Conditions on the resource. Responsibility follows the people: "leadsInitiative" holds for the
 * initiative's project leads and deputies, "editsInitiative" for them and its editors, whatever the
 * person's department (a department head leading another department's initiative has the lead's
 * rights there; approving stays with the head of the initiative's own department).
 */
type Condition =
  | "always"
  | "ownDepartment"
  | "leadsInitiative"
  | "editsInitiative"
  | "ownDepartmentOrLeads"
  | "ownDepartmentOrEdits"
  | "partnerContact"
  | "owner"
  | "notRequester"
  | "ownDepartmentNotRequester";

/**
 * The roles of the city's own staff and council: they read the internal portfolio. Partner contacts
 * (PARTNER_CONTACT) are not among them: they read nothing internal but the milestones and KPIs of
 * their own partner (permission "partnerWork.read") and manage their own account.
 */
const INTERNAL_ROLES = ["ADMIN", "DEPARTMENT_HEAD", "COUNCIL_MEMBER", "PROJECT_LEAD", "VIEWER"] as const;
const ALL_ROLES = [...INTERNAL_ROLES, "PARTNER_CONTACT"] as const;
const everyone = Object.fromEntries(INTERNAL_ROLES.map((r) => [r, "always"])) as Partial<Record<Role, Condition>>;
const ownInternal = Object.fromEntries(INTERNAL_ROLES.map((r) => [r, "owner"])) as Partial<Record<Role, Condition>>;
const ownAnyone = Object.fromEntries(ALL_ROLES.map((r) => [r, "owner"])) as Record<Role, Condition>;

/** permission → role → condition. Admins may do everything (listed explicitly for readability). */
export const POLICY = {
  // Reading the internal portfolio (everything not published).
  "portfolio.read": everyone,
  "initiative.history.read": everyone,
  // Following an initiative ("my work" lists what changed since the last visit): whoever may read it.
  "initiative.follow": everyone,
  "comment.create": everyone,
  "report.export": { ADMIN: "always", DEPARTMENT_HEAD: "always", COUNCIL_MEMBER: "always" },

  "initiative.create": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  "initiative.update": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  "initiative.assignLeads": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  // Deputies and editors (initiative_members): assigned like the leads.
  "initiative.assignMembers": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  // Project leads, deputies and editors act on their initiative whatever their department; only
  // the acting roles can hold a responsibility (council members and viewers read).
  // milestone.edit: add, edit (title, dates, responsible partner), reorder, delete.
  "milestone.edit": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrEdits", PROJECT_LEAD: "editsInitiative" },
  // milestone.progress: mark done, reopen, move the forecast. A partner contact may, on the
  // milestones their partner is responsible for on an initiative they are assigned to.
  "milestone.progress": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrEdits", PROJECT_LEAD: "editsInitiative", PARTNER_CONTACT: "partnerContact" },
  "kpi.define": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  "kpiMeasurement.record": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrEdits", PROJECT_LEAD: "editsInitiative", PARTNER_CONTACT: "partnerContact" },
  // The partner page (/app/partner): a partner contact's own milestones and KPIs, scoped in the query.
  "partnerWork.read": { PARTNER_CONTACT: "always" },
  "budget.plan": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  "budget.recordActual": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrLeads", PROJECT_LEAD: "leadsInitiative" },
  // Dependencies (lib/dependencies): whoever plans the successor (its milestones) says what it needs.
  "dependency.edit": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrEdits", PROJECT_LEAD: "editsInitiative" },
  "risk.edit": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrEdits", PROJECT_LEAD: "editsInitiative" },
  // Reports are written by the initiative's leads and deputies (a department head too, when they
  // lead one) and approved by the head of the initiative's own department only.
  "statusReport.draft": { ADMIN: "always", DEPARTMENT_HEAD: "leadsInitiative", PROJECT_LEAD: "leadsInitiative" },
  "statusReport.review": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  // Four eyes before publishing (PUBLISH_REVIEW): approving or rejecting a publication request is
  // for an admin or the head of the target's department, and never for whoever asked for it.
  "publish.review": { ADMIN: "notRequester", DEPARTMENT_HEAD: "ownDepartmentNotRequester" },
  // Whoever asked may take their own request back while it is pending.
  "publish.withdraw": ownInternal,

  // Tokens read the internal API: not for partner contacts.
  "token.manageOwn": ownInternal,
  "account.changePassword": ownAnyone,
  // The own second factor: enrol, prove it, re-authenticate, new recovery codes, switch off.
  "account.manageMfa": ownAnyone,
  // Everyone sets their own reminder preferences and marks their own notifications read.
  "notification.manageOwn": ownAnyone,
  // Authors edit and (soft-)delete their own comments; nobody edits another's words.
  "comment.editOwn": ownInternal,
  // Everyone sees and ends their own signed-in sessions (account page); no token scope grants it.
  "session.manageOwn": ownAnyone,
  // Ending all sessions of any user (user administration).
  "session.manageAll": { ADMIN: "always" },

  // Council decisions (Ratsbeschlüsse): admins keep the register (edit, delete, attach to the plan
  // and its fields); whoever leads an initiative (and its department's head) records the decisions
  // it rests on and attaches or detaches them there.
  "councilDecision.manage": { ADMIN: "always" },
  "councilDecision.attach": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrLeads", PROJECT_LEAD: "leadsInitiative" },
  // Documents of an initiative and its status reports: uploaded, published and removed by its leads
  // and deputies and its department's head (reading them is portfolio.read, like the initiative).
  "document.manage": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartmentOrLeads", PROJECT_LEAD: "leadsInitiative" },

  "user.manage": { ADMIN: "always" },
  "department.manage": { ADMIN: "always" },
  "partner.manage": { ADMIN: "always" },
  // Funding programmes (Förderprogramme) budget lines refer to: create, edit, archive.
  "fundingProgramme.manage": { ADMIN: "always" },
  "structure.manage": { ADMIN: "always" },
  // Freezing a baseline of the whole plan (Beschlussfassung, Fortschreibung); baselines are never changed.
  "baseline.freeze": { ADMIN: "always" },
  // The city's name, site title, logo, primary colour, imprint operator and contact address.
  "citySettings.manage": { ADMIN: "always" },
  // The workbook import: department heads for their own department's initiatives (checked per row).
  "transfer.import": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  "audit.read": { ADMIN: "always" },
  // Citizens' feedback on an initiative (issue 20): answered, published with the answer or
  // discarded by the heads of the initiative's lead department and by admins.
  "feedback.moderate": { ADMIN: "always", DEPARTMENT_HEAD: "ownDepartment" },
  // The outbox: every recorded mail, with digests' contents and delivery errors.
  "mail.read": { ADMIN: "always" },
} as const satisfies Record<string, Partial<Record<Role, Condition>>>;

export type Permission = keyof typeof POLICY;

/** What a token of a given scope may do; a token never does more than its user could. */
const TOKEN_SCOPES: Record<TokenScope, readonly Permission[]> = {
  READ: ["portfolio.read", "initiative.history.read"],
  KPI_WRITE: ["portfolio.read", "kpiMeasurement.record"],
};

function holds(condition: Condition, actor: Actor, r: ResourceFacts): boolean {
  switch (condition) {
    case "always":
      return true;
    case "ownDepartment":
      return !!actor.departmentId && r.departmentId === actor.departmentId;
    case "leadsInitiative":
      return !!r.leadUserIds?.includes(actor.id) || !!r.deputyUserIds?.includes(actor.id);
    case "editsInitiative":
      return holds("leadsInitiative", actor, r) || !!r.editorUserIds?.includes(actor.id);
    case "ownDepartmentOrLeads":
      return holds("ownDepartment", actor, r) || holds("leadsInitiative", actor, r);
    case "ownDepartmentOrEdits":
      return holds("ownDepartment", actor, r) || holds("editsInitiative", actor, r);
    case "partnerContact":
      return !!r.partnerContactUserIds?.includes(actor.id);
    case "owner":
      return !!r.ownerId && r.ownerId === actor.id;
    case "notRequester":
      // Fails closed: without the loaded request's requester nobody may decide it.
      return !!r.requesterId && r.requesterId !== actor.id;
    case "ownDepartmentNotRequester":
      return holds("ownDepartment", actor, r) && holds("notRequester", actor, r);
  }
}

export function can(actor: Actor | null | undefined, permission: Permission, resource: ResourceFacts = {}): boolean {
  if (!actor) return false;
  if (actor.via === "token" && !(actor.scopes ?? []).some((s) => TOKEN_SCOPES[s].includes(permission))) return false;
  const condition = (POLICY[permission] as Partial<Record<Role, Condition>>)[actor.role];
  return condition !== undefined && holds(condition, actor, resource);
}

/**
 * Whether the actor could hold `permission` on some resource at all (its role is in the table, its
 * token has the scope). For refusing a whole batch early; each item is still checked with `can`.
 */
export function couldHold(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.via === "token" && !(actor.scopes ?? []).some((s) => TOKEN_SCOPES[s].includes(permission))) return false;
  return (POLICY[permission] as Partial<Record<Role, Condition>>)[actor.role] !== undefined;
}

/** Roles that may hold a permission at all (for hiding UI; the server still checks `can`). */
export function rolesWith(permission: Permission): Role[] {
  return Object.keys(POLICY[permission]) as Role[];
}

/** For reads: throws unless the viewer may; never lets an anonymous viewer reach a query. */
export function assertCan(actor: Actor | null | undefined, permission: Permission, resource: ResourceFacts = {}): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (!can(actor, permission, resource)) throw new AppError("FORBIDDEN", "You may not do this.");
}
