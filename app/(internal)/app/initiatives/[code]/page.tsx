import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionsSection } from "@/components/decisions/decisions-section";
import { DocumentsSection } from "@/components/documents/documents-section";
import { DependenciesSection } from "@/components/dependencies/dependencies-section";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import { BudgetSection } from "@/components/initiatives/sections/budget-section";
import { HistorySection } from "@/components/initiatives/sections/history-section";
import { CommentsSection } from "@/components/initiatives/sections/comments-section";
import { KpisSection } from "@/components/initiatives/sections/kpis-section";
import { LocationsSection } from "@/components/initiatives/sections/locations-section";
import { MilestonesSection } from "@/components/initiatives/sections/milestones-section";
import { OverviewSection } from "@/components/initiatives/sections/overview-section";
import { ReportsSection } from "@/components/initiatives/sections/reports-section";
import { RisksSection } from "@/components/initiatives/sections/risks-section";
import { SectionNav } from "@/components/initiatives/section-nav";
import { FollowToggle } from "@/components/my-work/follow-toggle";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getInitiativeForViewer } from "@/lib/initiatives/queries";
import { isFollowing, markFollowSeen } from "@/lib/my-work/follows";
import { followInitiative, unfollowInitiative } from "@/lib/my-work/actions";

type Props = { params: Promise<{ code: string }> };

export default async function InternalInitiativePage({ params }: Props) {
  const { code } = await params;
  const user = await requireUser(`/app/initiatives/${encodeURIComponent(code)}`);
  if (!/^[A-Z0-9-]{1,20}$/.test(code)) notFound();
  const prisma = await db();
  const initiative = await getInitiativeForViewer(prisma, user, code);
  if (!initiative) notFound();
  const following = await isFollowing(prisma, user, initiative.id);
  // Opening the page is the visit "my work" counts changes since.
  if (following) await markFollowSeen(prisma, user, initiative.id);
  const tInit = await getTranslations("initiative");
  const tMta = await getTranslations("mta");
  const tNav = await getTranslations("initiativePageNav");
  const counted = (id: "milestones" | "kpis" | "risks" | "comments", count: number) => ({ id, label: tNav(id), count, countLabel: tNav("count", { count }) });
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">
        <span className="font-mono text-lg text-slate-700">{initiative.code}</span> {initiative.title}
      </h1>
      <FollowToggle initiative={initiative} following={following} follow={followInitiative} unfollow={unfollowInitiative} />
      <p className="mt-2">{initiative.summary}</p>
      <p className="mt-2 text-sm print:hidden">
        <Link href={`/app/initiatives/${initiative.code}/mta`} className="text-brand-700 underline underline-offset-2">{tMta("linkLabel")}</Link>
      </p>
      <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div><dt className="text-sm font-semibold">{tInit("fieldOfAction")}</dt><dd>{initiative.fieldOfAction.title}</dd></div>
        <div><dt className="text-sm font-semibold">{tInit("department")}</dt><dd>{initiative.department.name}</dd></div>
        <div><dt className="text-sm font-semibold">{tInit("status")}</dt><dd><StatusBadge status={initiative.status} /> <HealthBadge health={initiative.health} /></dd></div>
      </dl>
      {/* In the order of the sections below, so the strip reads like the page. */}
      <SectionNav
        label={tNav("label")}
        items={[
          { id: "overview", label: tNav("overview") },
          counted("milestones", initiative._count.milestones),
          { id: "dependencies", label: tNav("dependencies") },
          counted("kpis", initiative._count.kpis),
          { id: "reports", label: tNav("reports") },
          { id: "budget", label: tNav("budget") },
          counted("risks", initiative._count.risks),
          counted("comments", initiative._count.comments),
          { id: "decisions", label: tNav("decisions") },
          { id: "documents", label: tNav("documents") },
          { id: "history", label: tNav("history") },
        ]}
      />
      <OverviewSection initiativeId={initiative.id} viewer={user} />
      <MilestonesSection initiativeId={initiative.id} viewer={user} />
      <DependenciesSection initiativeId={initiative.id} viewer={user} />
      <KpisSection initiativeId={initiative.id} viewer={user} />
      <ReportsSection initiativeId={initiative.id} viewer={user} />
      <BudgetSection initiativeId={initiative.id} viewer={user} />
      <RisksSection initiativeId={initiative.id} viewer={user} />
      <LocationsSection initiativeId={initiative.id} viewer={user} />
      <CommentsSection initiativeId={initiative.id} viewer={user} />
      <DecisionsSection initiativeId={initiative.id} viewer={user} />
      <DocumentsSection initiativeId={initiative.id} viewer={user} />
      <HistorySection initiativeId={initiative.id} viewer={user} />
    </>
  );
}
