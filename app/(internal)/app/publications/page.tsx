// Four eyes before publishing (PUBLISH_REVIEW): the pending publication requests with the diff of
// what would become visible, the decisions the viewer may take, and who published what and when.
// Every signed-in user may open it; what it lists is scoped by the viewer in the query.
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { PublicationHistoryTable } from "@/components/publish/history-table";
import { DecidedPublishTable } from "@/components/publish/decided-table";
import { PublishRequestCard } from "@/components/publish/request-card";
import { can } from "@/lib/authz/policy";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { approvePublish, rejectPublish, withdrawPublish } from "@/lib/publish/actions";
import { listPublicationHistory } from "@/lib/publish/history";
import { listDecidedPublishRequests, listPendingPublishRequests } from "@/lib/publish/queries";

export default async function PublicationsPage() {
  const viewer = await requireUser("/app/publications");
  const database = await db();
  const [pending, decided, t] = await Promise.all([
    listPendingPublishRequests(database, viewer),
    listDecidedPublishRequests(database, viewer),
    getTranslations("publish"),
  ]);
  const history = can(viewer, "audit.read") ? await listPublicationHistory(database, viewer) : null;
  const actions = { approve: approvePublish, reject: rejectPublish, withdraw: withdrawPublish };
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-2 max-w-3xl text-sm">{env().publishReview ? t("unpublishNote") : t("off")}</p>
      <section aria-labelledby="publish-pending" className="mt-8">
        <h2 id="publish-pending" className="text-xl font-semibold">{t("pendingHeading")}</h2>
        {pending.length === 0 ? <p className="mt-2">{t("pendingEmpty")}</p> : pending.map((r) => <PublishRequestCard key={r.id} r={r} actions={actions} />)}
      </section>
      <DecidedPublishTable rows={decided} />
      {history && <PublicationHistoryTable rows={history} />}
    </>
  );
}
