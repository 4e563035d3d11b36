// /initiatives with a query (filters, a page number; proxy.ts rewrites such requests here): the
// list as asked for, rendered per request. Its canonical address is /initiatives.
import { InitiativesListPage, initiativesListMetadata } from "@/components/public/list/initiatives-list-page";
import { publicLocale, type PublicPageProps } from "@/components/public/public-page";

export const dynamic = "force-dynamic";

export const generateMetadata = initiativesListMetadata;

export default async function FilteredInitiativesPage({ params, searchParams }: PublicPageProps) {
  return <InitiativesListPage locale={await publicLocale(params)} query={await searchParams} />;
}
