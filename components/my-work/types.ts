// The server actions "my work" submits to inline, passed in by the page (which imports them from
// the routes' actions modules): the milestone actions of the initiative page and the reviewer's
// decisions of the reports.
import type { FormAction, MilestoneActions } from "@/components/milestones/types";

export type WorkActions = {
  milestone: Pick<MilestoneActions, "complete" | "reopen" | "moveForecast">;
  approve: FormAction;
  returnReport: FormAction;
};
