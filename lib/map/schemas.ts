// Inputs of the map's actions: the district outlines an admin uploads, and an initiative's point
// locations. Shared by the forms, the actions and the tests.
import { z } from "zod";

/** A server action's body stays under 1 MB (lib/server/body-limit.ts): the GeoJSON text below that. */
export const MAX_GEOJSON_CHARS = 900_000;

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const uploadDistrictMapInput = z.object({
  geojson: z.string().trim().min(1).max(MAX_GEOJSON_CHARS),
  nameProperty: z.string().trim().min(1).max(60),
  schematic: checkbox.default(false),
  attribution: z.string().trim().max(300).default(""),
});

const coordinate = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v), z.number().min(min).max(max));

export const addInitiativeLocationInput = z.object({
  initiativeId: z.uuid(),
  label: z.string().trim().min(1).max(120),
  latitude: coordinate(-90, 90),
  longitude: coordinate(-180, 180),
});

export const removeInitiativeLocationInput = z.object({ id: z.uuid() });
