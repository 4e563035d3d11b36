"use client";
// The form behind a one-time reset link: new password twice, posted as JSON to the public
// /api/password-reset route. Errors are announced and tied to their fields.
import Link from "next/link";
import { useHydrated } from "@/components/ui/action-form";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Errors = { password?: string; confirm?: string; form?: string };

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("users.reset");
  const tPolicy = useTranslations("passwordPolicy");
  const [errors, setErrors] = useState<Errors>({});
  // Sent by script only: a press before hydration would put the password in the URL of a GET.
  const ready = useHydrated();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: t("mismatch") });
      return;
    }
    setPending(true);
    setErrors({});
    try {
      const res = await fetch("/api/password-reset", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token, password, revokeTokens: form.get("revokeTokens") === "on" }),
      });
      const body = (await res.json()) as { ok: boolean; code?: string; fieldErrors?: { password?: string[] }; requestId?: string };
      if (body.ok) setDone(true);
      else if (body.code === "VALIDATION") setErrors({ password: tPolicy(body.fieldErrors?.password?.[0] ?? "TOO_SHORT") });
      else if (body.code === "INVALID_LINK") setErrors({ form: t("invalidLink") });
      else setErrors({ form: t("internal", { id: body.requestId ?? "–" }) });
    } catch {
      setErrors({ form: t("internal", { id: "–" }) });
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <div role="status" className="mt-6 rounded border border-emerald-300 bg-emerald-50 p-4">
        <p>{t("success")}</p>
        <Link href="/login" className="mt-2 inline-block font-semibold text-brand-700 underline underline-offset-2">{t("toLogin")}</Link>
      </div>
    );
  }

  const field = (name: "password" | "confirm", label: string) => (
    <div>
      <label htmlFor={`reset-${name}`} className="block font-medium">{label}</label>
      <input
        id={`reset-${name}`}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `reset-${name}-error` : undefined}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
      />
      {errors[name] && <p id={`reset-${name}-error`} className="mt-1 text-sm text-red-800">{errors[name]}</p>}
    </div>
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby={errors.form ? "reset-error" : undefined} className="mt-6 space-y-4">
      {errors.form && (
        <p id="reset-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">{errors.form}</p>
      )}
      {field("password", t("password"))}
      {field("confirm", t("confirm"))}
      {/* Ticked by default: whoever had the old password may have created tokens. */}
      <div className="flex items-start gap-2">
        <input id="reset-revokeTokens" name="revokeTokens" type="checkbox" defaultChecked aria-describedby="reset-revokeTokens-hint" className="mt-1 h-4 w-4" />
        <div>
          <label htmlFor="reset-revokeTokens" className="font-medium">{t("revokeTokens")}</label>
          <p id="reset-revokeTokens-hint" className="text-sm text-slate-700">{t("revokeTokensHint")}</p>
        </div>
      </div>
      <p role="status" className="sr-only">{errors.password ?? errors.confirm ?? ""}</p>
      <button type="submit" disabled={pending || !ready} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
