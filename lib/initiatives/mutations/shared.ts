// Shared pieces of the initiative mutations: what an audit snapshot of an initiative contains,
// how its policy facts are loaded, the version-checked update, and checks that referenced rows exist.
import { updateRowVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { initiativeHeadSelect, initiativePeriodSelect } from "../head-select";

/** Every editable column, for before/after in the audit log and for conflict answers. */
export const initiativeSelect = {
  ...initiativeHeadSelect,
  plainLanguageSummary: true,
  titleEn: true,
  summaryEn: true,
  descriptionEn: true,
  plainLanguageSummaryEn: true,
  fieldOfActionId: true,
  departmentId: true,
  ...initiativePeriodSelect,
  visibility: true,
  tags: true,
  archivedAt: true,
  version: true,
} as const satisfies Prisma.InitiativeSelect;

type InitiativeRow = Prisma.InitiativeGetPayload<{ select: typeof initiativeSelect }>;
export type InitiativeSnapshot = Omit<InitiativeRow, "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd"> & {
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  districtIds: string[];
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
/** A calendar date from a form ("2026-03-01") as the DATE column wants it. */
export const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The initiative as audited and returned: calendar dates as YYYY-MM-DD, districts as sorted ids. */
export async function initiativeSnapshot(tx: Tx, id: string): Promise<InitiativeSnapshot | null> {
  const row = await tx.initiative.findUnique({
    where: { id },
    select: { ...initiativeSelect, districts: { select: { districtId: true } } },
  });
  if (!row) return null;
  const { districts, ...rest } = row;
  return {
    ...rest,
    plannedStart: day(rest.plannedStart),
    plannedEnd: day(rest.plannedEnd),
    actualStart: day(rest.actualStart),
    actualEnd: day(rest.actualEnd),
    districtIds: districts.map((d) => d.districtId).sort(),
  };
}

/** The facts the policy needs about an initiative (its department and project leads), with its snapshot. */
export async function loadInitiative(tx: Tx, id: string) {
  const snapshot = await initiativeSnapshot(tx, id);
  if (!snapshot) return null;
  const leads = await tx.initiativeLead.findMany({ where: { initiativeId: id }, select: { userId: true } });
  return { snapshot, departmentId: snapshot.departmentId, leadUserIds: leads.map((l) => l.userId) };
}

/** Optimistic concurrency: writes only if nobody saved since `version` was read; then returns the new snapshot. */
export async function updateInitiativeRow(
  tx: Tx,
  id: string,
  version: number,
  data: Omit<Prisma.InitiativeUpdateManyMutationInput, "version">,
): Promise<InitiativeSnapshot> {
  return updateRowVersioned("Initiative", { id, version }, (args) => tx.initiative.updateMany(args), data, () => initiativeSnapshot(tx, id));
}

const choice = (field: string) => ({ fieldErrors: { [field]: ["#validation.choice"] } });

/**
 * Field of action, department and districts chosen in a form must exist, and an archived field or
 * district is not offered for new assignments. `current` are the initiative's own references before
 * an edit: it may keep an archived field or district it already has.
 */
export async function assertReferencesExist(
  tx: Tx,
  input: { fieldOfActionId: string; departmentId: string; districtIds: string[] },
  current: { fieldOfActionId: string; districtIds: string[] } = { fieldOfActionId: "", districtIds: [] },
) {
  const field = await tx.fieldOfAction.findUnique({ where: { id: input.fieldOfActionId }, select: { archivedAt: true } });
  if (!field || (field.archivedAt && input.fieldOfActionId !== current.fieldOfActionId)) {
    throw new AppError("VALIDATION", field ? "Archived field of action." : "Unknown field of action.", choice("fieldOfActionId"));
  }
  if (!(await tx.department.count({ where: { id: input.departmentId } }))) {
    throw new AppError("VALIDATION", "Unknown department.", choice("departmentId"));
  }
  const districts = input.districtIds.length
    ? await tx.district.count({ where: { id: { in: input.districtIds }, OR: [{ archivedAt: null }, { id: { in: current.districtIds } }] } })
    : 0;
  if (districts !== input.districtIds.length) throw new AppError("VALIDATION", "Unknown or archived district.", choice("districtIds"));
}

/** Another initiative already has this code: a conflict on the code field. */
export async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const clash = await tx.initiative.findFirst({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new AppError("CONFLICT", "Another initiative has this code.", { fieldErrors: { code: ["#initiatives.errors.codeTaken"] } });
}

/** Replaces the initiative's districts with `districtIds`, touching only what changed. */
export async function syncDistricts(tx: Tx, initiativeId: string, districtIds: string[]) {
  await tx.initiativeDistrict.deleteMany({ where: { initiativeId, districtId: { notIn: districtIds } } });
  if (districtIds.length) {
    await tx.initiativeDistrict.createMany({ data: districtIds.map((districtId) => ({ initiativeId, districtId })), skipDuplicates: true });
  }
}
