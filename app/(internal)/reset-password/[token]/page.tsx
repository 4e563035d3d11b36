// Public page behind a one-time password reset link. The token in the address is the credential:
// the page never sends it elsewhere (no referrer), and tells only whether it can still be used.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { PageClientMessages } from "@/components/layout/client-messages";
import { SiteShell } from "@/components/layout/site-shell";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isResetLinkUsable } from "@/lib/users/password-reset";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.reset");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isResetLinkUsable(await db(), token);
  const t = await getTranslations("users.reset");
  return (
    <PageClientMessages page="signIn">
    <SiteShell isExample={env().demoMode}>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        {usable ? (
          <>
            <p className="mt-2 text-slate-700">{t("intro")}</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">{t("invalidLink")}</p>
        )}
      </div>
    </SiteShell>
    </PageClientMessages>
  );
}
