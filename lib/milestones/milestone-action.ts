// An action on one existing milestone, declared once: permission `milestone.edit` (or
// `milestone.progress` for done/reopen/forecast), checked against the milestone loaded with its
// initiative's facts (department, leads, members, the partner contacts of its responsible partner).
import type { z } from "zod";
import { defineAction, type ActionDefinition } from "@/lib/actions/define-action";
import type { Permission } from "@/lib/authz/policy";
import { loadMilestone } from "./records";

type LoadedMilestone = NonNullable<Awaited<ReturnType<typeof loadMilestone>>>;

export function milestoneAction<S extends z.ZodType<{ id: string }>, T>(
  name: string,
  input: S,
  run: ActionDefinition<S, LoadedMilestone, T>["run"],
  permission: Extract<Permission, "milestone.edit" | "milestone.progress"> = "milestone.edit",
) {
  return defineAction({ name, input, permission, load: (tx, input) => loadMilestone(tx, input.id), run });
}
