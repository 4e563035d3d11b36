"use client";
// Everything an admin can do with one account: edit name/role/department, deactivate or
// reactivate, reset the password by one-time link or temporary password (shown once), and end
// all of the account's signed-in sessions.
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { SubmitButton } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { RowIds } from "@/components/ui/row-ids";
import type { ActionResult } from "@/lib/actions/define-action";
import type { Role } from "@/lib/generated/prisma/enums";
import { AdminActionForm } from "./admin-action-form";
import { absoluteUrl, OneTimeSecret, type OneTimeSecretValue } from "./one-time-secret";
import { UserFields, type DepartmentOption, type PartnerOption } from "./user-fields";

type ServerFn<T> = (raw: unknown) => Promise<ActionResult<T>>;

export type UserPanelActions = {
  update: ServerFn<unknown>;
  deactivate: ServerFn<unknown>;
  reactivate: ServerFn<unknown>;
  issueLink: ServerFn<{ path: string; expiresAt: Date; mailed?: boolean; email?: string }>;
  issueTemporary: ServerFn<{ password: string }>;
  endSessions: ServerFn<{ ended: number }>;
};

export type UserPanelUser = { id: string; name: string; role: Role; departmentId: string | null; partnerId: string | null; active: boolean; version: number; openSessions: number };

export function UserAdminPanel({
  user,
  isSelf,
  departments,
  partners,
  actions,
}: {
  user: UserPanelUser;
  isSelf: boolean;
  departments: DepartmentOption[];
  partners: PartnerOption[];
  actions: UserPanelActions;
}) {
  const t = useTranslations("users");
  const tf = useTranslations("forms");
  const [secret, setSecret] = useState<OneTimeSecretValue | null>(null);
  const onLink = useCallback(
    (d: { path: string; expiresAt: Date; mailed?: boolean; email?: string }) =>
      setSecret({ kind: "link", value: absoluteUrl(d.path), expiresAt: d.expiresAt, mailedTo: d.mailed ? d.email : undefined }),
    [],
  );
  const onTemporary = useCallback((d: { password: string }) => setSecret({ kind: "password", value: d.password }), []);
  const ids = (
    <>
      <RowIds row={user} />
    </>
  );
  return (
    <div className="space-y-4 py-2">
      {isSelf && <p className="text-sm text-slate-700">{t("ownAccountNote")}</p>}
      <AdminActionForm action={actions.update} schema="user.update" label={t("editLabel", { name: user.name })} className="grid gap-3 sm:grid-cols-[1fr_12rem_1fr_auto] sm:items-start">
        {ids}
        <UserFields departments={departments} partners={partners} defaults={user} lockRole={isSelf} />
        <div className="sm:mt-6">
          <SubmitButton>{tf("save")}</SubmitButton>
        </div>
      </AdminActionForm>

      {!isSelf &&
        (user.active ? (
          <AdminActionForm action={actions.deactivate} label={t("deactivateLabel", { name: user.name })}>
            {ids}
            <ConfirmSubmitButton question="deactivate">{t("deactivate")}</ConfirmSubmitButton>
          </AdminActionForm>
        ) : (
          <AdminActionForm action={actions.reactivate} label={t("reactivateLabel", { name: user.name })}>
            {ids}
            <SubmitButton variant="secondary">{t("reactivate")}</SubmitButton>
          </AdminActionForm>
        ))}

      <section className="rounded border border-slate-200 p-3">
        <h3 className="font-semibold">{t("sessionsHeading")}</h3>
        <p className="mt-1 text-sm text-slate-700">
          {t("sessionsOpen", { count: user.openSessions })} {t("endSessionsNote")} {isSelf && t("endSessionsOwnNote")}
        </p>
        <AdminActionForm action={actions.endSessions} label={t("endSessionsLabel", { name: user.name })} successMessage={t("sessionsEnded")} className="mt-2">
          <input type="hidden" name="id" value={user.id} />
          <ConfirmSubmitButton question="endSessions">{t("endSessions")}</ConfirmSubmitButton>
        </AdminActionForm>
      </section>

      {/* Own password: not here. Resetting it would end this very session and lose the secret. */}
      {!isSelf && (
      <section className="rounded border border-slate-200 p-3">
        <h3 className="font-semibold">{t("passwordHeading")}</h3>
        {user.active ? (
          <>
            <p className="mt-1 text-sm text-slate-700">{t("passwordNote")}</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <AdminActionForm action={actions.issueLink} onSuccess={onLink} label={t("issueLinkLabel", { name: user.name })}>
                <input type="hidden" name="id" value={user.id} />
                <SubmitButton variant="secondary">{t("issueLink")}</SubmitButton>
              </AdminActionForm>
              <AdminActionForm action={actions.issueTemporary} onSuccess={onTemporary} label={t("issueTemporaryLabel", { name: user.name })}>
                <input type="hidden" name="id" value={user.id} />
                <SubmitButton variant="secondary">{t("issueTemporary")}</SubmitButton>
              </AdminActionForm>
            </div>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700">{t("inactiveNoReset")}</p>
        )}
        {secret && <OneTimeSecret secret={secret} onDismiss={() => setSecret(null)} />}
      </section>
      )}
    </div>
  );
}
