// Locations section of the internal initiative page: the initiative's points on the district map;
// forms to add and remove them only for those who may edit the initiative (the actions check again).
import { getLocale, getTranslations } from "next-intl/server";
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { CreateDisclosure } from "@/components/kpis/create-disclosure";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { isLocale } from "@/lib/i18n/config";
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
  const locale = await getLocale();
  type Row = (typeof locations)[number];
  const columns: DataTableColumn<Row>[] = [
    { id: "label", header: t("label"), rowHeader: true, cell: (l) => l.label },
    { id: "latitude", header: t("latitude"), cell: (l) => <span className="font-mono">{fmt(l.latitude)}</span> },
    { id: "longitude", header: t("longitude"), cell: (l) => <span className="font-mono">{fmt(l.longitude)}</span> },
  ];
  if (canEdit) {
    columns.push({
      id: "remove",
      header: t("remove"),
      cell: (l) => (
        <ActionForm action={removeInitiativeLocation} label={t("removeLabel", { label: l.label })}>
          <input type="hidden" name="id" value={l.id} />
          <SubmitButton variant="secondary">{t("remove")}</SubmitButton>
        </ActionForm>
      ),
    });
  }
  return (
    <CollapsibleSection id="locations" title={t("heading")}>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {locations.length === 0 ? (
        <p className="mt-2 text-sm">{t("none")}</p>
      ) : (
        <DataTable columns={columns} rows={locations} rowKey={(l) => l.id} caption={t("caption")} locale={isLocale(locale) ? locale : "de"} className="mt-2" testId="location-table" />
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
