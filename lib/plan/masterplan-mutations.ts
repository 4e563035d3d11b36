// The masterplan itself (admins): created once per installation, then edited. Title, vision,
// period and adoption date are version-checked; the slug is derived from the first title and
// stays, so that links keep working when the title changes.
import { defineAction } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { initiativeSlug } from "@/lib/initiatives/schemas";
import { createMasterplanInput, updateMasterplanInput } from "./schemas";

const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The masterplan as audited, returned and compared in a conflict: calendar dates as YYYY-MM-DD. */
export async function masterplanSnapshot(tx: Tx, id?: string) {
  const m = await tx.masterplan.findFirst({
    where: id ? { id } : undefined,
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, title: true, vision: true, periodStart: true, periodEnd: true, adoptedAt: true, version: true },
  });
  if (!m) return null;
  return { ...m, periodStart: day(m.periodStart)!, periodEnd: day(m.periodEnd)!, adoptedAt: day(m.adoptedAt) };
}

export const createMasterplanAction = defineAction({
  name: "masterplan.create",
  input: createMasterplanInput,
  permission: "structure.manage",
  load: async () => ({}),
  run: async ({ tx, input, audit }) => {
    // One masterplan per installation: the public site, the fields and every figure hang off it.
    if (await tx.masterplan.count()) {
      throw new AppError("CONFLICT", "There already is a masterplan.", { fieldErrors: { _form: ["#planSetup.errors.masterplanExists"] } });
    }
    const created = await tx.masterplan.create({
      data: {
        slug: initiativeSlug(input.title),
        title: input.title,
        vision: input.vision,
        periodStart: toDate(input.periodStart)!,
        periodEnd: toDate(input.periodEnd)!,
        adoptedAt: toDate(input.adoptedAt),
      },
      select: { id: true },
    });
    const after = (await masterplanSnapshot(tx, created.id))!;
    audit({ action: "masterplan.create", entityType: "Masterplan", entityId: created.id, after });
    return after;
  },
});

export const updateMasterplanAction = defineAction({
  name: "masterplan.update",
  input: updateMasterplanInput,
  permission: "structure.manage",
  load: (tx, input) => masterplanSnapshot(tx, input.id),
  run: async ({ tx, input, resource: before, audit }) => {
    const { id, version } = input;
    const after = await updateVersioned(
      "Masterplan",
      () =>
        tx.masterplan.updateMany({
          where: { id, version },
          data: {
            title: input.title,
            vision: input.vision,
            periodStart: toDate(input.periodStart)!,
            periodEnd: toDate(input.periodEnd)!,
            adoptedAt: toDate(input.adoptedAt),
            version: { increment: 1 },
          },
        }),
      () => masterplanSnapshot(tx, id),
    );
    audit({ action: "masterplan.update", entityType: "Masterplan", entityId: id, before, after });
    return after;
  },
});
