// A compact table of public initiatives (code, title, status, health with overdue milestones and
// the day of the last update, progress), e.g. on a field of action's page. Titles are the city's
// German texts, marked as such on English pages.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { LatenessNote } from "@/components/public/lateness-note";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { isLocale, localePath } from "@/lib/i18n/config";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type InitiativeTableRow = {
  code: string;
  slug: string;
  title: string;
  status: InitiativeStatus;
  health: Health;
  progress: number | null;
  overdueMilestones: number;
  lastUpdated: string | null;
};

export async function InitiativeTable({ rows, caption }: { rows: InitiativeTableRow[]; caption: string }) {
  const t = await getTranslations("publicField");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "de";
  return (
    <ScrollRegion label={caption} className="mt-3">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">{t("colCode")}</th>
            <th scope="col" className="py-2 pr-3">{t("colTitle")}</th>
            <th scope="col" className="py-2 pr-3">{t("colStatus")}</th>
            <th scope="col" className="py-2 pr-3">{t("colHealth")}</th>
            <th scope="col" className="py-2">{t("colProgress")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.slug} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 font-mono">{i.code}</td>
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link href={localePath(locale, `/initiatives/${i.slug}`)} lang="de" className="font-medium text-brand-700 underline underline-offset-2">
                  {i.title}
                </Link>
              </th>
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
