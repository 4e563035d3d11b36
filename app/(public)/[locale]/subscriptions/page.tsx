// Subscribe by e-mail to an initiative, a field of action or the whole masterplan (issue 20,
// item 3): ?target=initiative:<slug> | field:<slug> | all. Rendered per request (its form token
// carries the time it was issued). After sending, the same confirmation whatever the address.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailTitle } from "@/components/public/page-head";
import { publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { SubscribeForm } from "@/components/public/subscribe-form";
import { db } from "@/lib/db/client";
import { decodeFlash } from "@/lib/security/public-form-post";
import { findSubscriptionTarget, SUBSCRIBE_FLASH_COOKIE, subscribeFormToken } from "@/lib/subscriptions/subscribe";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "subscriptions" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SubscribePage({ params, searchParams }: PublicPageProps) {
  const locale = await publicLocale(params);
  const query = await searchParams;
  const asked = typeof query.target === "string" ? query.target : "all";
  const target = await findSubscriptionTarget(await db(), asked, locale);
  if (!target) notFound();
  const t = await getTranslations("subscriptions");
  const flash = query.check === "1" ? decodeFlash((await cookies()).get(SUBSCRIBE_FLASH_COOKIE)?.value) : null;
  const same = flash && flash.values.target === asked;
  return (
    <>
      <DetailTitle>{t("title")}</DetailTitle>
      <p className="mt-2 max-w-3xl">{t(`intro.${target.scope}`, { target: target.label })}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("privacyNote")}</p>
      {query.sent === "1" ? (
        <div role="status" className="mt-6 max-w-xl rounded border border-green-700 bg-green-50 p-4" data-testid="subscribe-sent">
          <p className="font-semibold">{t("sentHeading")}</p>
          <p className="mt-1">{t("sentText")}</p>
        </div>
      ) : (
        <SubscribeForm
          locale={locale}
          target={asked}
          token={subscribeFormToken(target.targetKey, new Date())}
          values={same ? (flash.values as { email?: string; consent?: boolean }) : undefined}
          errors={same ? flash.errors : undefined}
        />
      )}
    </>
  );
}
