// The feedback form of a public initiative (issue 20, item 2). Rendered per request — unlike the
// cached initiative page — because the form carries a token signed with the time it was issued
// (lib/security/public-forms.ts): a cached page would hand every visitor the same, aging token.
// After a refused submission (?check=1) the errors and what was typed come back from the flash
// cookie the form's route set; after a successful one (?sent=1) a confirmation.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/public/feedback-form";
import { BackLink, DetailTitle } from "@/components/public/page-head";
import { isPublicSlug, publicLocale, type SlugPageProps } from "@/components/public/public-page";
import { db } from "@/lib/db/client";
import { FEEDBACK_FLASH_COOKIE, feedbackFormToken, type FeedbackFormValues } from "@/lib/feedback/submit";
import { localePath } from "@/lib/i18n/config";
import { contentString } from "@/lib/i18n/content";
import { decodeFlash } from "@/lib/security/public-form-post";

export const dynamic = "force-dynamic";

async function load(props: SlugPageProps) {
  const locale = await publicLocale(props.params);
  const { slug } = await props.params;
  if (!isPublicSlug(slug)) notFound();
  const initiative = await (await db()).initiative.findFirst({
    where: { slug, visibility: "PUBLIC", archivedAt: null },
    select: { id: true, slug: true, code: true, title: true, titleEn: true },
  });
  if (!initiative) notFound();
  return { locale, initiative };
}

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const { locale, initiative } = await load(props);
  const t = await getTranslations({ locale, namespace: "citizenFeedback" });
  return { title: t("pageTitle", { code: initiative.code }), robots: { index: false } };
}

export default async function FeedbackPage(props: SlugPageProps) {
  const { locale, initiative } = await load(props);
  const t = await getTranslations("citizenFeedback");
  const query = await props.searchParams;
  const flash = query.check === "1" ? decodeFlash((await cookies()).get(FEEDBACK_FLASH_COOKIE)?.value) : null;
  const sameForm = flash && flash.values.slug === initiative.slug;
  const title = contentString(locale, initiative.title, initiative.titleEn);
  return (
    <>
      <BackLink href={localePath(locale, `/initiatives/${initiative.slug}`)}>{t("backToInitiative", { code: initiative.code })}</BackLink>
      <DetailTitle className="mt-4">{t("heading")}</DetailTitle>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro", { code: initiative.code, title })}</p>
      {query.sent === "1" ? (
        <div role="status" className="mt-6 max-w-2xl rounded border border-green-700 bg-green-50 p-4" data-testid="feedback-sent">
          <p className="font-semibold">{t("sentHeading")}</p>
          <p className="mt-1">{t("sentText")}</p>
        </div>
      ) : (
        <FeedbackForm
          locale={locale}
          slug={initiative.slug}
          token={feedbackFormToken(initiative.id, new Date())}
          values={sameForm ? (flash.values as Partial<FeedbackFormValues>) : undefined}
          errors={sameForm ? flash.errors : undefined}
        />
      )}
    </>
  );
}
