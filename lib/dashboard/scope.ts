// The dashboard's filters as SQL conditions on `initiatives i`, written once so that every figure
// counts the same initiatives. Empty lists mean "no filter", so the statement is the same
// whatever is filtered (no string-built SQL; the lists travel as array parameters).
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardFilters } from "./filters";

/** Condition on the alias `i` (initiatives): not archived and matching every initiative filter. */
export function initiativeScope(f: DashboardFilters): Prisma.Sql {
  return Prisma.sql`(
    i.archived_at IS NULL
    AND (cardinality(${f.fields}::text[]) = 0 OR EXISTS (
      SELECT 1 FROM fields_of_action sf WHERE sf.id = i.field_of_action_id AND sf.code = ANY(${f.fields}::text[])))
    AND (cardinality(${f.depts}::text[]) = 0 OR EXISTS (
      SELECT 1 FROM departments sd WHERE sd.id = i.department_id AND sd.code = ANY(${f.depts}::text[])))
    AND (cardinality(${f.partners}::text[]) = 0 OR EXISTS (
      SELECT 1 FROM initiative_partners sip JOIN partners sp ON sp.id = sip.partner_id
      WHERE sip.initiative_id = i.id AND sp.slug = ANY(${f.partners}::text[])))
    AND (cardinality(${f.districts}::text[]) = 0 OR EXISTS (
      SELECT 1 FROM initiative_districts sid JOIN districts sdi ON sdi.id = sid.district_id
      WHERE sid.initiative_id = i.id AND sdi.slug = ANY(${f.districts}::text[])))
  )`;
}

/**
 * Which KPIs belong to the filtered view, as a condition on `kpis k`: initiative KPIs of the
 * filtered initiatives; field KPIs of the filtered fields unless a department, partner or
 * district is chosen (those describe initiatives, not fields); masterplan KPIs only unfiltered.
 */
export function kpiScope(f: DashboardFilters): Prisma.Sql {
  const initiativeOnly = f.depts.length + f.partners.length + f.districts.length > 0;
  const anyFilter = initiativeOnly || f.fields.length > 0;
  return Prisma.sql`(
    (k.scope = 'INITIATIVE' AND EXISTS (SELECT 1 FROM initiatives i WHERE i.id = k.initiative_id AND ${initiativeScope(f)}))
    OR (k.scope = 'FIELD_OF_ACTION' AND NOT ${initiativeOnly} AND (cardinality(${f.fields}::text[]) = 0 OR EXISTS (
      SELECT 1 FROM fields_of_action kf WHERE kf.id = k.field_of_action_id AND kf.code = ANY(${f.fields}::text[]))))
    OR (k.scope = 'MASTERPLAN' AND NOT ${anyFilter})
  )`;
}
