// One kind of change in one quarter ("Verschobene Meilensteine"): a heading with the count and a
// list of the changes, each naming its initiative (linked), what happened and when.
import { getFormatter, getTranslations } from "next-intl/server";
import { cityTimeZone } from "@/lib/dates";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { ChangeKind, PublicChange } from "@/lib/public/changes";
import { Localized } from "../localized";
import type { ChangeDescriber } from "./change-text";

export async function ChangeSection({
  kind,
  changes,
  total,
  locale,
  describer,
}: {
  kind: ChangeKind;
  changes: PublicChange[];
  total: number;
  locale: Locale;
  describer: ChangeDescriber;
}) {
  const t = await getTranslations("publicChanges");
  const format = await getFormatter();
  const headingId = `changes-${kind}`;
  return (
    <section aria-labelledby={headingId} className="mt-8" data-testid={`changes-${kind}`}>
      <h3 id={headingId} className="text-lg font-semibold">
        {t(`kinds.${kind}`)} <span className="font-normal text-slate-700">({total})</span>
      </h3>
      {changes.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("emptyKind")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {changes.map((c) => {
            const text = describer.describe(c);
            // Completions carry a calendar day; the others an instant, shown as the city's day.
            const when = format.dateTime(c.at, { dateStyle: "medium", timeZone: c.kind === "milestoneCompleted" ? "UTC" : cityTimeZone() });
            return (
              <li key={c.key} className="border-l-4 border-brand-600 pl-3">
                <p className="font-medium">
                  <a href={localePath(locale, `/initiatives/${c.initiative.slug}`)} className="text-brand-700 underline underline-offset-2">
                    <Localized value={describer.initiativeLabel(c)} />
                  </a>
                  {": "}
                  {text.title}
                </p>
                <p className="text-sm text-slate-700">
                  <time dateTime={c.at.toISOString()}>{t("on", { date: when })}</time>
                  {" · "}
                  <span className="whitespace-pre-line break-words">{text.detail}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {total > changes.length && <p className="mt-2 text-sm text-slate-700">{t("moreNotShown", { count: total - changes.length })}</p>}
    </section>
  );
}
