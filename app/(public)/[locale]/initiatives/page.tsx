// /initiatives without a query: the first page of the unfiltered list, the same for everyone, so
// it is served from the page cache. With a query, proxy.ts serves ./~query/page.tsx instead.
import { InitiativesListPage, initiativesListMetadata } from "@/components/public/list/initiatives-list-page";
import { publicLocale, type PublicPageProps } from "@/components/public/public-page";

export const generateMetadata = initiativesListMetadata;

export default async function InitiativesPage({ params }: Pick<PublicPageProps, "params">) {
  return <InitiativesListPage locale={await publicLocale(params)} query={{}} />;
}
