// What needs attention: reports awaiting approval, stale initiatives and initiatives with overdue
// milestones, each a link to the list behind the number; and the initiatives whose manual health
// is greener than the suggestion from their data, each a link to the initiative.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { portfolioHref, type DashboardFilters, type PortfolioFigures } from "@/lib/dashboard/queries";
import type { InitiativeHealth } from "@/lib/initiatives/health-suggestion";
import { DashboardSection } from "./dashboard-section";
import { HealthFlags } from "./health-flags";

export async function AttentionSection({ figures, filters, healthFlags }: { figures: PortfolioFigures; filters: DashboardFilters; healthFlags?: InitiativeHealth[] }) {
  const t = await getTranslations("dashboard.attention");
  const items = [
    { id: "awaiting", href: "/app/reports", text: t("awaiting", { count: figures.awaitingApproval }) },
    { id: "stale", href: portfolioHref(filters, { stale: true }), text: t("stale", { count: figures.stale, days: figures.staleAfterDays }) },
    { id: "overdue", href: portfolioHref(filters, { overdue: true }), text: t("overdue", { count: figures.withOverdueMilestones }) },
  ];
  return (
    <DashboardSection id="dashboard-attention" heading={t("heading")}>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {items.map((i) => (
          <li key={i.id} className="rounded border border-slate-200 p-3">
            <Link href={i.href} data-testid={`dashboard-${i.id}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
              {i.text}
            </Link>
          </li>
        ))}
      </ul>
      {healthFlags && <HealthFlags flags={healthFlags} />}
    </DashboardSection>
  );
}
