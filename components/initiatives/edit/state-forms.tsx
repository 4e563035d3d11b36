// The small forms of the overview: status and health (Status und Lage), visibility, and archive.
// Each sends the initiative's version, so a change made meanwhile by someone else is not overwritten.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import { db } from "@/lib/db/client";
import { publishReviewOn } from "@/lib/publish/gate";
import { pendingRequestFor } from "@/lib/publish/queries";
import { Visibility, type Health, type InitiativeStatus } from "@/lib/generated/prisma/enums";
import type { HealthSuggestion } from "@/lib/initiatives/health-suggestion";
import { StatusFields } from "./master-data-fields";
import type { FormAction } from "./types";

type Target = { id: string; version: number };

function Ids({ i }: { i: Target }) {
  return (
    <>
        <RowIds row={i} />
    </>
  );
}

/** `suggestion`: the health suggested by the data that the server checks a greener choice against. */
export async function StatusForm({
  i,
  action,
  suggestion,
}: {
  i: Target & { status: InitiativeStatus; health: Health; healthReason: string | null };
  action: FormAction;
  suggestion?: HealthSuggestion | null;
}) {
  const t = await getTranslations("initiatives");
  return (
    <ActionForm action={action} schema="initiative.setStatus" label={t("edit.status")} className="grid gap-3 sm:grid-cols-2">
      <Ids i={i} />
      <StatusFields defaults={i} suggestion={suggestion} />
      <div className="sm:col-span-2"><SubmitButton>{t("edit.save")}</SubmitButton></div>
    </ActionForm>
  );
}

export async function VisibilityForm({ i, action }: { i: Target & { visibility: Visibility }; action: FormAction }) {
  const [t, tVisibility, tPublish, format, pending] = await Promise.all([
    getTranslations("initiatives"),
    getTranslations("visibility"),
    getTranslations("publish"),
    getFormatter(),
    db().then((database) => pendingRequestFor(database, "INITIATIVE", i.id)),
  ]);
  return (
    <>
    {pending && (
      <p className="mb-2 text-sm font-semibold">
        <Link href="/app/publications" className="text-brand-700 underline underline-offset-2">
          {tPublish("pendingNote", { name: pending.requestedBy?.name ?? "–", at: format.dateTime(pending.requestedAt, { dateStyle: "medium" }) })}
        </Link>
      </p>
    )}
    <ActionForm action={action} schema="initiative.setVisibility" label={t("edit.visibility")} className="grid gap-3 sm:grid-cols-[minmax(0,20rem)_auto] sm:items-start">
      <Ids i={i} />
      <Field name="visibility" type="select" label={t("field.visibility")} hint={t("field.visibilityHint")} defaultValue={i.visibility} required
        options={Object.values(Visibility).map((v) => ({ value: v, label: tVisibility(v) }))} />
      <div className="sm:mt-6"><SubmitButton>{t("edit.save")}</SubmitButton></div>
    </ActionForm>
    </>
  );
}

export async function ArchiveForm({ i, archive, unarchive }: { i: Target & { archivedAt: Date | null; visibility: Visibility }; archive: FormAction; unarchive: FormAction }) {
  const t = await getTranslations("initiatives");
  const archived = !!i.archivedAt;
  // A public initiative comes back internal under PUBLISH_REVIEW, until another person approves it (lib/initiatives/mutations/state.ts).
  const backInternal = archived && i.visibility === "PUBLIC" && publishReviewOn();
  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <h4 className="font-semibold">{t("edit.archiveHeading")}</h4>
      <p className="mt-1 text-sm text-slate-700">{archived ? t("edit.archivedNote") : t("edit.archiveHint")}</p>
      {backInternal && <p className="mt-1 text-sm text-slate-700">{t("edit.unarchiveReviewNote")}</p>}
      <ActionForm action={archived ? unarchive : archive} label={t(archived ? "edit.unarchive" : "edit.archive")} className="mt-2">
        <Ids i={i} />
        <SubmitButton variant={archived ? "secondary" : "danger"}>{t(archived ? "edit.unarchive" : "edit.archive")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
