// How many initiatives are in which state and health, as text (never colour alone), for the
// overview and the field pages.
import { getTranslations } from "next-intl/server";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import type { InitiativeSummary } from "@/lib/public/queries";

export async function InitiativeCounts({ summary }: { summary: Pick<InitiativeSummary, "byStatus" | "byHealth"> }) {
  const t = await getTranslations("publicHome");
  const tStatus = await getTranslations("status");
  const tHealth = await getTranslations("health");
  const status = Object.values(InitiativeStatus).flatMap((s) => (summary.byStatus[s] ? [t("countItem", { label: tStatus(s), count: summary.byStatus[s] })] : []));
  const health = Object.values(Health).flatMap((h) => (summary.byHealth[h] ? [t("countItem", { label: tHealth(h), count: summary.byHealth[h] })] : []));
  return (
    <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold text-slate-700">{t("byStatus")}</dt>
      <dd>{status.length ? status.join(" · ") : t("noCounts")}</dd>
      <dt className="font-semibold text-slate-700">{t("byHealth")}</dt>
      <dd>{health.length ? health.join(" · ") : t("noCounts")}</dd>
    </dl>
  );
}
