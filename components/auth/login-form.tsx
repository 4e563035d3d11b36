"use client";
// Email + password sign-in. Errors are announced to screen readers and tied to the form. When the
// account has a second factor, the server answers MFA_REQUIRED and the form asks for the code;
// email and password are kept in this component's state and sent again with it.
import { signIn } from "next-auth/react";
import { useHydrated } from "@/components/ui/action-form";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Why the last attempt failed, announced at once; the form points at it with aria-describedby. */
function LoginError({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <p id="login-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
      {error}
    </p>
  );
}

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | undefined>(initialError);
  // Sent by script only: a press before hydration would put the password in the URL of a GET.
  const ready = useHydrated();
  const [pending, setPending] = useState(false);
  const [second, setSecond] = useState<{ email: string; password: string } | null>(null);

  async function attempt(credentials: { email: string; password: string; code?: string }) {
    setPending(true);
    setError(undefined);
    const res = await signIn("credentials", { ...credentials, redirect: false, callbackUrl });
    if (res?.ok && !res.error) {
      window.location.assign(res.url ?? callbackUrl);
      return;
    }
    setPending(false);
    const code = res?.error ?? "";
    if (code === "MFA_REQUIRED") {
      setSecond({ email: credentials.email, password: credentials.password });
      return;
    }
    if (code === "MFA_INVALID") {
      setError(t("codeWrong"));
      return;
    }
    const throttled = /^THROTTLED:(\d+)/.exec(code);
    if (throttled) setSecond(null);
    setError(throttled ? t("throttled", { minutes: Math.max(1, Math.ceil(Number(throttled[1]) / 60)) }) : t("invalid"));
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await attempt({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
  }

  async function onSubmitCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!second) return;
    const form = new FormData(event.currentTarget);
    await attempt({ ...second, code: String(form.get("code") ?? "") });
  }

  if (second) {
    return (
      <form method="post" onSubmit={onSubmitCode} noValidate aria-describedby={error ? "login-error" : "code-intro"} className="mt-6 space-y-4">
        <p id="code-intro">{t("codeIntro")}</p>
        <LoginError error={error} />
        <div>
          <label htmlFor="code" className="block font-medium">{t("codeLabel")}</label>
          <input id="code" name="code" type="text" inputMode="text" autoComplete="one-time-code" autoFocus required aria-describedby="code-hint" className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
          <p id="code-hint" className="mt-1 text-sm text-slate-700">{t("codeHint")}</p>
        </div>
        <div className="flex gap-3">
          <button type="submit" disabled={pending || !ready} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
            {pending ? t("submitting") : t("codeSubmit")}
          </button>
          <button type="button" onClick={() => { setSecond(null); setError(undefined); }} className="underline">{t("back")}</button>
        </div>
      </form>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby={error ? "login-error" : undefined} className="mt-6 space-y-4">
      <LoginError error={error} />
      <div>
        <label htmlFor="email" className="block font-medium">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending || !ready} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
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

/** Re-authentication through the identity provider: it must ask again, not reuse its own session. */
export function SsoReauthButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn("oidc", { callbackUrl }, { prompt: "login", max_age: "0" })}
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
