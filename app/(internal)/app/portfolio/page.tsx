// The internal portfolio table: every non-archived initiative with its progress, next milestone,
// delay (lib/milestones/lateness.ts), budget and freshness. The URL holds the table's state; the
// server filters, sorts, groups and pages (lib/portfolio/page-model.ts) and sends only the visible
// rows, so the view is exactly as linked (from the dashboard, the roadmap or a colleague) and the
// page stays small at any portfolio size.
import { PageClientMessages } from "@/components/layout/client-messages";
import { getTranslations } from "@/lib/i18n/translations";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { memoByData } from "@/lib/cache/data-memo";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { memoPortfolioPage } from "@/lib/portfolio/page-memo";
import { listPortfolioFacetOptions, listPortfolioRows } from "@/lib/portfolio/queries";
import { parsePortfolioState } from "@/lib/portfolio/table-state";
import { PageHeading } from "@/components/layout/page-heading";

export const dynamic = "force-dynamic";

const PATH = "/app/portfolio";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PortfolioPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission("portfolio.read", PATH);
  const prisma = await db();
  const staleDays = env().staleAfterDays;
  const { state, invalid } = parsePortfolioState(await searchParams);
  // The rows and choices do not depend on the viewer: loaded once per state of the data (lib/cache/data-memo.ts).
  const { rows, options } = await memoByData(prisma, { viewer, permission: "portfolio.read" }, `portfolio:${staleDays}`, async () => {
    const [rows, options] = await Promise.all([listPortfolioRows(prisma, viewer, { staleAfterDays: staleDays }), listPortfolioFacetOptions(prisma, viewer)]);
    return { rows, options };
  });
  const view = memoPortfolioPage(rows, state, options);
  const t = await getTranslations("portfolio");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {invalid.length > 0 && (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t("invalidNotice", { params: invalid.map((p) => t(`params.${p}`)).join(", ") })}
        </p>
      )}
      <ul className="mt-3 max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-800">
        <li id="delay-definition">{t("delayDefinition")}</li>
        <li>{t("progressDefinition")}</li>
        <li>{t("staleDefinition", { days: staleDays })}</li>
      </ul>
      <PageClientMessages page="portfolio">
      <PortfolioTable view={view} options={options} state={state} canExport={can(viewer, "report.export")} />
      </PageClientMessages>
    </>
  );
}
