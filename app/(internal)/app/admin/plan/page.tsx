// Plan setup (admins): the masterplan, its fields of action and the districts, on one screen.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DistrictsSection, FieldsSection, MasterplanSection } from "@/components/admin/plan/plan-sections";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadPlanSetup } from "@/lib/plan/queries";
import * as a from "@/lib/plan/actions";
import { PageHeading } from "@/components/layout/page-heading";

export default async function PlanSetupPage() {
  const viewer = await requirePermission("structure.manage", "/app/admin/plan");
  const plan = await loadPlanSetup(await db(), viewer);
  const [t, tk] = await Promise.all([getTranslations("planSetup"), getTranslations("planKpis")]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-1 max-w-3xl">
        <Link href="/app/kpis/plan" className="text-brand-700 underline underline-offset-2">{tk("setupLink")}</Link>
      </p>
      <MasterplanSection masterplan={plan.masterplan} create={a.createMasterplan} update={a.updateMasterplan} />
      <FieldsSection
        fields={plan.fields}
        hasMasterplan={plan.masterplan !== null}
        actions={{
          create: a.createFieldOfAction,
          update: a.updateFieldOfAction,
          move: a.moveFieldOfAction,
          archive: a.archiveFieldOfAction,
          unarchive: a.unarchiveFieldOfAction,
          remove: a.deleteFieldOfAction,
        }}
      />
      <DistrictsSection
        districts={plan.districts}
        actions={{ create: a.createDistrict, update: a.updateDistrict, archive: a.archiveDistrict, unarchive: a.unarchiveDistrict, remove: a.deleteDistrict }}
      />
    </>
  );
}
