import { getTranslations } from "next-intl/server";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/account/actions";

export default async function ChangePasswordPage() {
  const user = await requireUser("/app/account/password");
  const t = await getTranslations("account");
  const me = await (await db()).user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } });
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">{t("passwordTitle")}</h1>
      {me.mustChangePassword && <p role="note" className="mt-2 rounded bg-amber-50 p-2">{t("mustChange")}</p>}
      <ActionForm action={changeOwnPassword} schema="account.changePassword" label={t("passwordTitle")} booleans={["revokeTokens"]} successMessage={t("changed")} className="mt-4 space-y-3">
        <Field name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required />
        <Field name="newPassword" type="password" label={t("newPassword")} hint={t("policyHint")} autoComplete="new-password" required />
        <Field name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" required />
        {/* Ticked after a temporary password: whoever knew it may have created a token. */}
        <Field name="revokeTokens" type="checkbox" label={t("revokeTokens")} hint={t("revokeTokensHint")} defaultValue={me.mustChangePassword} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
