// How many initiatives are in which state and health, and how many have overdue milestones, as
// text (never colour alone), for the overview and the field pages. Every figure links to the
// /initiatives list filtered to exactly those initiatives (the counts and the filters are defined
// together in lib/public/queries.ts summarize), within the field when one is given.

import { getLocale, getTranslations } from "next-intl/server";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { isLocale, localePath } from "@/lib/i18n/config";
import { listQueryString, type ListFilters } from "@/lib/public/list-queries";
import type { InitiativeSummary } from "@/lib/public/queries";

type Props = { summary: Pick<InitiativeSummary, "byStatus" | "byHealth" | "lateCount">; field?: string };

export async function InitiativeCounts({ summary, field }: Props) {
  const t = await getTranslations("publicHome");
  const tStatus = await getTranslations("status");
  const tHealth = await getTranslations("health");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "de";
  const href = (filters: Partial<ListFilters>) => `${localePath(locale, "/initiatives")}${listQueryString({ ...(field ? { field } : {}), ...filters })}`;
  const link = "text-brand-700 underline underline-offset-2";
  const items = (entries: { key: string; label: string; count: number; to: Partial<ListFilters> }[]) =>
    entries.length === 0 ? (
      t("noCounts")
    ) : (
      <ul className="inline">
        {entries.map((e, i) => (
          <li key={e.key} className="inline">
            {i > 0 && <span aria-hidden="true"> · </span>}
            <a href={href(e.to)} className={link}>{t("countItem", { label: e.label, count: e.count })}</a>
          </li>
        ))}
      </ul>
    );
  const status = Object.values(InitiativeStatus).flatMap((s) => (summary.byStatus[s] ? [{ key: s, label: tStatus(s), count: summary.byStatus[s], to: { status: s } }] : []));
  // The health counts leave finished and stopped initiatives out, and so does their list (active).
  const health = Object.values(Health).flatMap((h) => (summary.byHealth[h] ? [{ key: h, label: tHealth(h), count: summary.byHealth[h], to: { health: h, active: true as const } }] : []));
  return (
    <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold text-slate-700">{t("byStatus")}</dt>
      <dd>{items(status)}</dd>
      <dt className="font-semibold text-slate-700">{t("byHealth")}</dt>
      <dd>{items(health)}</dd>
      <dt className="font-semibold text-slate-700">{t("lateLabel")}</dt>
      <dd>
        {summary.lateCount > 0 ? (
          <a href={href({ late: true })} className={link} data-testid="late-count">{t("lateItem", { count: summary.lateCount })}</a>
        ) : (
          t("lateItem", { count: 0 })
        )}
      </dd>
    </dl>
  );
}
