// The parts the people and department editors of an initiative share (leads, deputies and
// editors, contributing departments): the "remove" button of a list entry, and the choice of a
// person to add.
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FormAction } from "./types";

type T = (key: string, values?: Record<string, string>) => string;

/** Removes one entry (a person by `userId`, a department by `departmentId`) after a confirmation; the entry's name is read out with the button. */
export function RemoveForm({ action, label, initiativeId, field, value, name, children, className }: {
  action: FormAction;
  label: string;
  initiativeId: string;
  field: "userId" | "departmentId";
  value: string;
  name: string;
  children: React.ReactNode;
  className: string;
}) {
  return (
    <ActionForm action={action} label={label} className={className}>
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name={field} value={value} />
      <ConfirmSubmitButton question="remove">
        {children}<span className="sr-only">: {name}</span>
      </ConfirmSubmitButton>
    </ActionForm>
  );
}

/** The options of the "person" select: "choose…", then each candidate with role and department. */
export function candidateOptions(candidates: { id: string; name: string; role: Role; departmentCode: string | null }[], t: T, tRole: T) {
  return [
    { value: "", label: t("edit.choose") },
    ...candidates.map((c) => ({
      value: c.id,
      label: c.departmentCode
        ? t("edit.candidate", { name: c.name, role: tRole(c.role), department: c.departmentCode })
        : t("edit.candidateNoDepartment", { name: c.name, role: tRole(c.role) }),
    })),
  ];
}
