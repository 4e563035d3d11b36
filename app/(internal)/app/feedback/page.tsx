// Citizens' feedback to moderate (issue 20, item 2): for admins all of it, for department heads that
// on their department's initiatives; anyone else gets a 404. Tabs by status (?status=); the
// actions decide again against the loaded row.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FeedbackCard } from "@/components/feedback/feedback-card";
import { PageHeading } from "@/components/layout/page-heading";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { answerFeedback, discardFeedback, publishFeedback } from "@/lib/feedback/actions";
import { FEEDBACK_QUEUE_STATUSES, listFeedbackQueue, moderatableWhere } from "@/lib/feedback/queries";

export default async function FeedbackModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser("/app/feedback");
  if (!moderatableWhere(viewer)) notFound();
  const asked = (await searchParams).status;
  const status = FEEDBACK_QUEUE_STATUSES.find((s) => s === asked) ?? "PENDING";
  const [rows, t] = await Promise.all([listFeedbackQueue(await db(), viewer, status), getTranslations("feedbackModeration")]);
  const actions = { answer: answerFeedback, publish: publishFeedback, discard: discardFeedback };
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro", { days: env().feedbackRetentionDays })} />
      <nav aria-label={t("statusNav")} className="mt-4">
        <ul className="flex flex-wrap gap-3">
          {FEEDBACK_QUEUE_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/app/feedback?status=${s}`} aria-current={s === status ? "page" : undefined} className={`underline underline-offset-2 ${s === status ? "font-bold" : ""}`}>
                {t(`status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="feedback-list" className="mt-6">
        <h2 id="feedback-list" className="text-xl font-semibold">{t(`status.${status}`)}</h2>
        {rows.length === 0 ? <p className="mt-2">{t("empty")}</p> : rows.map((f) => <FeedbackCard key={f.id} f={f} actions={actions} />)}
      </section>
    </>
  );
}
