// Props shared by the initiative edit components: the server actions they submit to (passed in by
// the overview section, which imports them from the route's actions module).
import type { ActionResult } from "@/lib/actions/define-action";

export type FormAction = (raw: unknown) => Promise<ActionResult<unknown>>;
/** Actions whose result names the initiative's code (create, edit), so the form can follow it. */
export type CodeAction = (raw: unknown) => Promise<ActionResult<{ code: string }>>;

export type OverviewActions = {
  update: CodeAction;
  setStatus: FormAction;
  setVisibility: FormAction;
  archive: FormAction;
  unarchive: FormAction;
  addLead: FormAction;
  removeLead: FormAction;
  addPartner: FormAction;
  updatePartner: FormAction;
  removePartner: FormAction;
};

export type Option = { value: string; label: string };
