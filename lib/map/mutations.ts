// Changes to the map: the district outlines (admins, "structure.manage", like the district list
// itself) and an initiative's point locations (whoever may edit the initiative). Each audited.
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { messageWithValues } from "@/lib/i18n/validation";
import { initiativeFactsSelect, loadInitiativeFacts, toFacts } from "@/lib/initiatives/facts";
import { validateDistrictGeoJson } from "./geojson";
import { addInitiativeLocationInput, removeInitiativeLocationInput, uploadDistrictMapInput } from "./schemas";

/**
 * Replaces every district's outline with those in the file (districts the file does not name lose
 * theirs) and records where they came from. A file with any problem changes nothing: every problem
 * is answered, one per line, under the file field.
 */
export const uploadDistrictMapAction = defineAction({
  name: "districtMap.upload",
  input: uploadDistrictMapInput,
  permission: "structure.manage",
  load: async () => ({}),
  run: async ({ tx, input, audit }) => {
    const districts = await tx.district.findMany({ select: { id: true, code: true, slug: true, name: true }, orderBy: { sortOrder: "asc" } });
    const checked = validateDistrictGeoJson(input.geojson, input.nameProperty, districts);
    if (!checked.ok) {
      throw new AppError("VALIDATION", "The GeoJSON file has problems.", {
        fieldErrors: { geojson: checked.issues.slice(0, 50).map((i) => messageWithValues(`mapAdmin.issues.${i.key}`, i.values)) },
      });
    }
    await tx.district.updateMany({ data: { geometry: Prisma.DbNull } });
    for (const { district, geometry } of checked.value.matched) {
      await tx.district.update({ where: { id: district.id }, data: { geometry, version: { increment: 1 } } });
    }
    const settings = { schematic: input.schematic, attribution: input.attribution, nameProperty: input.nameProperty };
    await tx.districtMap.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: { ...settings, version: { increment: 1 } } });
    const result = { districts: checked.value.matched.map((m) => m.district.code), missing: checked.value.missing.map((d) => d.name) };
    audit({ action: "districtMap.upload", entityType: "DistrictMap", entityId: "1", after: { ...settings, ...result } });
    return result;
  },
});

export const addInitiativeLocationAction = defineAction({
  name: "initiativeLocation.create",
  input: addInitiativeLocationInput,
  permission: "initiative.update",
  load: (tx, input) => loadInitiativeFacts(tx, input.initiativeId),
  run: async ({ tx, input, audit }) => {
    const created = await tx.initiativeLocation.create({
      data: input,
      select: { id: true, label: true, latitude: true, longitude: true },
    });
    audit({ action: "initiativeLocation.create", entityType: "InitiativeLocation", entityId: created.id, initiativeId: input.initiativeId, after: created });
    return { id: created.id };
  },
});

export const removeInitiativeLocationAction = defineAction({
  name: "initiativeLocation.delete",
  input: removeInitiativeLocationInput,
  permission: "initiative.update",
  load: async (tx, input) => {
    const row = await tx.initiativeLocation.findUnique({
      where: { id: input.id },
      select: { id: true, label: true, latitude: true, longitude: true, initiative: { select: initiativeFactsSelect } },
    });
    if (!row) return null;
    const { initiative, ...before } = row;
    return { ...toFacts(initiative), before };
  },
  run: async ({ tx, input, resource, audit }) => {
    await tx.initiativeLocation.delete({ where: { id: input.id } });
    audit({ action: "initiativeLocation.delete", entityType: "InitiativeLocation", entityId: input.id, initiativeId: resource.initiativeId, before: resource.before });
    return { id: input.id };
  },
});
