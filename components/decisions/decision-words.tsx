// One council decision as a citizen recognises it: "Ratsbeschluss, Drucksache 24-0815 vom
// 12.03.2024" (a link into the council information system when the installation has one), its
// title and its outcome. Shared by the internal and the public pages.
import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/public/localized";
import { decisionInWords } from "@/lib/decisions/link";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import { isLocale } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";

export type DecisionWordsProps = { body: string; number: string; decidedOn: string; title: string; titleEn: string | null; outcome: DecisionOutcome; url: string | null };

export async function DecisionWords({ decision: d }: { decision: DecisionWordsProps }) {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "de";
  const t = await getTranslations("decisions");
  const words = decisionInWords((key, values) => t(key, values), locale, d);
  return (
    <>
      <span className="font-semibold" data-testid="decision-words">
        {d.url ? (
          <a href={d.url} className="text-brand-700 underline underline-offset-2" rel="noopener noreferrer" title={t("openLink", { number: d.number })}>
            {words}
          </a>
        ) : (
          words
        )}
      </span>
      <span className="block">
        <Localized value={contentText(locale, d.title, d.titleEn)} />
      </span>
      <span className="block text-sm text-slate-700">
        {t("outcomeLabel")}: {t(`outcome.${d.outcome}`)}
      </span>
    </>
  );
}
