import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SiteShell } from "@/components/layout/site-shell";

export default async function NotFound() {
  const t = await getTranslations("errors");
  const tSite = await getTranslations("site");
  return (
    <SiteShell isExample={false}>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2">{t("notFoundText")}</p>
      <p className="mt-4"><Link href="/" className="text-brand-700 underline">{tSite("home")}</Link></p>
    </SiteShell>
  );
}
