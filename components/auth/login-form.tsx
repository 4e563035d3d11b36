"use client";
// Email + password sign-in. Errors are announced to screen readers and tied to the form.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const res = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    });
    if (res?.ok && !res.error) {
      window.location.assign(res.url ?? callbackUrl);
      return;
    }
    setPending(false);
    const throttled = /^THROTTLED:(\d+)/.exec(res?.error ?? "");
    setError(throttled ? t("throttled", { minutes: Math.max(1, Math.ceil(Number(throttled[1]) / 60)) }) : t("invalid"));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? "login-error" : undefined} className="mt-6 space-y-4">
      {error && (
        <p id="login-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn("oidc", { callbackUrl })}
      className="w-full rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/login" }))} className="underline">
      {label}
    </button>
  );
}
