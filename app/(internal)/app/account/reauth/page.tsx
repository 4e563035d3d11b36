import { PageClientMessages } from "@/components/layout/client-messages";
import { getTranslations } from "next-intl/server";
import { ProveForm } from "@/components/account/mfa-panel";
import { SsoReauthButton } from "@/components/auth/login-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { reauthenticate } from "@/lib/account/actions";

/** Only same-site paths of the app may be a target afterwards (no open redirects). */
function safeNext(raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && /^\/app(?:[/?][\w\-./?=&%]*)?$/.test(v) ? v : "/app";
}

/** Fresh proof of the credentials for sensitive actions (roles, accounts, tokens, imports). */
export default async function ReauthPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/app/account/reauth");
  const next = safeNext((await searchParams).callbackUrl);
  const t = await getTranslations("mfa");
  const me = await (await db()).user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, mfaEnabledAt: true } });
  const oidc = env().oidc;
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold text-brand-900">{t("reauthTitle")}</h1>
      <p className="mt-2">{t("reauthIntro")}</p>
      {me.passwordHash ? (
        <>
          {me.mfaEnabledAt && <p className="mt-2">{t("reauthIntroCode")}</p>}
          <PageClientMessages page="mfa">
          <ProveForm action={reauthenticate} next={next} withPassword withCode={!!me.mfaEnabledAt} submitLabel={t("reauthSubmit")} />
          </PageClientMessages>
        </>
      ) : (
        // Single sign-on users prove themselves at the identity provider again (prompt=login).
        oidc && <div className="mt-4"><SsoReauthButton label={t("reauthSso", { name: oidc.name })} callbackUrl={next} /></div>
      )}
    </div>
  );
}
