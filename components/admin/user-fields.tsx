"use client";
// The fields shared by "create account" and "edit account": name, role, department and (for a
// partner contact) the partner they act for.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/action-form";
import { Role } from "@/lib/generated/prisma/enums";

export type DepartmentOption = { id: string; code: string; name: string };
export type PartnerOption = { id: string; name: string };

export function UserFields({
  departments,
  partners,
  defaults,
  lockRole = false,
}: {
  departments: DepartmentOption[];
  partners: PartnerOption[];
  defaults?: { name: string; role: Role; departmentId: string | null; partnerId: string | null };
  /** Own account: the role cannot be changed (an admin keeps their admin role). */
  lockRole?: boolean;
}) {
  const t = useTranslations("users");
  const tRole = useTranslations("role");
  const roles = lockRole && defaults ? [defaults.role] : Object.values(Role);
  return (
    <>
      <Field name="name" label={t("name")} defaultValue={defaults?.name} required autoComplete="off" />
      <Field
        name="role"
        label={t("role")}
        type="select"
        defaultValue={defaults?.role ?? "VIEWER"}
        options={roles.map((r) => ({ value: r, label: tRole(r) }))}
        required
      />
      <Field
        name="departmentId"
        label={t("department")}
        type="select"
        hint={t("departmentHint")}
        defaultValue={defaults?.departmentId ?? ""}
        options={[{ value: "", label: t("noDepartment") }, ...departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))]}
      />
      <Field
        name="partnerId"
        label={t("partner")}
        type="select"
        hint={t("partnerHint")}
        defaultValue={defaults?.partnerId ?? ""}
        options={[{ value: "", label: t("noPartner") }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
      />
    </>
  );
}
