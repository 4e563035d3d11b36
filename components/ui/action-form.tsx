"use client";
// Forms that submit to a server action built with the action builder. Inputs stay uncontrolled,
// so whatever the user typed survives an error or a conflict; field errors appear next to their
// fields and are tied to them for screen readers. When an action answers CONFLICT with the stored
// row (`current`), the form shows a conflict view: next to every field whose stored value differs
// from what was typed, "currently stored: …", and a button that saves the typed input again on
// top of the stored version (the hidden `version` input takes `current.version`).
//
// With `schema` (the name of the action, see lib/forms/action-schemas.ts) the form checks the input
// with the action's own zod schema before sending, and words the issues with the server's function
// (lib/i18n/zod-messages.ts): the same "Bitte ausfüllen." appears at once, shown exactly like the
// server's field errors, and nothing is sent. The server still validates every request. The schema
// also gives the inputs their maxLength and aria-required. The form is `noValidate` and marks
// required fields with aria-required rather than `required`: the browser's own bubbles would speak
// the browser's language, not the catalogue's, and would stop the submit before this check runs.
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useId, useRef, useState, useSyncExternalStore, useTransition } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import type { ErrorCode } from "@/lib/errors/app-error";
import { ACTION_SCHEMAS, type FormSchemaName } from "@/lib/forms/action-schemas";
import { fieldConstraints, type FieldConstraints } from "@/lib/forms/constraints";
import { clientFieldErrors, type CheckTranslator } from "@/lib/forms/client-check";

type AnyAction = (raw: unknown) => Promise<ActionResult<unknown>>;
/** A conflict that came with the stored row: what is stored now, and what the user had submitted. */
type Conflict = { current: Record<string, unknown>; submitted: Record<string, unknown> };
type FormState = { result: ActionResult<unknown> | null; pending: boolean; ready: boolean; conflict?: Conflict | null; schema?: z.ZodType };

const FormContext = createContext<FormState>({ result: null, pending: false, ready: false, conflict: null });

const noSubscription = () => () => {};
/**
 * False in the server's HTML and until React has hydrated the form, then true. Submit buttons stay
 * disabled until then: the form is sent by script, and a press before hydration would make the
 * browser send it natively, with every value in the URL of a GET (or lost), and no answer shown.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** What the client check reports: shaped like the server's answer, so the form shows both alike. */
const clientResult = (fieldErrors: Record<string, string[]>): ActionResult<unknown> => ({
  ok: false,
  code: "VALIDATION",
  message: "Some fields are invalid.",
  fieldErrors,
});

/** Fields the conflict view never compares: they identify the row rather than describe it. */
const IDENTITY_FIELDS = new Set(["id", "version"]);

/** A value as the user would compare it: dates as YYYY-MM-DD, lists order-free, null like empty. */
function comparable(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(comparable).sort().join("\u0000");
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
  return String(v).trim();
}

function differs(stored: unknown, typed: unknown): boolean {
  // A checkbox outside `booleans` submits "on" or nothing.
  if (typeof stored === "boolean") return stored !== (typed === true || typed === "on" || typed === "true");
  const a = comparable(stored);
  const b = comparable(typed);
  if (a === b) return false;
  // "12.50" typed against a stored 12.5 is the same number.
  return !(a !== "" && b !== "" && Number.isFinite(Number(a)) && Number.isFinite(Number(b)) && Number(a) === Number(b));
}

