// The signed-in start page (/app): "Meine Arbeit / My work" — what is due for the viewer, by role
// (lib/my-work/queries.ts), with the milestone and report actions inline; the dashboard is one
// click away (/app/dashboard). Until the plan is set up it shows the setup checklist instead.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetupStart } from "@/components/dashboard/setup-start";
import { AdminSection } from "@/components/my-work/admin-section";
import { FollowsSection } from "@/components/my-work/follows-section";
import { LeadSection } from "@/components/my-work/lead-section";
import { OversightSection } from "@/components/my-work/oversight-section";
import { PublishSection } from "@/components/my-work/publish-section";
import { linkStyle } from "@/components/my-work/parts";
import type { WorkActions } from "@/components/my-work/types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countPendingFeedback } from "@/lib/feedback/queries";
import { getMyWork } from "@/lib/my-work/queries";
import { countPublishRequestsToDecide } from "@/lib/publish/queries";
import { loadSetupState } from "@/lib/plan/queries";
import { completeMilestone, moveForecast, reopenMilestone } from "@/lib/milestones/actions";
import { approveReport, returnReport } from "@/lib/reports/actions";

const actions: WorkActions = { milestone: { complete: completeMilestone, reopen: reopenMilestone, moveForecast }, approve: approveReport, returnReport };

export default async function MyWorkPage() {
  const user = await requireUser("/app");
  const prisma = await db();
  const setup = await loadSetupState(prisma, user);
  // A new installation: lead through the setup instead of showing empty lists.
  if (!setup.complete) return <SetupStart user={user} setup={setup} />;
  const [work, t, toDecide, feedbackWaiting] = await Promise.all([getMyWork(prisma, user), getTranslations("myWork"), countPublishRequestsToDecide(prisma, user), countPendingFeedback(prisma, user)]);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2">{t("welcome", { name: user.name })}</p>
      <p className="mt-2">
        <Link href="/app/dashboard" className={linkStyle}>{t("dashboardLink")}</Link>
      </p>
      {work.lead && <LeadSection lead={work.lead} today={work.today} period={work.period} actions={actions} />}
      {work.oversight && (
        <OversightSection work={work.oversight} today={work.today} lastPeriod={work.lastPeriod} actions={actions} />
      )}
      <PublishSection count={toDecide} />
      {feedbackWaiting > 0 && (
        <section aria-labelledby="feedback-waiting" className="mt-8">
          <h2 id="feedback-waiting" className="text-xl font-semibold">{t("feedbackHeading")}</h2>
          <p className="mt-2">
            <Link href="/app/feedback" className={linkStyle}>{t("feedbackWaiting", { count: feedbackWaiting })}</Link>
          </p>
        </section>
      )}
      {work.admin && <AdminSection admin={work.admin} />}
      <FollowsSection follows={work.follows} />
    </>
  );
}
