// The council decisions on a public page (the plan, a field of action, an initiative): public
// decisions of public things only (lib/public/decision-queries.ts), in words. Nothing at all when
// there are none, so pages without decisions look as before.
import { getTranslations } from "next-intl/server";
import { PageSection } from "@/components/public/page-head";
import type { PublicDecision } from "@/lib/public/decision-queries";
import { DecisionWords } from "./decision-words";

export async function PublicDecisions({ decisions, id = "decisions-heading" }: { decisions: PublicDecision[]; id?: string }) {
  if (decisions.length === 0) return null;
  const t = await getTranslations("decisions");
  return (
    <PageSection id={id} heading={t("sectionTitle")}>
      <ul className="mt-3 space-y-3">
        {decisions.map((d) => (
          <li key={`${d.body}|${d.number}|${d.decidedOn}`} className="border-l-4 border-brand-600 pl-3" data-testid="public-decision">
            <DecisionWords decision={d} />
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
