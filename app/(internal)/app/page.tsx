import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { listPortfolio } from "@/lib/initiatives/queries";

export default async function AppHome() {
  const user = await requireUser("/app");
  const rows = await listPortfolio(await db(), user);
  const t = await getTranslations("app");
  const tHome = await getTranslations("home");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("welcome", { name: user.name })}</h1>
      <p className="mt-2">{t("portfolioCount", { count: rows.length })}</p>
      {(can(user, "initiative.create", { departmentId: user.departmentId }) || user.role === "ADMIN") && (
        <p className="mt-4">
          <Link href="/app/initiatives/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">
            {t("newInitiative")}
          </Link>
        </p>
      )}
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t("initiatives")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">{tHome("colCode")}</th>
              <th scope="col" className="py-2 pr-3">{tHome("colTitle")}</th>
              <th scope="col" className="py-2 pr-3">{t("departments")}</th>
              <th scope="col" className="py-2 pr-3">{tHome("colStatus")}</th>
              <th scope="col" className="py-2">{tHome("colHealth")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100">
                <td className="py-2 pr-3 font-mono">{r.code}</td>
                <td className="py-2 pr-3">
                  <Link href={`/app/initiatives/${r.code}`} className="text-brand-700 underline underline-offset-2">{r.title}</Link>
                </td>
                <td className="py-2 pr-3">{r.department.code}</td>
                <td className="py-2 pr-3"><StatusBadge status={r.status} /></td>
                <td className="py-2"><HealthBadge health={r.health} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
