// One recorded mail (admins): headers, the text part, and the HTML part in a sandboxed frame
// (no scripts, no same-origin access), so a digest looks as its recipient sees it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { getMail } from "@/lib/mail/queries";

export default async function OutboxMailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser(`/app/admin/outbox/${id}`);
  if (!can(viewer, "mail.read")) notFound();
  const mail = await getMail(await db(), viewer, id);
  if (!mail) notFound();
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <>
      <p className="text-sm"><Link href="/app/admin/outbox" className="text-brand-700 underline underline-offset-2">{t("back")}</Link></p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">{mail.subject}</h1>
      <dl className="mt-4 grid max-w-3xl grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("to")}</dt><dd>{mail.toAddress}</dd>
        <dt className="font-semibold">{t("kindLabel")}</dt><dd>{t(`kind.${mail.kind}`)}</dd>
        <dt className="font-semibold">{t("statusLabel")}</dt><dd>{t(`status.${mail.status}`)}</dd>
        <dt className="font-semibold">{t("attempts")}</dt><dd>{mail.attempts}</dd>
        {mail.lastError && (<><dt className="font-semibold">{t("lastError")}</dt><dd>{mail.lastError}</dd></>)}
        <dt className="font-semibold">{t("created")}</dt><dd>{when(mail.createdAt)}</dd>
        <dt className="font-semibold">{t("sent")}</dt><dd>{when(mail.sentAt)}</dd>
      </dl>
      <h2 className="mt-6 text-lg font-semibold">{t("text")}</h2>
      <pre lang={mail.locale} className="mt-2 max-w-3xl overflow-x-auto whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 p-3 text-sm">{mail.textBody}</pre>
      <h2 className="mt-6 text-lg font-semibold">{t("html")}</h2>
      <iframe title={t("htmlFrame", { subject: mail.subject })} sandbox="" srcDoc={mail.htmlBody} className="mt-2 h-[32rem] w-full max-w-3xl rounded border border-slate-300 bg-white" />
    </>
  );
}
