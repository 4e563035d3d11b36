// Locations section of the internal initiative page: the initiative's points on the district map;
// forms to add and remove them only for those who may edit the initiative (the actions check again).
import { getTranslations } from "next-intl/server";
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { CreateDisclosure } from "@/components/kpis/create-disclosure";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import { addInitiativeLocation, removeInitiativeLocation } from "@/lib/map/actions";
import { listInitiativeLocations } from "@/lib/map/queries";
import type { SectionProps } from "./section-props";

export async function LocationsSection({ initiativeId, viewer }: SectionProps) {
  const prisma = await db();
  const [facts, locations] = await Promise.all([loadInitiativeFacts(prisma, initiativeId), listInitiativeLocations(prisma, initiativeId)]);
  if (!facts) return null;
  const canEdit = can(viewer, "initiative.update", facts);
  const t = await getTranslations("initiativeLocations");
  const fmt = (n: number) => n.toFixed(5);
  return (
    <CollapsibleSection id="locations" title={t("heading")}>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {locations.length === 0 ? (
        <p className="mt-2 text-sm">{t("none")}</p>
      ) : (
        <table className="mt-2 text-sm" data-testid="location-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="pr-4">{t("label")}</th>
              <th scope="col" className="pr-4">{t("latitude")}</th>
              <th scope="col" className="pr-4">{t("longitude")}</th>
              {canEdit && <td />}
            </tr>
          </thead>
          <tbody>
            {locations.map((l) => (
              <tr key={l.id}>
                <th scope="row" className="pr-4 text-left font-normal">{l.label}</th>
                <td className="pr-4 font-mono">{fmt(l.latitude)}</td>
                <td className="pr-4 font-mono">{fmt(l.longitude)}</td>
                {canEdit && (
                  <td>
                    <ActionForm action={removeInitiativeLocation} label={t("removeLabel", { label: l.label })}>
                      <input type="hidden" name="id" value={l.id} />
                      <SubmitButton variant="secondary">{t("remove")}</SubmitButton>
                    </ActionForm>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <CreateDisclosure summary={t("add")} submitLabel={t("add")} action={addInitiativeLocation} schema="initiativeLocation.create" label={t("add")}>
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <Field name="label" label={t("label")} required wide />
          <Field name="latitude" label={t("latitude")} required />
          <Field name="longitude" label={t("longitude")} required />
        </CreateDisclosure>
      )}
    </CollapsibleSection>
  );
}