function changedFields(c: Conflict): string[] {
  return Object.keys(c.submitted).filter((k) => !IDENTITY_FIELDS.has(k) && k in c.current && differs(c.current[k], c.submitted[k]));
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

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

const ERROR_KEYS: Partial<Record<ErrorCode, "fixErrors" | "conflict" | "forbidden" | "notFound" | "mfaRequired" | "reauthRequired" | "unavailable">> = {
  UNAVAILABLE: "unavailable",
  MFA_REQUIRED: "mfaRequired",
  REAUTH_REQUIRED: "reauthRequired",
  VALIDATION: "fixErrors",
  CONFLICT: "conflict",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
};

export function ActionForm({
  action,
  children,
  className,
  booleans = [],
  resetOnSuccess = false,
  successMessage,
  label,
  schema: schemaName,
  prepare,
}: {
  action: AnyAction;
  /** Turns the form's values into the action's input (e.g. "12,5" → 12.5) before the check and the send. */
  prepare?: (values: Record<string, unknown>) => Record<string, unknown>;
  /** The action's name (lib/forms/action-schemas.ts): check input with its schema before sending. */
  schema?: FormSchemaName;
  children: React.ReactNode;
  className?: string;
  booleans?: string[];
  resetOnSuccess?: boolean;
  successMessage?: string;
  label?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const t = useTranslations("forms");
  const tc = useTranslations("conflict");
  const tv = useTranslations() as unknown as CheckTranslator;
  const schema: z.ZodType | undefined = schemaName ? ACTION_SCHEMAS[schemaName] : undefined;
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  // The values the result answers (checked in the browser or sent): a field still holding its value
  // keeps its message, also one only the server can give (e.g. "code already taken").
  const answered = useRef<Record<string, unknown>>({});
  const ready = useHydrated();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, startTransition] = useTransition();
  const statusId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // After an answer with field errors, focus moves to the first invalid field once it is marked.
  const focusInvalid = useRef(false);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [result]);

  const prepared = (form: HTMLFormElement) => (prepare ? prepare(formValues(form, booleans)) : formValues(form, booleans));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = prepared(form);
    const invalid = schema ? clientFieldErrors(schema, values, tv) : null;
    answered.current = values;
    if (invalid) {
      focusInvalid.current = true;
      setConflict(null);
      setResult(clientResult(invalid));
      return;
    }
    startTransition(async () => {
      const r = await action(values);
      if (!r.ok && r.fieldErrors) focusInvalid.current = true;
      setResult(r);
      // A conflict about the row's state (e.g. "already done") names itself in `_form`; saving again would not help.
      const staleVersion = !r.ok && r.code === "CONFLICT" && isRecord(r.current) && !r.fieldErrors?._form;
      setConflict(staleVersion ? { current: r.current as Record<string, unknown>, submitted: values } : null);
      if (r.ok) {
        if (resetOnSuccess) form.reset();
        router.refresh();
      }
    });
  }

  /** Leaving a field already shown invalid and since changed checks it again: its message goes once it is right. */
  function onBlur(event: React.FocusEvent<HTMLFormElement>) {
    const name = (event.target as Partial<HTMLInputElement>).name;
    const form = formRef.current;
    if (!schema || !form || !name || !result || result.ok || result.code !== "VALIDATION" || !result.fieldErrors?.[name]) return;
    // Focus moving to this form's submit button: the submit checks everything anyway, and removing a
    // message now would shift the button away from under the pointer, so the click would miss it.
    const next = event.relatedTarget;
    if (next instanceof HTMLButtonElement && next.form === form && next.type === "submit") return;
    const values = prepared(form);
    if (comparable(values[name]) === comparable(answered.current[name])) return;
    const now = clientFieldErrors(schema, values, tv) ?? {};
    const { [name]: _previous, ...others } = result.fieldErrors;
    const fieldErrors = now[name] ? { ...others, [name]: now[name] } : others;
    setResult(Object.keys(fieldErrors).length > 0 ? { ...result, fieldErrors } : null);
  }

  /** Saves the typed input again, now on top of the version that is stored. */
  function saveAgain() {
    const form = formRef.current;
    const version = conflict?.current.version;
    const input = form?.elements.namedItem("version");
    if (!form) return;
    if (input instanceof HTMLInputElement && (typeof version === "number" || typeof version === "string")) input.value = String(version);
    form.requestSubmit();
  }

  const formError = result && !result.ok ? result.fieldErrors?._form?.[0] : undefined;
  const message = !result
    ? null
    : result.ok
      ? // Making something public asked another person instead (PUBLISH_REVIEW): say so, not "saved".
        isRecord(result.data) && result.data.publishRequested === true
        ? t("publishRequested")
        : (successMessage ?? t("saved"))
      : conflict
        ? tc(changedFields(conflict).length > 0 ? "changed" : "unchanged")
        : (formError ??
          (result.code === "INTERNAL" ? t("internal", { id: result.requestId ?? "–" }) : ERROR_KEYS[result.code] ? t(ERROR_KEYS[result.code]!) : result.message));

  return (
    <FormContext.Provider value={{ result, pending, ready, conflict, schema }}>
      {/* method="post": should a submit ever happen without script, no value lands in a URL. */}
      <form ref={formRef} method="post" onSubmit={onSubmit} onBlur={onBlur} noValidate className={className} aria-label={label} aria-describedby={message ? statusId : undefined}>
        {children}
        <p id={statusId} role={result && !result.ok ? "alert" : "status"} className={`col-span-full text-sm ${result && !result.ok ? "text-red-800" : "text-emerald-800"}`}>
          {message}
        </p>
        {result && !result.ok && (result.code === "REAUTH_REQUIRED" || result.code === "MFA_REQUIRED") && (
          <p className="col-span-full text-sm">
            {/* A plain link: the re-authentication comes back here, where the typed input is gone anyway. */}
            <a
              className="font-semibold text-brand-700 underline"
              href={result.code === "MFA_REQUIRED" ? "/app/account/mfa" : `/app/account/reauth?callbackUrl=${encodeURIComponent(pathname)}`}
            >
              {t("reauthLink")}
            </a>
          </p>
        )}
        {conflict && (
          <div className="col-span-full">
            <button
              type="button"
              onClick={saveAgain}
              disabled={pending}
              aria-busy={pending}
              className="rounded border border-amber-700 bg-amber-50 px-3 py-1.5 text-sm font-semibold text-amber-950 hover:bg-amber-100 disabled:opacity-60"
            >
              {tc("saveAgain")}
            </button>
          </div>
        )}
      </form>
    </FormContext.Provider>
  );
}

/** Whether the surrounding ActionForm is waiting for its action. */
export function useFormPending(): boolean {
  return useContext(FormContext).pending;
}

