"use client";
// The form for a new personal access token. The secret exists only in this component's state
// after creation: it is shown once, with a copy button, and is gone on the next visit.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionForm, Field, SubmitButton, useFieldError } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";
import type { TokenScope } from "@/lib/generated/prisma/enums";
import type { CreatedToken } from "@/lib/tokens/mutations";

const SCOPES: TokenScope[] = ["READ", "KPI_WRITE"];

export function CreateTokenForm({
  action,
  defaultDays,
}: {
  action: (raw: unknown) => Promise<ActionResult<CreatedToken>>;
  /** Passed in rather than imported, so the zod schemas stay out of the browser bundle. */
  defaultDays: number;
}) {
  const t = useTranslations("tokens");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  async function submit(raw: unknown) {
    setCreated(null);
    const result = await action(raw);
    if (result.ok) setCreated({ name: result.data.name, token: result.data.token });
    return result;
  }

  return (
    <>
      <ActionForm action={submit} schema="token.create" label={t("newHeading")} resetOnSuccess successMessage={t("createdMessage")} className="mt-2 grid max-w-xl gap-4">
        <Field name="name" label={t("name")} hint={t("nameHint")} required />
        <ScopesField />
        <Field name="expiresInDays" type="number" label={t("expiresInDays")} hint={t("expiresHint")} defaultValue={defaultDays} required />
        <div>
          <SubmitButton>{t("create")}</SubmitButton>
        </div>
      </ActionForm>
      {created && <NewToken name={created.name} token={created.token} />}
    </>
  );
}

function ScopesField() {
  const t = useTranslations("tokens");
  const id = useId();
  const error = useFieldError("scopes");
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">
        {t("scopes")}
        <span aria-hidden="true"> *</span>
      </legend>
      {SCOPES.map((scope) => (
        <div key={scope} className="mt-1 flex items-start gap-2">
          <input id={`${id}-${scope}`} type="checkbox" name="scopes" value={scope} defaultChecked={scope === "READ"} className="mt-1 h-4 w-4" />
          <label htmlFor={`${id}-${scope}`} className="text-sm">
            <span className="font-medium">{t(`scope.${scope}`)}</span> – {t(`scopeHint.${scope}`)}
          </label>
        </div>
      ))}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const t = useTranslations("tokens");
  const id = useId();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4 max-w-xl rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h3 id={`${id}-heading`} className="font-semibold">{t("createdHeading", { name })}</h3>
      <p id={`${id}-hint`} className="mt-1 text-sm">{t("createdHint")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <label htmlFor={`${id}-token`} className="sr-only">{t("createdLabel")}</label>
        <input
          id={`${id}-token`}
          readOnly
          value={token}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-2 py-1.5 font-mono text-sm"
        />
        <button type="button" onClick={copyToken} className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          {t("copy")}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm">
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : null}
      </p>
    </section>
  );
}
