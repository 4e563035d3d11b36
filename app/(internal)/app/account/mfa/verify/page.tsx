import { PageClientMessages } from "@/components/layout/client-messages";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProveForm } from "@/components/account/mfa-panel";
import { requireUser } from "@/lib/auth/session";
import { verifyMfa } from "@/lib/account/actions";

/** A session that owes its code (SSO without an MFA assertion, or opened before enrolment). */
export default async function VerifyMfaPage() {
  const user = await requireUser("/app/account/mfa/verify");
  if (user.session.mfa !== "verify") redirect("/app");
  const t = await getTranslations("mfa");
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">{t("verifyTitle")}</h1>
      <p className="mt-2">{t("verifyIntro")}</p>
      <PageClientMessages page="mfa">
      <ProveForm action={verifyMfa} next="/app" withPassword={false} withCode submitLabel={t("verifySubmit")} />
      </PageClientMessages>
    </div>
  );
}
