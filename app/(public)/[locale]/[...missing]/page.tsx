// Any other address of the citizens' site: "not found" in the site's frame and language
// (app/(public)/[locale]/not-found.tsx). The site has its own root layout, so an unmatched public
// address must end here rather than in app/global-not-found.tsx.
import { notFound } from "next/navigation";
import { noStaticParams, publicLocale, type PublicPageProps } from "@/components/public/public-page";

export const generateStaticParams = noStaticParams;

export default async function MissingPublicPage({ params }: Pick<PublicPageProps, "params">) {
  await publicLocale(params);
  notFound();
}
