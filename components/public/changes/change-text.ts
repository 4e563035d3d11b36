// Words for a public change, shared by the "Was hat sich geändert" page and the Atom feeds so both
// say the same thing: a title ("Meilenstein „…“ verschoben") and a detail sentence, in the
// requested language. Server-only (next-intl server translators).
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { contentString, contentText, type ContentText } from "@/lib/i18n/content";
import type { PublicChange } from "@/lib/public/changes";
import { parsePeriod } from "@/lib/reports/period";

export type ChangeText = { title: string; detail: string };

/** A describer for changes in `locale`. */
export async function changeDescriber(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "publicChanges" });
  const tStatus = await getTranslations({ locale, namespace: "status" });
  const tHealth = await getTranslations({ locale, namespace: "health" });
  const format = await getFormatter({ locale });
  const tSite = await getTranslations({ locale, namespace: "publicSite" });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const periodWords = (period: string) => {
    const p = parsePeriod(period);
    return p ? { index: p.index, year: p.year } : null;
  };
  return {
    /** { index, year } of a period for messages with those placeholders. */
    periodParts(period: string): { index: number; year: number } {
      return periodWords(period) ?? { index: 0, year: 0 };
    },
    /** "Q3 2026" / "3. Quartal 2026" for a period such as "2026-Q3". */
    period(period: string): string {
      const p = periodWords(period);
      return p ? t("periodOption", p) : period;
    },
    /** "K1.2 Title": the label's language, and whether its title is the German fallback on the English site. */
    initiativeLabel(c: PublicChange): ContentText {
      const title = contentText(locale, c.initiative.title, c.initiative.titleEn);
      return { ...title, text: t("initiativeLabel", { code: c.initiative.code, title: title.text }) };
    },
    /** The label as plain text (feeds); a German fallback says so in words. */
    initiative(c: PublicChange): string {
      const label = this.initiativeLabel(c);
      return label.fallback ? `${label.text} ${tSite("germanOnlyPlain")}` : label.text;
    },
    describe(c: PublicChange): ChangeText {
      switch (c.kind) {
        case "milestoneCompleted":
          return { title: t("completedTitle", { milestone: contentString(locale, c.milestone, c.milestoneEn) }), detail: t("completedDetail", { date: day(c.date) }) };
        case "milestoneMoved":
          return {
            title: t("movedTitle", { milestone: contentString(locale, c.milestone, c.milestoneEn) }),
            detail: `${t("movedDetail", { from: day(c.from), to: day(c.to) })} ${t("reason", { reason: c.reason })}`,
          };
        case "statusChanged": {
          const words = { from: tStatus(c.from), to: tStatus(c.to) };
          return { title: t("statusTitle", words), detail: t("statusDetail", words) };
        }
        case "healthChanged": {
          const words = { from: tHealth(c.from), to: tHealth(c.to) };
          const detail = t("healthDetail", words);
          return { title: t("healthTitle", words), detail: c.reason ? `${detail} ${t("reason", { reason: c.reason })}` : detail };
        }
        case "summaryApproved": {
          const p = periodWords(c.period);
          return { title: p ? t("summaryTitle", p) : c.period, detail: c.summary };
        }
      }
    },
  };
}

export type ChangeDescriber = Awaited<ReturnType<typeof changeDescriber>>;
