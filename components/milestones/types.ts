// Props shared by the milestone components: the server actions they submit to (passed in by the
// section, which imports them from the route's actions module) and the partners to choose from.
import type { ActionResult } from "@/lib/actions/define-action";

export type FormAction = (raw: unknown) => Promise<ActionResult<unknown>>;

export type MilestoneActions = {
  add: FormAction;
  edit: FormAction;
  reorder: FormAction;
  remove: FormAction;
  complete: FormAction;
  reopen: FormAction;
  moveForecast: FormAction;
};

export type PartnerOption = { id: string; name: string };
