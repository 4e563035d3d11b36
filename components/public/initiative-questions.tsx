// Published citizens' questions with the city's answers on a public initiative page (issue 20,
// item 2), and the way to ask one. Only what lib/public/feedback-queries.ts returns: the name only
// when the citizen allowed it, never an e-mail address.
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublishedFeedback } from "@/lib/public/feedback-queries";
import { PageSection } from "./page-head";

export async function InitiativeQuestions({ items, feedbackHref }: { items: PublishedFeedback[]; feedbackHref: string }) {
  const t = await getTranslations("citizenFeedback");
  const format = await getFormatter();
  return (
    <PageSection id="questions-heading" heading={t("questionsHeading")}>
      {items.length === 0 ? <p className="mt-2">{t("noQuestions")}</p> : (
        <ol className="mt-3 space-y-5" data-testid="published-questions">
          {items.map((q) => (
            <li key={q.id} className="border-l-4 border-slate-300 pl-3">
              <h3 className="sr-only">{t("question")}</h3>
              <p className="whitespace-pre-line break-words">{q.message}</p>
              <p className="mt-1 text-sm text-slate-700">
                {q.name ? t("askedBy", { name: q.name }) : t("askedAnonymously")}
                {q.publishedAt && <> · <time dateTime={q.publishedAt.toISOString()}>{format.dateTime(q.publishedAt, { dateStyle: "medium", timeZone: "UTC" })}</time></>}
              </p>
              <div className="mt-2 rounded bg-brand-50 p-3">
                <p className="text-sm font-semibold">{t("answer")}</p>
                <p className="whitespace-pre-line break-words">{q.answer}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4">
        <a href={feedbackHref} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600">
          {t("askLink")}
        </a>
      </p>
    </PageSection>
  );
}
