// The one table of public initiatives (the list, a district's, a partner's and a field of action's
// page): code, title (link) with the summary, field of action, status, health (as text, colour only
// adds to it) with the number of overdue milestones and the day of the last update, progress; on a
// partner's page also the partner's roles, on a field's page without the field column.
import { getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { LatenessNote } from "@/components/public/lateness-note";
import { Localized } from "@/components/public/localized";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { Health, InitiativeStatus, PartnerRole } from "@/lib/generated/prisma/enums";
import { localePath, type Locale } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";

export type PublicInitiativeRow = {
  code: string;
  slug: string;
  title: string;
  titleEn?: string | null;
  summary?: string | null;
  summaryEn?: string | null;
  status: InitiativeStatus;
  health: Health;
  progress: number | null;
  overdueMilestones: number;
  lastUpdated: string | null;
  fieldOfAction?: { title: string; titleEn?: string | null };
  roles?: { role: PartnerRole; contribution: string }[];
};

export async function InitiativeTable({
  items,
  caption,
  locale,
  showRoles = false,
  showField = true,
}: {
  items: PublicInitiativeRow[];
  caption: string;
  locale: Locale;
  showRoles?: boolean;
  showField?: boolean;
}) {
  const t = await getTranslations("publicList");
  const tRole = await getTranslations("partnerRole");
  const columns: DataTableColumn<PublicInitiativeRow>[] = [
    { id: "code", header: t("colCode"), value: (i) => i.code, className: "font-mono" },
    {
      id: "title",
      header: t("colTitle"),
      rowHeader: true,
      // English where the city wrote English, else German marked "German only" on the English pages.
      cell: (i) => (
        <span>
          <a href={localePath(locale, `/initiatives/${i.slug}`)} className="font-medium text-brand-700 underline underline-offset-2">
            <Localized value={contentText(locale, i.title, i.titleEn)} />
          </a>
          {i.summary && <Localized value={contentText(locale, i.summary, i.summaryEn)} className="block text-slate-700" />}
        </span>
      ),
    },
    ...(showField ? [{ id: "field", header: t("colField"), cell: (i: PublicInitiativeRow) => <Localized value={contentText(locale, i.fieldOfAction?.title, i.fieldOfAction?.titleEn)} /> }] : []),
    ...(showRoles
      ? [
          {
            id: "roles",
            header: t("colRoles"),
            cell: (i: PublicInitiativeRow) => (
              <ul>
                {(i.roles ?? []).map((r) => (
                  <li key={r.role}>
                    {tRole(r.role)}
                    {r.contribution && <span lang="de">: {r.contribution}</span>}
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    { id: "status", header: t("colStatus"), cell: (i) => <StatusBadge status={i.status} /> },
    {
      id: "health",
      header: t("colHealth"),
      cell: (i) => (
        <>
          <HealthBadge health={i.health} />
          <LatenessNote overdueMilestones={i.overdueMilestones} lastUpdated={i.lastUpdated} />
        </>
      ),
    },
    { id: "progress", header: t("colProgress"), cell: (i) => <ProgressBar value={i.progress} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowKey={(i) => i.slug}
      caption={caption}
      locale={locale}
      minWidth={showField ? "40rem" : "36rem"}
      className="mt-3"
      testId="initiative-table"
    />
  );
}
