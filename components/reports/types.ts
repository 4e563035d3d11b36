// Props shared by the status report components: the server actions they submit to (passed in by
// the section, which imports them from the route's actions module).
import type { ActionResult } from "@/lib/actions/define-action";

export type FormAction<T = unknown> = (raw: unknown) => Promise<ActionResult<T>>;

export type ReportActions = {
  createDraft: FormAction;
  update: FormAction<{ id: string; version: number }>;
  submit: FormAction;
  approve: FormAction;
  returnReport: FormAction;
};
