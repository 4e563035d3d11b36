// The public documents of a public initiative (lib/public/decision-queries.ts), each a download
// through /api/public/documents/<id>. Nothing at all when there are none.
import { getLocale, getTranslations } from "next-intl/server";
import { PageSection } from "@/components/public/page-head";
import { formatSize } from "@/lib/documents/types";
import type { PublicDocument } from "@/lib/public/decision-queries";
import { typeKey } from "./type-label";

export async function PublicDocuments({ documents }: { documents: PublicDocument[] }) {
  if (documents.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("documents"), getLocale()]);
  return (
    <PageSection id="documents-heading" heading={t("publicHeading")}>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {documents.map((d) => (
          <li key={d.id} data-testid="public-document">
            <a href={`/api/public/documents/${d.id}`} download={d.name} className="text-brand-700 underline underline-offset-2" aria-label={t("download", { name: d.name })}>
              {d.name}
            </a>{" "}
            <span className="text-sm text-slate-700">
              ({t(`typeName.${typeKey(d.contentType)}`)}, {formatSize(d.size, locale)}){d.period && <> · {t("ofReport", { period: d.period })}</>}
            </span>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
