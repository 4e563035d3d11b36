"use client";
// Forms that submit to a server action built with the action builder. Inputs stay uncontrolled,
// so whatever the user typed survives an error or a conflict; field errors appear next to their
// fields and are tied to them for screen readers.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, useContext, useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

type AnyAction = (raw: unknown) => Promise<ActionResult<unknown>>;
type FormState = { result: ActionResult<unknown> | null; pending: boolean };

const FormContext = createContext<FormState>({ result: null, pending: false });

/** Converts form values: empty strings stay strings; checkboxes named in `booleans` become true/false. */
function formValues(form: HTMLFormElement, booleans: string[]): Record<string, unknown> {
  const data = new FormData(form);
  const values: Record<string, unknown> = {};
  for (const [key, value] of data.entries()) {
    if (typeof value !== "string") continue;
    if (key in values) values[key] = ([] as unknown[]).concat(values[key], value);
    else values[key] = value;
  }
  for (const b of booleans) values[b] = data.get(b) === "on";
  return values;
}

export function ActionForm({
  action,
  children,
  className,
  booleans = [],
  resetOnSuccess = false,
  successMessage,
  label,
}: {
  action: AnyAction;
  children: React.ReactNode;
  className?: string;
  booleans?: string[];
  resetOnSuccess?: boolean;
  successMessage?: string;
  label?: string;
}) {
  const router = useRouter();
  const t = useTranslations("forms");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const statusId = useId();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form, booleans);
    startTransition(async () => {
      const r = await action(values);
      setResult(r);
      if (r.ok) {
        if (resetOnSuccess) form.reset();
        router.refresh();
      }
    });
  }

  const message = !result
    ? null
    : result.ok
      ? (successMessage ?? t("saved"))
      : result.code === "VALIDATION"
        ? t("fixErrors")
        : result.code === "CONFLICT"
          ? t("conflict")
          : result.code === "FORBIDDEN"
            ? t("forbidden")
            : result.code === "NOT_FOUND"
              ? t("notFound")
              : result.code === "INTERNAL"
                ? t("internal", { id: result.requestId ?? "–" })
                : result.message;

  return (
    <FormContext.Provider value={{ result, pending }}>
      <form onSubmit={onSubmit} noValidate className={className} aria-label={label} aria-describedby={message ? statusId : undefined}>
        {children}
        <p id={statusId} role={result && !result.ok ? "alert" : "status"} className={`col-span-full text-sm ${result && !result.ok ? "text-red-800" : "text-emerald-800"}`}>
          {message}
        </p>
      </form>
    </FormContext.Provider>
  );
}

export function useFieldError(name: string): string | undefined {
  const { result } = useContext(FormContext);
  return result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined;
}

export function Field({
  name,
  label,
  type = "text",
  defaultValue,
  required,
  options,
  hint,
  autoComplete,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "date" | "password" | "url" | "textarea" | "select" | "checkbox";
  defaultValue?: string | number | boolean | null;
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  autoComplete?: string;
}) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    required,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy,
    className: "mt-1 w-full rounded border border-slate-400 px-2 py-1.5",
  };
  return (
    <div className={type === "checkbox" ? "flex items-center gap-2" : undefined}>
      {type === "checkbox" ? (
        <input {...common} type="checkbox" defaultChecked={!!defaultValue} className="h-4 w-4" />
      ) : null}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {type === "textarea" ? (
        <textarea {...common} defaultValue={(defaultValue as string) ?? ""} rows={4} />
      ) : type === "select" ? (
        <select {...common} defaultValue={(defaultValue as string) ?? ""}>
          {options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : type === "checkbox" ? null : (
        <input {...common} type={type} defaultValue={defaultValue === null || defaultValue === undefined ? "" : String(defaultValue)} autoComplete={autoComplete} />
      )}
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p>}
    </div>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "danger" | "secondary" }) {
  const { pending } = useContext(FormContext);
  const style =
    variant === "danger"
      ? "border border-red-700 text-red-800 hover:bg-red-50"
      : variant === "secondary"
        ? "border border-brand-700 text-brand-700 hover:bg-brand-50"
        : "bg-brand-700 text-white hover:bg-brand-900";
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>
      {children}
    </button>
  );
}
