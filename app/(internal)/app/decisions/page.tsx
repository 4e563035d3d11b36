// The register of council decisions (Ratsbeschlüsse): every decision in words with what it is
// attached to (the masterplan, fields of action, initiatives). Every signed-in user reads it; admins
// (councilDecision.manage) record decisions for the plan and its fields, attach, edit and delete
// them. Leads record and attach decisions on their initiative's page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { TargetedDecisionForm } from "@/components/decisions/targeted-form";
import { DecisionFields } from "@/components/decisions/decision-fields";
import { DecisionWords } from "@/components/decisions/decision-words";
import { PageHeading } from "@/components/layout/page-heading";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { attachDecision, createDecision, deleteDecision, detachDecision, updateDecision } from "@/lib/decisions/actions";
import { listDecisionRegister } from "@/lib/decisions/queries";

export default async function DecisionsPage() {
  const viewer = await requireUser("/app/decisions");
  const register = await listDecisionRegister(await db(), viewer);
  const [t, tf] = await Promise.all([getTranslations("decisions"), getTranslations("forms")]);
  const targets = [
    ...(register.masterplan ? [{ value: `masterplan:${register.masterplan.id}`, label: t("targetMasterplan", { title: register.masterplan.title }) }] : []),
    ...register.fields.map((f) => ({ value: `field:${f.id}`, label: t("targetField", { code: f.code, title: f.title }) })),
  ];
  // "kind:id" in one select; TargetedDecisionForm splits it into the action's two fields.
  const grid = "grid gap-3 sm:grid-cols-2 sm:items-start";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {register.decisions.length === 0 && <p className="mt-6">{t("empty")}</p>}
      <ul className="mt-6 space-y-4">
        {register.decisions.map((d) => (
          <li key={d.id} className="rounded border border-slate-200 p-3" data-testid="register-decision">
            <DecisionWords decision={d} />
            {!d.isPublic && <span className="mt-1 inline-block rounded bg-slate-200 px-2 text-xs text-slate-900">{t("internal")}</span>}
            <p className="mt-2 text-sm font-semibold">{t("attachedTo")}</p>
            {d.links.length === 0 ? (
              <p className="text-sm">{t("notAttached")}</p>
            ) : (
              <ul className="text-sm">
                {d.links.map((l) => (
                  <li key={l.id} className="flex flex-wrap items-center gap-2">
                    {l.href ? <Link href={l.href} className="text-brand-700 underline underline-offset-2">{l.label}</Link> : <span>{l.label}</span>}
                    {register.canManage && (
                      <AdminActionForm action={detachDecision} label={t("detachLabel", { number: d.number })}>
                        <input type="hidden" name="linkId" value={l.id} />
                        <SubmitButton variant="secondary">{t("detach")}</SubmitButton>
                      </AdminActionForm>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {register.canManage && (
              <>
                <TargetedDecisionForm action={attachDecision} label={t("attachLabel")} className={`mt-2 ${grid}`}>
                  <input type="hidden" name="decisionId" value={d.id} />
                  <Field name="target" label={t("target")} type="select" options={targets} required />
                  <div><SubmitButton variant="secondary">{t("attach")}</SubmitButton></div>
                </TargetedDecisionForm>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-brand-700">{t("edit", { number: d.number })}</summary>
                  <AdminActionForm action={updateDecision} schema="councilDecision.update" label={t("edit", { number: d.number })} booleans={["isPublic"]} className={`mt-2 ${grid}`}>
                    <RowIds row={d} />
                    <DecisionFields decision={d} />
                    <div><SubmitButton>{tf("save")}</SubmitButton></div>
                  </AdminActionForm>
                </details>
                <DeleteForm as={AdminActionForm} action={deleteDecision} row={d} label={t("deleteLabel", { number: d.number })}>
                  {t("delete")}
                </DeleteForm>
              </>
            )}
          </li>
        ))}
      </ul>
      {register.canManage && targets.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">{t("new")}</h2>
          <TargetedDecisionForm action={createDecision} label={t("newLabel")} booleans={["isPublic"]} resetOnSuccess successMessage={t("created")} className={`mt-2 ${grid}`}>
            <Field name="target" label={t("target")} type="select" options={targets} required wide />
            <DecisionFields />
            <div><SubmitButton>{tf("create")}</SubmitButton></div>
          </TargetedDecisionForm>
        </>
      )}
    </>
  );
}