/** Whether the surrounding ActionForm cannot send now: waiting for its action, or not hydrated yet. */
export function useFormBusy(): boolean {
  const { pending, ready } = useContext(FormContext);
  return pending || !ready;
}

export function useFieldError(name: string): string | undefined {
  const { result } = useContext(FormContext);
  return result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined;
}

/** maxLength and required of field `name` from the form's schema ({} without one). */
export function useFieldConstraints(name: string): FieldConstraints {
  const { schema } = useContext(FormContext);
  return schema ? fieldConstraints(schema, name) : {};
}

/**
 * After a conflict: the stored value of `name` when it differs from what the user submitted
 * (`{ value }`, the value may be null), else undefined. For custom fields; `Field` uses it itself.
 */
export function useConflictValue(name: string): { value: unknown } | undefined {
  const { conflict } = useContext(FormContext);
  if (!conflict || IDENTITY_FIELDS.has(name) || !(name in conflict.current)) return undefined;
  return differs(conflict.current[name], conflict.submitted[name]) ? { value: conflict.current[name] } : undefined;
}

/** "Currently stored: …" next to a field; `display` is the stored value as the user reads it. */
export function StoredValue({ id, display }: { id: string; display: string }) {
  const tc = useTranslations("conflict");
  return (
    <p id={id} className="mt-1 w-full rounded bg-amber-50 px-2 py-1 text-sm text-amber-950 ring-1 ring-amber-300">
      <span className="font-semibold">{tc("stored")}</span> {display}
    </p>
  );
}

function storedDisplay(
  value: unknown,
  type: string,
  options: { value: string; label: string }[] | undefined,
  tc: (key: "empty" | "yes" | "no") => string,
): string {
  if (type === "checkbox" || typeof value === "boolean") return value === true || value === "true" ? tc("yes") : tc("no");
  const text = Array.isArray(value) ? value.map(String).join(", ") : type === "date" ? comparable(value) : value === null || value === undefined ? "" : String(value);
  // A select shows the label of the stored option, also of its empty choice ("– none –").
  const option = options?.find((o) => o.value === text);
  return option ? option.label : text === "" ? tc("empty") : text;
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
  min,
  max,
  errorName,
  wide = false,
}: {
  name: string;
  /** Spans both columns of a two-column form grid. */
  wide?: boolean;
  /** Where the action reports this input's error, when not under `name` (rows: "milestones.2.title"). */
  errorName?: string;
  label: string;
  type?: "text" | "email" | "number" | "date" | "password" | "url" | "textarea" | "select" | "checkbox";
  defaultValue?: string | number | boolean | null;
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  autoComplete?: string;
  /** Bounds for number and date inputs (dates as YYYY-MM-DD); the action still checks them. */
  min?: string | number;
  max?: string | number;
}) {
  const id = useId();
  const tc = useTranslations("conflict");
  const error = useFieldError(errorName ?? name);
  const stored = useConflictValue(name);
  // The input's own name: a row added after a send reports its errors as "milestones.new.title",
  // which names no field of the schema, but it is still "milestones.3.title" with its limits.
  const constraints = useFieldConstraints(name);
  const isRequired = required ?? constraints.required ?? false;
  // Only text-like inputs have a length; numbers, dates and choices are checked by the schema.
  const maxLength = type === "textarea" || type === "text" || type === "email" || type === "url" || type === "password" ? constraints.maxLength : undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, stored ? `${id}-stored` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-required": isRequired || undefined,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": describedBy,
    className: "mt-1 w-full rounded border border-slate-400 px-2 py-1.5",
  };
  return (
    <div className={[type === "checkbox" ? "flex flex-wrap items-center gap-2" : "", wide ? "sm:col-span-2" : ""].filter(Boolean).join(" ") || undefined}>
      {type === "checkbox" ? (
        <input {...common} type="checkbox" defaultChecked={!!defaultValue} className="h-4 w-4" />
      ) : null}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {isRequired && <span aria-hidden="true"> *</span>}
      </label>
      {type === "textarea" ? (
        <textarea {...common} defaultValue={(defaultValue as string) ?? ""} rows={4} maxLength={maxLength} />
      ) : type === "select" ? (
        <select {...common} defaultValue={(defaultValue as string) ?? ""}>
          {options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : type === "checkbox" ? null : (
        <input {...common} type={type} defaultValue={defaultValue === null || defaultValue === undefined ? "" : String(defaultValue)} autoComplete={autoComplete} min={min} max={max} maxLength={maxLength} />
      )}
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p>}
      {stored && <StoredValue id={`${id}-stored`} display={storedDisplay(stored.value, type, options, tc)} />}
    </div>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "danger" | "secondary" }) {
  const busy = useFormBusy();
  const pending = useFormPending();
  const style =
    variant === "danger"
      ? "border border-red-700 text-red-800 hover:bg-red-50"
      : variant === "secondary"
        ? "border border-brand-700 text-brand-700 hover:bg-brand-50"
        : "bg-brand-700 text-white hover:bg-brand-900";
  return (
    <button type="submit" disabled={busy} aria-busy={pending} className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>
      {children}
    </button>
  );
}
