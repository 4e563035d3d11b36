// Recording KPI measurements (from the internal API and forms). One value per KPI and period
// date: recording a date again corrects the value instead of adding a second one.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { initiativeFacts, initiativeFactsSelect, partnerContactFacts } from "@/lib/initiatives/facts";
import { cityToday, isoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KpiValueType } from "@/lib/generated/prisma/enums";
import { recordKpiMeasurementInput } from "./schemas";

/** The city's calendar decides what "today" is for a period date. */
const measurementSelect = { id: true, kpiId: true, periodDate: true, value: true, note: true, recordedById: true, version: true } as const;

export { cityToday } from "@/lib/dates";

/** Plausibility against the KPI. Field errors name catalogue entries; the builder translates them. */
function plausibilityErrors(
  kpi: { valueType: KpiValueType; baselineDate: Date },
  input: { periodDate: string; value: number },
  today: string,
): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (input.periodDate > today) errors.periodDate = ["#kpiMeasurements.errors.future"];
  else if (input.periodDate < isoDate(kpi.baselineDate)) errors.periodDate = ["#kpiMeasurements.errors.beforeBaseline"];
  if (kpi.valueType === "INTEGER" && !Number.isInteger(input.value)) errors.value = ["#kpiMeasurements.errors.notInteger"];
  if (kpi.valueType === "PERCENT" && (input.value < 0 || input.value > 100)) errors.value = ["#kpiMeasurements.errors.percentRange"];
  return Object.keys(errors).length ? errors : null;
}

/** A measurement as actions return it: dates as YYYY-MM-DD, the decimal as a number. */
function present(m: { id: string; kpiId: string; periodDate: Date; value: { toNumber(): number }; note: string; version: number }) {
  return { id: m.id, kpiId: m.kpiId, periodDate: isoDate(m.periodDate), value: m.value.toNumber(), note: m.note, version: m.version };
}

async function loadKpi(tx: Tx, kpiId: string) {
  const kpi = await tx.kpi.findUnique({
    where: { id: kpiId },
    select: {
      id: true,
      valueType: true,
      baselineDate: true,
      initiativeId: true,
      responsiblePartnerId: true,
      initiative: { select: initiativeFactsSelect },
    },
  });
  if (!kpi) return null;
  // Masterplan- and field-level KPIs belong to no department and have no leads: only roles whose
  // condition is "always" (admins) may record them, which is intended.
  return kpi.initiative ? { kpi, ...initiativeFacts(kpi.initiative), ...partnerContactFacts(kpi.initiative.members, kpi.responsiblePartnerId) } : { kpi, departmentId: null, leadUserIds: [] as string[] };
}

export const recordKpiMeasurementAction = defineAction({
  name: "kpiMeasurement.record",
  input: recordKpiMeasurementInput,
  permission: "kpiMeasurement.record",
  load: (tx, input) => loadKpi(tx, input.kpiId),
  run: async ({ tx, input, actor, resource: { kpi }, audit, unchanged }) => {
    const fieldErrors = plausibilityErrors(kpi, input, cityToday());
    if (fieldErrors) throw new AppError("VALIDATION", "The measurement is not plausible for this KPI.", { fieldErrors });

    const periodDate = new Date(`${input.periodDate}T00:00:00Z`);
    const existing = await tx.kpiMeasurement.findUnique({ where: { kpiId_periodDate: { kpiId: kpi.id, periodDate } }, select: measurementSelect });
    // The same value and note sent again (a platform re-sending its batch): nothing to write or audit.
    // The column keeps 4 decimal places, so a value with more compares as it was stored.
    if (existing && existing.value.equals(new Prisma.Decimal(input.value).toDecimalPlaces(4)) && existing.note === input.note) {
      unchanged();
      return { ...present(existing), updated: false, unchanged: true };
    }
    const data = { value: input.value, note: input.note, recordedById: actor.id };
    let saved;
    if (existing) {
      const { count } = await tx.kpiMeasurement.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
      await ensureUpdated(count, "KpiMeasurement", () => tx.kpiMeasurement.findUnique({ where: { id: existing.id }, select: measurementSelect }));
      saved = await tx.kpiMeasurement.findUniqueOrThrow({ where: { id: existing.id }, select: measurementSelect });
    } else {
      // A concurrent insert of the same date fails on the unique key and reaches the caller as CONFLICT.
      saved = await tx.kpiMeasurement.create({ data: { ...data, kpiId: kpi.id, periodDate }, select: measurementSelect });
    }
    audit({
      action: "kpiMeasurement.record",
      entityType: "KpiMeasurement",
      entityId: saved.id,
      initiativeId: kpi.initiativeId,
      before: existing ?? undefined,
      after: saved,
    });
    return { ...present(saved), updated: !!existing, unchanged: false };
  },
});
