import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm, SsoButton } from "@/components/auth/login-form";
import { PageClientMessages } from "@/components/layout/client-messages";
import { SiteShell } from "@/components/layout/site-shell";
import { demoPasswordWorks } from "@/lib/auth/demo-accounts";
import { currentUser } from "@/lib/auth/session";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Anmelden", robots: { index: false } };


/** Only same-site paths may be a target after sign-in (no open redirects). */
function safeCallback(raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && /^\/(?!\/)[\w\-./?=&%]*$/.test(v) ? v : "/app";
}

/** The address the browser used, when it is not the configured APP_URL (sign-in would continue there). */
async function otherAddress(appUrl: string): Promise<string | null> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return null;
  const configured = new URL(appUrl);
  return host.toLowerCase() === configured.host.toLowerCase() ? null : `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const e = env();
  const showDemo = e.demoMode && (await demoPasswordWorks(await db()));
  const openedAt = e.appUrlConfigured ? await otherAddress(e.appUrl) : null;
  const errorCode = Array.isArray(params.error) ? params.error[0] : params.error;
  const initialError = errorCode === "SsoNoAccount" || errorCode === "AccessDenied" ? t("ssoNoAccount", { site: (await getCityBrand(await db())).siteTitle }) : errorCode ? t("failed") : undefined;
  return (
    <PageClientMessages page="signIn">
    <SiteShell isExample={e.demoMode}>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        {openedAt && (
          <p role="note" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            {t.rich("otherAddress", {
              here: openedAt,
              configured: e.appUrl,
              link: (chunks) => <a href={`${e.appUrl}/login`} className="font-medium underline">{chunks}</a>,
            })}
          </p>
        )}
        {e.oidc && (
          <div className="mt-6">
            <SsoButton label={t("sso", { name: e.oidc.name })} callbackUrl={callbackUrl} />
            <p className="mt-4 text-center text-sm text-slate-700">{t("or")}</p>
          </div>
        )}
        <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        {showDemo && (
          <section aria-labelledby="demo-heading" className="mt-8 rounded border border-amber-300 bg-amber-50 p-4 text-sm">
            <h2 id="demo-heading" className="font-semibold">{t("demoTitle")}</h2>
            <p className="mt-1">{t("demoText", { password: DEMO_PASSWORD })}</p>
            <p className="mt-2 font-medium">{t("demoAccounts")}:</p>
            <ul className="list-disc pl-5 font-mono">
              {DEMO_ACCOUNTS.map((a) => <li key={a}>{a}</li>)}
            </ul>
          </section>
        )}
      </div>
    </SiteShell>
    </PageClientMessages>
  );
}
