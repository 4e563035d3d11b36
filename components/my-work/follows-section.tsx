// Everyone's part of "my work": the initiatives they follow, each with how many changes others
// made since their last visit and the latest few in plain words; opening the initiative marks
// them seen.
import { getFormatter, getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import type { FollowedInitiative } from "@/lib/my-work/queries";
import { changeText } from "@/lib/my-work/change-text";
import { InitiativeLink, WorkSection } from "./parts";

export async function FollowsSection({ follows }: { follows: FollowedInitiative[] }) {
  const [t, tChange, format] = await Promise.all([getTranslations("myWork.follows"), getTranslations("myWork.change"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <WorkSection id="follows-heading" title={t("heading")}>
      {follows.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {follows.map((f) => (
            <li key={f.id} className="rounded border border-slate-200 p-3">
              <p className="font-semibold">
                <InitiativeLink code={f.code} title={f.title} /> <HealthBadge health={f.health} />
              </p>
              {f.changeCount === 0 ? (
                <p className="mt-1 text-sm">{t("noChanges", { date: when(f.seenAt) })}</p>
              ) : (
                <>
                  <p className="mt-1 text-sm font-semibold">{t("changes", { count: f.changeCount, date: when(f.seenAt) })}</p>
                  <ol aria-label={t("latestLabel", { code: f.code })} className="mt-1 list-disc pl-5 text-sm">
                    {f.latest.map((c) => {
                      const text = changeText(tChange, c);
                      return (
                        <li key={c.id}>
                          <time dateTime={c.at.toISOString()}>{when(c.at)}</time> · {c.actorName ? t("by", { text, name: c.actorName }) : text}
                        </li>
                      );
                    })}
                  </ol>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </WorkSection>
  );
}
