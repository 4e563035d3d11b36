// Funding programme management (admins, `fundingProgramme.manage`): create, edit, archive and
// reactivate, each through the one builder, version-checked and audited. Programmes are never
// deleted (budget lines keep pointing at them); an archived one is only no longer offered for new
// lines. Its level cannot change while lines use it, so a line's level always is its programme's.
import { assertNoClash, catalogueActions, otherThan } from "@/lib/actions/catalogue-actions";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { archiveActions } from "@/lib/plan/archive-actions";
import { programmeSelect } from "./programme-queries";
import { createFundingProgrammeInput, updateFundingProgrammeInput } from "./schemas";

const select = programmeSelect;

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The programme as audited and answered: the rate as "65.00", the period as YYYY-MM-DD. */
export async function fundingProgrammeSnapshot(tx: Tx, id: string) {
  const p = await tx.fundingProgramme.findUnique({ where: { id }, select });
  if (!p) return null;
  return { ...p, fundingRate: p.fundingRate?.toFixed(2) ?? null, periodFrom: day(p.periodFrom), periodTo: day(p.periodTo) };
}

const programmes = catalogueActions({
  entity: "fundingProgramme",
  entityType: "FundingProgramme",
  permission: "fundingProgramme.manage",
  load: (tx, input) => fundingProgrammeSnapshot(tx, input.id),
});

const assertNameFree = (tx: Tx, name: string, exceptId?: string) =>
  assertNoClash(
    tx.fundingProgramme.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...otherThan(exceptId) }, select: { id: true } }),
    "A funding programme with this name exists.",
    { name: ["#fundingProgrammes.errors.nameTaken"] },
  );

const storedDates = (input: { periodFrom: string | null; periodTo: string | null }) => ({ periodFrom: toDate(input.periodFrom), periodTo: toDate(input.periodTo) });

export const createFundingProgrammeAction = programmes.create({
  input: createFundingProgrammeInput,
  create: async (tx, input) => {
    await assertNameFree(tx, input.name);
    const { id } = await tx.fundingProgramme.create({ data: { ...input, ...storedDates(input) }, select: { id: true } });
    return (await fundingProgrammeSnapshot(tx, id))!;
  },
});

export const updateFundingProgrammeAction = programmes.update({
  input: updateFundingProgrammeInput,
  prepare: async (tx, data, before, id) => {
    await assertNameFree(tx, data.name, id);
    if (data.level !== before.level && (await tx.budgetLine.count({ where: { programmeId: id } }))) {
      throw new AppError("CONFLICT", "Budget lines use this programme; its level stays.", { fieldErrors: { level: ["#fundingProgrammes.errors.levelInUse"] } });
    }
    return storedDates(data);
  },
  update: (tx, where, data) => tx.fundingProgramme.updateMany({ where, data }),
});

const archiving = archiveActions(programmes, (tx, where, archivedAt) =>
  tx.fundingProgramme.updateMany({ where, data: { archivedAt, version: { increment: 1 } } }),
);
export const archiveFundingProgrammeAction = archiving.archive;
export const unarchiveFundingProgrammeAction = archiving.unarchive;
