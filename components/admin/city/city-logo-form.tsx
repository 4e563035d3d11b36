"use client";
// The city's logo: choose a PNG or SVG file, upload it (read in the browser as base64, checked by
// content on the server), or remove it. Refusals name the reason next to the file input.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { CityBrand } from "@/lib/branding/queries";

type Upload = (raw: { version: number; contentBase64: string }) => Promise<ActionResult<unknown>>;
type Remove = (raw: { version: number }) => Promise<ActionResult<unknown>>;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function CityLogoForm({ brand, upload, remove }: { brand: CityBrand; upload: Upload; remove: Remove }) {
  const t = useTranslations("citySettings");
  const tf = useTranslations("forms");
  const id = useId();
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const answer = (r: ActionResult<unknown>, success: string) => {
    if (r.ok) {
      setMessage({ ok: true, text: success });
      if (file.current) file.current.value = "";
      router.refresh();
      return;
    }
    const fieldMessages = Object.values(r.fieldErrors ?? {}).flat();
    setMessage({ ok: false, text: fieldMessages.length ? fieldMessages.join(" ") : r.code === "CONFLICT" ? tf("conflict") : r.message });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-3xl">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">{t("logoHeading")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("logoIntro")}</p>
      <p className="mt-3 text-sm font-medium">{t("logoCurrent")}</p>
      {brand.logo ? (
        <div className="mt-1 inline-block rounded bg-brand-900 p-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own small file, served with a long cache */}
          <img src={brand.logo.path} alt={t("logoAlt", { city: brand.cityName })} className="h-12 w-auto" />
        </div>
      ) : (
        <p className="mt-1 text-sm">{t("logoNone")}</p>
      )}
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = file.current?.files?.[0];
          if (!chosen) {
            setMessage({ ok: false, text: t("logoChooseFirst") });
            file.current?.focus();
            return;
          }
          startTransition(async () => answer(await upload({ version: brand.version, contentBase64: await readAsBase64(chosen) }), t("logoSaved")));
        }}
      >
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">{t("logoFile")}</label>
          <input
            ref={file}
            id={`${id}-file`}
            name="logo"
            type="file"
            accept="image/png,image/svg+xml"
            aria-invalid={message && !message.ok ? true : undefined}
            aria-describedby={message ? `${id}-status` : undefined}
            className="mt-1 block text-sm"
          />
        </div>
        <button type="submit" disabled={pending} aria-busy={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t("logoUpload")}
        </button>
        {brand.logo && (
          <button
            type="button"
            disabled={pending}
            onClick={() => startTransition(async () => answer(await remove({ version: brand.version }), t("logoRemoved")))}
            className="rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {t("logoRemove")}
          </button>
        )}
      </form>
      <p id={`${id}-status`} role={message && !message.ok ? "alert" : "status"} className={`mt-2 text-sm ${message && !message.ok ? "text-red-800" : "text-emerald-800"}`}>
        {message?.text}
      </p>
    </section>
  );
}
