"use client";
// Shows a secret (reset link or temporary password) right after it was created. It exists only in
// this component's state: it is gone after "hide" or a reload, and the server never shows it again.
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

/** `mailedTo`: the link also went out by mail (SMTP_URL set) to this address. */
export type OneTimeSecretValue = { kind: "link" | "password"; value: string; expiresAt?: Date | string; mailedTo?: string };

export function OneTimeSecret({ secret, onDismiss }: { secret: OneTimeSecretValue; onDismiss: () => void }) {
  const t = useTranslations("users.secret");
  const format = useFormatter();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    await navigator.clipboard.writeText(secret.value);
    setCopied(true);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="font-semibold">
        {secret.kind === "link" ? t("linkTitle") : t("passwordTitle")}
      </h3>
      <p id={`${id}-once`} className="mt-1">{t("once")}</p>
      {secret.expiresAt && (
        <p className="mt-1">{t("expires", { at: format.dateTime(new Date(secret.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      )}
      {secret.mailedTo && <p className="mt-1 font-semibold">{t("mailed", { email: secret.mailedTo })}</p>}
      <label htmlFor={`${id}-value`} className="sr-only">
        {secret.kind === "link" ? t("linkTitle") : t("passwordTitle")}
      </label>
      <input
        id={`${id}-value`}
        readOnly
        value={secret.value}
        aria-describedby={`${id}-once`}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-2 w-full rounded border border-slate-400 bg-white px-2 py-1.5 font-mono"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void copy()} className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">
          {t("copy")}
        </button>
        <button type="button" onClick={onDismiss} className="rounded border border-slate-500 px-3 py-1 hover:bg-slate-100">
          {t("dismiss")}
        </button>
        <p role="status" className="text-emerald-800">{copied ? t("copied") : ""}</p>
      </div>
    </section>
  );
}

/** The absolute address of a path on this site, as the admin's browser sees it. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
