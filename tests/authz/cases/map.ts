// Matrix rows for the district map: uploading the outlines (admins only, like the district list)
// and an initiative's point locations (whoever may edit the initiative: admins and the head of its
// department; "foreign" targets are initiatives of another department, swapped ids).
import { addInitiativeLocationAction, removeInitiativeLocationAction, uploadDistrictMapAction } from "@/lib/map/mutations";
import { DISTRICTS } from "@/prisma/seed/demo-data";
import { duisburgSchematicGeoJson } from "@/prisma/seed/demo-map";
import { adminOnly, type Case, type Fixture, type Expectation, type Outcome, type RoleKey } from "./shared";

type Scope = "own" | "foreign";
const editors: Expectation = { admin: "ok", head: "ok", council: "FORBIDDEN", lead: "FORBIDDEN", viewer: "FORBIDDEN" };
const foreignExpect: Partial<Record<RoleKey, Outcome>> = { admin: "ok", head: "FORBIDDEN", lead: "FORBIDDEN" };

const initiativeId = async (f: Fixture, scope: Scope) =>
  (await f.db.initiative.findFirstOrThrow({ where: { department: { code: scope === "own" ? "DIGI" : "VERK" } }, orderBy: { code: "asc" }, select: { id: true } })).id;

const addInput = async (f: Fixture, scope: Scope) => ({ initiativeId: await initiativeId(f, scope), label: "Matrixstandort", latitude: 51.43, longitude: 6.76 });

async function removeInput(f: Fixture, scope: Scope) {
  const row = await f.db.initiativeLocation.create({ data: { initiativeId: await initiativeId(f, scope), label: "Matrixstandort", latitude: 51.43, longitude: 6.76 } });
  return { id: row.id };
}

const names = Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name])) as Parameters<typeof duisburgSchematicGeoJson>[0];

export const CASES: Case[] = [
  {
    action: uploadDistrictMapAction as Case["action"],
    input: async () => ({ geojson: JSON.stringify(duisburgSchematicGeoJson(names)), nameProperty: "name", schematic: true }),
    expect: adminOnly,
  },
  {
    action: addInitiativeLocationAction as Case["action"],
    input: (f) => addInput(f, "own"),
    expect: editors,
    foreign: { input: (f) => addInput(f, "foreign"), expect: foreignExpect },
  },
  {
    action: removeInitiativeLocationAction as Case["action"],
    input: (f) => removeInput(f, "own"),
    expect: editors,
    foreign: { input: (f) => removeInput(f, "foreign"), expect: foreignExpect },
  },
];
