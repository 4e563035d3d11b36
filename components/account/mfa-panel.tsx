"use client";
// The own two-factor set-up: start (a new secret), scan the QR code or type the secret, confirm
// with the first code, then the ten recovery codes — shown once, from this component's state.
// The component stays mounted across the page's refresh after each step, so the codes survive it.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";

type Act<T> = (raw: unknown) => Promise<ActionResult<T>>;
type Codes = { recoveryCodes: string[] };

export type MfaPanelState =
  | { state: "off"; required: boolean }
  | { state: "pending"; required: boolean; secret: string; qrDataUrl: string }
  | { state: "on"; required: boolean; enabledAtText: string; recoveryCodesLeft: number };

export function MfaPanel({
  view,
  start,
  confirm,
  regenerate,
  disable,
}: {
  view: MfaPanelState;
  start: Act<unknown>;
  confirm: Act<Codes>;
  regenerate: Act<Codes>;
  disable: Act<unknown>;
}) {
  const t = useTranslations("mfa");
  const ta = useTranslations("auth");
  const [codes, setCodes] = useState<string[] | null>(null);
  // Switching off removes the form that would say so (the page shows "not switched on" at once),
  // so the panel says it, in a live region that is always there.
  const [switchedOff, setSwitchedOff] = useState(false);
  const keep = (act: Act<Codes>) => async (raw: unknown) => {
    const r = await act(raw);
    if (r.ok) setCodes(r.data.recoveryCodes);
    return r;
  };
  const off = async (raw: unknown) => {
    const r = await disable(raw);
    if (r.ok) setSwitchedOff(true);
    return r;
  };

  return (
    <div className="mt-4 max-w-xl space-y-6">
      <p role="status" className={switchedOff && view.state === "off" ? "font-semibold text-emerald-800" : "sr-only"}>
        {switchedOff && view.state === "off" ? t("disabled") : ""}
      </p>
      {codes && (
        <section aria-labelledby="recovery-title" className="rounded border border-amber-400 bg-amber-50 p-4">
          <h2 id="recovery-title" className="font-semibold">{t("recoveryTitle")}</h2>
          <p className="mt-1 text-sm">{t("recoveryIntro")}</p>
          <ul aria-label={t("recoveryTitle")} data-testid="recovery-codes" className="mt-2 grid grid-cols-2 gap-1 font-mono">
            {codes.map((c) => <li key={c}>{c}</li>)}
          </ul>
        </section>
      )}

      {view.state === "off" && (
        <ActionForm action={start} label={t("start")} successMessage=" ">
          <SubmitButton>{t("start")}</SubmitButton>
        </ActionForm>
      )}

      {view.state === "pending" && (
        <>
          <section>
            <p>{t("scan")}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing for the image optimiser */}
            <img src={view.qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="mt-2 border border-slate-300" />
            <p className="mt-2 text-sm">{t("secretText")}</p>
            <code data-testid="mfa-secret" className="mt-1 block break-all rounded bg-slate-100 p-2 font-mono">{view.secret}</code>
          </section>
          <ActionForm action={keep(confirm)} schema="account.mfa.confirm" label={t("confirmHeading")} successMessage={t("enabled")} className="space-y-3">
            <h2 className="font-semibold">{t("confirmHeading")}</h2>
            <Field name="code" label={ta("codeLabel")} autoComplete="one-time-code" required />
            <SubmitButton>{t("confirm")}</SubmitButton>
          </ActionForm>
          <ActionForm action={start} label={t("restart")} successMessage=" ">
            <SubmitButton variant="secondary">{t("restart")}</SubmitButton>
          </ActionForm>
        </>
      )}

      {view.state === "on" && (
        <>
          <p>{t("statusOn", { date: view.enabledAtText })}</p>
          <p>{t("recoveryLeft", { count: view.recoveryCodesLeft })}</p>
          <ActionForm action={keep(regenerate)} label={t("regenerate")} successMessage={t("regenerated")}>
            <SubmitButton variant="secondary">{t("regenerate")}</SubmitButton>
          </ActionForm>
          {!view.required && (
            <ActionForm action={off} label={t("disable")} successMessage=" ">
              <SubmitButton variant="danger">{t("disable")}</SubmitButton>
            </ActionForm>
          )}
        </>
      )}
    </div>
  );
}

/**
 * A code (and for re-authentication the password) proving the session; on success the browser
 * goes on to `next` with the updated session cookie. A wrong entry shows next to the field.
 */
export function ProveForm({
  action,
  next,
  withPassword,
  withCode,
  submitLabel,
}: {
  action: Act<{ verified: boolean }>;
  next: string;
  withPassword: boolean;
  withCode: boolean;
  submitLabel: string;
}) {
  const t = useTranslations("mfa");
  const ta = useTranslations("auth");
  async function submit(raw: unknown): Promise<ActionResult<unknown>> {
    const r = await action(raw);
    if (!r.ok) return r;
    if (!r.data.verified) {
      const message = withPassword ? t("reauthWrong") : ta("codeWrong");
      return { ok: false, code: "VALIDATION", message, fieldErrors: { _form: [message], ...(withCode ? { code: [message] } : {}) } };
    }
    window.location.assign(next);
    return r;
  }
  return (
    <ActionForm
      action={submit}
      schema={withPassword ? "account.reauthenticate" : "account.mfa.verify"}
      label={submitLabel}
      successMessage={t("verified")}
      className="mt-4 max-w-md space-y-3"
    >
      {withPassword && <Field name="password" type="password" label={ta("password")} autoComplete="current-password" required />}
      {withCode && <Field name="code" label={ta("codeLabel")} hint={ta("codeHint")} autoComplete="one-time-code" required />}
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
