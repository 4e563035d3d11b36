"use client";
// Editing a draft or returned status report. "Save and submit" saves what was typed and then
// submits that saved version, so nothing typed is lost on the way; inputs stay uncontrolled, so
// the text survives any error.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import type { Health } from "@/lib/generated/prisma/enums";
import type { FormAction } from "./types";

export type EditableReport = {
  id: string;
  version: number;
  health: Health;
  summary: string;
  achievements: string;
  nextSteps: string;
  risks: string;
  publicSummary: string;
};

/** The editor's texts, translated on the server (the browser gets no message catalogue for them). */
export type ReportEditorTexts = {
  form: string;
  health: string;
  healthHint: string;
  healthOptions: { value: Health; label: string }[];
  summary: string;
  achievements: string;
  achievementsHint: string;
  nextSteps: string;
  risks: string;
  publicSummary: string;
  publicSummaryHint: string;
  save: string;
  saveAndSubmit: string;
  saved: string;
  submitted: string;
};

export function ReportEditor({
  report,
  text,
  save,
  submit,
}: {
  report: EditableReport;
  text: ReportEditorTexts;
  save: FormAction<{ id: string; version: number }>;
  submit: FormAction;
}) {
  const router = useRouter();
  const intent = useRef<"save" | "submit">("save");
  const [lastIntent, setLastIntent] = useState<"save" | "submit">("save");

  async function run(raw: unknown) {
    const wanted = intent.current;
    setLastIntent(wanted);
    const saved = await save(raw);
    if (!saved.ok || wanted === "save") return saved;
    // The saved version is the one to submit; refresh so the form carries it if submitting fails.
    router.refresh();
    return submit({ id: saved.data.id, version: saved.data.version });
  }

  return (
    <ActionForm action={run} schema="statusReport.update" label={text.form} successMessage={lastIntent === "submit" ? text.submitted : text.saved} className="mt-3 grid gap-3">
      <RowIds row={report} />
      <div className="sm:max-w-xs">
        <Field
          name="health"
          type="select"
          label={text.health}
          hint={text.healthHint}
          defaultValue={report.health}
          options={text.healthOptions}
          required
        />
      </div>
      <Field name="summary" type="textarea" label={text.summary} defaultValue={report.summary} />
      <Field name="achievements" type="textarea" label={text.achievements} hint={text.achievementsHint} defaultValue={report.achievements} />
      <Field name="nextSteps" type="textarea" label={text.nextSteps} defaultValue={report.nextSteps} />
      <Field name="risks" type="textarea" label={text.risks} defaultValue={report.risks} />
      <Field name="publicSummary" type="textarea" label={text.publicSummary} hint={text.publicSummaryHint} defaultValue={report.publicSummary} />
      <div className="flex flex-wrap gap-2">
        {/* Capture runs before the form's submit event, so the wrapper knows which button was used. */}
        <span onClickCapture={() => (intent.current = "save")}>
          <SubmitButton variant="secondary">{text.save}</SubmitButton>
        </span>
        <span onClickCapture={() => (intent.current = "submit")}>
          <SubmitButton>{text.saveAndSubmit}</SubmitButton>
        </span>
      </div>
    </ActionForm>
  );
}
