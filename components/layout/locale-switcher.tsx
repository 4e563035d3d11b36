"use client";
// Language switch of the signed-in app: a preference cookie, no server mutation.
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";

const LABELS = { de: "Deutsch", en: "English" } as const;

export function LocaleSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const router = useRouter();
  return (
    <label className="inline-flex items-center gap-1 text-sm">
      <span>{label}</span>
      <select
        value={locale}
        onChange={(e) => {
          document.cookie = `locale=${e.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
        className="rounded border border-white/40 bg-brand-900 px-1 py-0.5 text-white"
      >
        {Object.entries(LABELS).map(([value, text]) => (
          <option key={value} value={value} lang={value}>{text}</option>
        ))}
      </select>
    </label>
  );
}
