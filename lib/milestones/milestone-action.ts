// An action on one existing milestone, declared once: permission `milestone.edit`, checked against
// the milestone loaded with its initiative's facts (department, project leads).
import type { z } from "zod";
import { defineAction, type ActionDefinition } from "@/lib/actions/define-action";
import { loadMilestone } from "./records";

type LoadedMilestone = NonNullable<Awaited<ReturnType<typeof loadMilestone>>>;

export function milestoneAction<S extends z.ZodType<{ id: string }>, T>(name: string, input: S, run: ActionDefinition<S, LoadedMilestone, T>["run"]) {
  return defineAction({ name, input, permission: "milestone.edit", load: (tx, input) => loadMilestone(tx, input.id), run });
}
