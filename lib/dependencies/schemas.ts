// Input schemas for dependencies, shared by the forms and the server actions. A side of a
// dependency travels as one value, "initiative:<id>" or "milestone:<id>", so one select can offer
// both; the successor's initiative comes along for the form's sake, the row is loaded from it.
import { z } from "zod";
import { DependencyKind } from "@/lib/generated/prisma/enums";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
export const PART_PATTERN = new RegExp(`^(initiative|milestone):${UUID}$`, "i");

/** "initiative:<id>" or "milestone:<id>". */
const part = z.string().trim().regex(PART_PATTERN, { message: "#dependencies.errors.part" });

export const addDependencyInput = z.object({
  /** The initiative whose page the form is on: the successor, or the owner of the successor milestone. */
  initiativeId: z.uuid(),
  /** "" or absent: the initiative itself; else one of its milestones. */
  successorMilestoneId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
  predecessor: part,
  kind: z.enum(DependencyKind).default("NEEDS"),
});

export const removeDependencyInput = z.object({ id: z.uuid() });

export type AddDependencyInput = z.infer<typeof addDependencyInput>;

export function parsePart(value: string): { kind: "initiative" | "milestone"; id: string } {
  const [kind, id] = value.split(":") as ["initiative" | "milestone", string];
  return { kind, id: id.toLowerCase() };
}
