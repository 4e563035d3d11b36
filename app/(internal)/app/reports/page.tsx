// The reports inbox: for reviewers the submitted reports awaiting their decision, for project
// leads the state of this period's report per initiative they lead and the earlier ones still owed. Every signed-in user may open
// it; what it lists is scoped by the viewer in the query.
import { getTranslations } from "next-intl/server";
import { MyReportsTable } from "@/components/reports/my-reports-table";
import { ReviewQueue } from "@/components/reports/review-queue";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getReportsInbox } from "@/lib/reports/inbox-queries";
import { periodLabel } from "@/lib/reports/labels";
import { PageHeading } from "@/components/layout/page-heading";

export default async function ReportsInboxPage() {
  const viewer = await requireUser("/app/reports");
  const inbox = await getReportsInbox(await db(), viewer);
  const [t, tAll] = await Promise.all([getTranslations("statusReports.inbox"), getTranslations()]);
  // Leads see their table even when it is empty; others only when they happen to lead something.
  const drafts = viewer.role === "PROJECT_LEAD" || inbox.mine.length > 0;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-1 text-sm text-slate-700">{t("currentPeriod", { period: periodLabel(tAll, inbox.current) })}</p>
      {inbox.reviews && <ReviewQueue rows={inbox.toReview} />}
      {drafts && <MyReportsTable rows={inbox.mine} current={inbox.current} />}
      {!inbox.reviews && !drafts && <p className="mt-8">{t("nothing")}</p>}
    </>
  );
}
