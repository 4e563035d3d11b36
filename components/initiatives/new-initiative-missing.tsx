// "Neues Vorhaben" on an installation that cannot take initiatives yet: what is missing, with links
// to the setup screens for those who may set it up, else a hint to ask the administrators.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type MissingForInitiatives = { masterplan: boolean; fields: boolean; departments: boolean; ownDepartment: boolean };

export async function NewInitiativeMissing({ missing, canSetUp }: { missing: MissingForInitiatives; canSetUp: boolean }) {
  const t = await getTranslations("planSetup");
  const items: { key: string; text: string; href: string }[] = [];
  if (missing.masterplan) items.push({ key: "masterplan", text: t("missingMasterplan"), href: "/app/admin/plan" });
  if (missing.fields) items.push({ key: "fields", text: t("missingFields"), href: "/app/admin/plan#fields-heading" });
  if (missing.departments) items.push({ key: "departments", text: t("missingDepartments"), href: "/app/admin/departments" });
  else if (missing.ownDepartment) items.push({ key: "ownDepartment", text: t("missingOwnDepartment"), href: "/app/admin/departments" });
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("missingTitle")}</h1>
      <p className="mt-2 max-w-3xl">{t("missingIntro")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {items.map((i) => (
          <li key={i.key} data-missing={i.key}>
            {canSetUp ? <Link href={i.href} className="text-brand-700 underline">{i.text}</Link> : i.text}
          </li>
        ))}
      </ul>
      {!canSetUp && <p className="mt-3">{t("missingAskAdmin")}</p>}
    </>
  );
}
