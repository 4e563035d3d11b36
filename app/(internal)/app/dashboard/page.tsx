// The dashboard (/app/dashboard, one click from "my work" at /app): the portfolio at a glance.
// Filters come from the URL (a GET form); every figure is computed by getDashboard in a fixed
// number of SQL aggregations. Until the plan is set up (no masterplan, field of action, department
// or initiative yet) it shows the setup checklist, as /app does.
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { AttentionSection } from "@/components/dashboard/attention-section";
import { BudgetSection } from "@/components/dashboard/budget-section";
import { DashboardFilterForm } from "@/components/dashboard/filter-form";
import { KpiSection } from "@/components/dashboard/kpi-section";
import { DistrictMapSection } from "@/components/dashboard/district-map-section";
import { PortfolioSection } from "@/components/dashboard/portfolio-section";
import { ProgressSection } from "@/components/dashboard/progress-section";
import { PunctualitySection } from "@/components/dashboard/punctuality-section";
import { SetupStart } from "@/components/dashboard/setup-start";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { memoByData } from "@/lib/cache/data-memo";
import { getDashboard, parseDashboardFilters } from "@/lib/dashboard/queries";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { loadDrawnInternalDistrictMap } from "@/lib/map/queries";
import { loadSetupState } from "@/lib/plan/queries";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/app/dashboard");
  const prisma = await db();
  const filters = parseDashboardFilters(await searchParams);
  // Neither the setup state nor the figures depend on the viewer: computed once per state of the
  // data (lib/cache/data-memo.ts), together, so that the request reads the data's state once.
  const { setup, d } = await memoByData(prisma, { viewer: user, permission: "portfolio.read" }, `dashboard:${JSON.stringify(filters)}`, async () => {
    const setup = await loadSetupState(prisma, user);
    return { setup, d: setup.complete ? await getDashboard(prisma, user, filters) : null };
  });
  const t = await getTranslations("app");
  const tDashboard = await getTranslations("dashboard");
  // A new installation: lead through the setup instead of showing an empty dashboard.
  if (!setup.complete || !d) return <SetupStart user={user} setup={setup} />;
  const mapData = await loadDrawnInternalDistrictMap(prisma, user);
  const locale = await getLocale();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("dashboard")}</h1>
      <p className="mt-2">{tDashboard("intro")}</p>
      {can(user, "initiative.create", { departmentId: user.departmentId }) && (
        <p className="mt-4">
          <Link href="/app/initiatives/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">
            {t("newInitiative")}
          </Link>
        </p>
      )}
      <DashboardFilterForm filters={d.filters} options={d.options} />
      <p className="mt-2 text-sm text-slate-700">{tDashboard("stateNote")}</p>
      <AttentionSection figures={d.portfolio} filters={d.filters} healthFlags={d.healthFlags} />
      <PortfolioSection figures={d.portfolio} filters={d.filters} />
      <DistrictMapSection map={mapData.map} schematic={mapData.schematic} attribution={mapData.attribution} locale={isLocale(locale) ? locale : "de"} />
      <ProgressSection figures={d.portfolio} filters={d.filters} />
      <BudgetSection figures={d.budget} />
      <PunctualitySection figures={d.punctuality} filters={d.filters} />
      <KpiSection figures={d.kpis} filters={d.filters} options={d.options} />
    </>
  );
}
