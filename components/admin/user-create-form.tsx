"use client";
// "New account": creates a user without a password and shows the one-time link to set one, once.
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Field, SubmitButton } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";
import { AdminActionForm } from "./admin-action-form";
import { absoluteUrl, OneTimeSecret, type OneTimeSecretValue } from "./one-time-secret";
import { UserFields, type DepartmentOption, type PartnerOption } from "./user-fields";

type Created = { path: string; expiresAt: Date; mailed?: boolean; user?: { email: string } };

export function UserCreateForm({
  action,
  departments,
  partners,
}: {
  action: (raw: unknown) => Promise<ActionResult<Created>>;
  departments: DepartmentOption[];
  partners: PartnerOption[];
}) {
  const t = useTranslations("users");
  const [secret, setSecret] = useState<OneTimeSecretValue | null>(null);
  const onSuccess = useCallback((data: Created) => setSecret({ kind: "link", value: absoluteUrl(data.path), expiresAt: data.expiresAt, mailedTo: data.mailed ? data.user?.email : undefined }), []);
  return (
    <>
      <AdminActionForm
        action={action} schema="user.create"
        onSuccess={onSuccess}
        label={t("new")}
        resetOnSuccess
        successMessage={t("secret.created")}
        className="mt-2 grid gap-3 sm:grid-cols-2"
      >
        <Field name="email" label={t("email")} type="email" required autoComplete="off" />
        <UserFields departments={departments} partners={partners} />
        <div className="self-end">
          <SubmitButton>{t("create")}</SubmitButton>
        </div>
      </AdminActionForm>
      {secret && <OneTimeSecret secret={secret} onDismiss={() => setSecret(null)} />}
    </>
  );
}
