// The masterplan itself (admins): created once per installation, then edited. Title, vision,
// period and adoption date are version-checked; the slug is derived from the first title and
// stays, so that links keep working when the title changes.
import { catalogueActions } from "@/lib/actions/catalogue-actions";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { initiativeSlug } from "@/lib/initiatives/schemas";
import { createMasterplanInput, updateMasterplanInput } from "./schemas";

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const storedDates = (input: { periodStart: string; periodEnd: string; adoptedAt: string | null }) => ({
  periodStart: toDate(input.periodStart)!,
  periodEnd: toDate(input.periodEnd)!,
  adoptedAt: toDate(input.adoptedAt),
});
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The masterplan as audited, returned and compared in a conflict: calendar dates as YYYY-MM-DD. */
export async function masterplanSnapshot(tx: Tx, id?: string) {
  const m = await tx.masterplan.findFirst({
    where: id ? { id } : undefined,
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, title: true, titleEn: true, vision: true, visionEn: true, periodStart: true, periodEnd: true, adoptedAt: true, version: true },
  });
  if (!m) return null;
  return { ...m, periodStart: day(m.periodStart)!, periodEnd: day(m.periodEnd)!, adoptedAt: day(m.adoptedAt) };
}

const masterplans = catalogueActions({
  entity: "masterplan",
  entityType: "Masterplan",
  permission: "structure.manage",
  load: (tx, input) => masterplanSnapshot(tx, input.id),
});

export const createMasterplanAction = masterplans.create({
  input: createMasterplanInput,
  create: async (tx, input) => {
    // One masterplan per installation: the public site, the fields and every figure hang off it.
    if (await tx.masterplan.count()) {
      throw new AppError("CONFLICT", "There already is a masterplan.", { fieldErrors: { _form: ["#planSetup.errors.masterplanExists"] } });
    }
    const created = await tx.masterplan.create({
      data: { slug: initiativeSlug(input.title), title: input.title, vision: input.vision, titleEn: input.titleEn, visionEn: input.visionEn, ...storedDates(input) },
      select: { id: true },
    });
    return (await masterplanSnapshot(tx, created.id))!;
  },
});

export const updateMasterplanAction = masterplans.update({
  input: updateMasterplanInput,
  // The calendar dates arrive as YYYY-MM-DD and are stored as dates.
  prepare: async (_tx, data) => storedDates(data),
  update: (tx, where, data) => tx.masterplan.updateMany({ where, data }),
});
