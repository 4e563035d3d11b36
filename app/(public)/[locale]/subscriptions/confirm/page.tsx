// The page the confirm link in a subscription mail opens: one button that posts the signed token
// (a mail scanner opening the link changes nothing), then the outcome (?done=1, ?invalid=1).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DetailTitle } from "@/components/public/page-head";
import { publicLocale, type PublicPageProps } from "@/components/public/public-page";
import { TokenButtonForm } from "@/components/public/subscribe-form";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PublicPageProps): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "subscriptions" });
  return { title: t("confirm.title"), robots: { index: false } };
}

export default async function ConfirmPage({ params, searchParams }: PublicPageProps) {
  const locale = await publicLocale(params);
  const query = await searchParams;
  const t = await getTranslations("subscriptions");
  const token = typeof query.token === "string" ? query.token.slice(0, 300) : null;
  return (
    <>
      <DetailTitle>{t("confirm.title")}</DetailTitle>
      {query.done === "1" ? (
        <p role="status" className="mt-4 max-w-2xl" data-testid="subscription-confirm-done">{t("confirm.done")}</p>
      ) : query.invalid === "1" || !token ? (
        <p role="alert" className="mt-4 max-w-2xl">{t("confirm.invalid")}</p>
      ) : (
        <>
          <p className="mt-4 max-w-2xl">{t("confirm.intro")}</p>
          <TokenButtonForm action="/api/public/subscriptions/confirm" token={token} locale={locale} label={t("confirm.button")} testId="subscription-confirm-button" />
        </>
      )}
    </>
  );
}
