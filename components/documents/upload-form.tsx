"use client";
// The upload form of an initiative's documents. The file goes to the upload route (POST
// /api/v1/documents, multipart, streamed) rather than to a server action, which would hold the
// whole body in memory; its JSON answer is shown like an action's (field errors next to the file).
import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { ActionForm, Field, SubmitButton, useFieldError } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";
import type { ErrorCode } from "@/lib/errors/app-error";
import { ACCEPT } from "@/lib/documents/types";

function FileInput({ inputRef }: { inputRef: React.RefObject<HTMLInputElement | null> }) {
  const t = useTranslations("documents");
  const id = useId();
  const error = useFieldError("file");
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        {t("file")} <span aria-hidden="true">*</span>
      </label>
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        accept={ACCEPT}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className="mt-1 block w-full text-sm"
      />
      <p id={`${id}-hint`} className="text-sm text-slate-700">{t("fileHint")}</p>
      {error && <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{error}</p>}
    </div>
  );
}

export function DocumentUploadForm({ initiativeId, reports }: { initiativeId: string; reports: { id: string; period: string }[] }) {
  const t = useTranslations("documents");
  const file = useRef<HTMLInputElement>(null);
  async function upload(values: unknown): Promise<ActionResult<unknown>> {
    const chosen = file.current?.files?.[0];
    if (!chosen) return { ok: false, code: "VALIDATION", message: t("errors.missing"), fieldErrors: { file: [t("errors.missing")] } };
    const form = new FormData();
    for (const [k, v] of Object.entries(values as Record<string, unknown>)) form.append(k, String(v));
    form.append("file", chosen, chosen.name);
    const response = await fetch("/api/v1/documents", { method: "POST", body: form, credentials: "same-origin" });
    const body = (await response.json().catch(() => null)) as { data?: unknown; error?: { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> } } | null;
    if (response.ok && body?.data) return { ok: true, data: body.data };
    // The server's front answers an oversized body before the route sees it, without field errors.
    const fieldErrors = body?.error?.fieldErrors ?? (response.status === 413 ? { file: [t("errors.tooLarge")] } : { file: [t("failed")] });
    return { ok: false, code: body?.error?.code ?? "VALIDATION", message: body?.error?.message ?? t("failed"), fieldErrors };
  }
  return (
    <ActionForm action={upload} label={t("uploadLabel")} successMessage={t("uploaded")} resetOnSuccess booleans={["isPublic"]} className="mt-4 grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <FileInput inputRef={file} />
      {reports.length > 0 && (
        <Field name="statusReportId" label={t("report")} type="select" options={[{ value: "", label: t("noReport") }, ...reports.map((r) => ({ value: r.id, label: r.period }))]} />
      )}
      <Field name="isPublic" label={t("isPublic")} type="checkbox" defaultValue={false} wide />
      <div className="sm:col-span-2"><SubmitButton>{t("upload")}</SubmitButton></div>
    </ActionForm>
  );
}
