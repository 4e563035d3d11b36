// One page of public initiatives as a table: code, title (link), field of action, status, health
// (as text, colour only adds to it) with the number of overdue milestones and the day of the last
// update, progress; on a partner's page also the partner's roles.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { LatenessNote } from "@/components/public/lateness-note";
import type { PartnerRole } from "@/lib/generated/prisma/enums";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { PublicListItem } from "@/lib/public/list-queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Row = PublicListItem & { roles?: { role: PartnerRole; contribution: string }[] };

export async function InitiativeTable({ items, caption, locale, showRoles = false }: { items: Row[]; caption: string; locale: Locale; showRoles?: boolean }) {
  const t = await getTranslations("publicList");
  const tRole = await getTranslations("partnerRole");
  const th = "py-2 pr-3 font-semibold";
  return (
    <ScrollRegion label={caption} className="mt-3">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="initiative-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>{t("colCode")}</th>
            <th scope="col" className={th}>{t("colTitle")}</th>
            <th scope="col" className={th}>{t("colField")}</th>
            {showRoles && <th scope="col" className={th}>{t("colRoles")}</th>}
            <th scope="col" className={th}>{t("colStatus")}</th>
            <th scope="col" className={th}>{t("colHealth")}</th>
            <th scope="col" className="py-2 font-semibold">{t("colProgress")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.slug} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 font-mono">{i.code}</td>
              {/* Titles and texts are written by the city in German, also on the English pages. */}
              <th scope="row" className="py-2 pr-3 font-normal" lang="de">
                <Link href={localePath(locale, `/initiatives/${i.slug}`)} className="font-medium text-brand-700 underline underline-offset-2">
                  {i.title}
                </Link>
                {i.summary && <p className="text-slate-700">{i.summary}</p>}
              </th>
              <td className="py-2 pr-3" lang="de">{i.fieldOfAction.title}</td>
              {showRoles && (
                <td className="py-2 pr-3">
                  <ul>
                    {(i.roles ?? []).map((r) => (
                      <li key={r.role}>
                        {tRole(r.role)}
                        {r.contribution && <span lang="de">: {r.contribution}</span>}
                      </li>
                    ))}
                  </ul>
                </td>
              )}
              <td className="py-2 pr-3"><StatusBadge status={i.status} /></td>
              <td className="py-2 pr-3">
                <HealthBadge health={i.health} />
                <LatenessNote overdueMilestones={i.overdueMilestones} lastUpdated={i.lastUpdated} />
              </td>
              <td className="py-2"><ProgressBar value={i.progress} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
