"use client";
// The form around an initiative's master data, for "new" and "edit". It follows the initiative's
// code: a new initiative opens its own page; an edited code moves the page to its new address.
// For a new initiative it fills in the suggested code when a field of action is chosen, unless
// the user has typed a code of their own.
import { useRouter } from "next/navigation";
import { useCallback, useRef } from "react";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import type { FormSchemaName } from "@/lib/forms/action-schemas";
import type { CodeAction } from "./types";

export function InitiativeForm({
  action,
  schema,
  label,
  successMessage,
  className,
  suggestions,
  currentCode,
  children,
}: {
  action: CodeAction;
  /** The action's name, so the form checks input with its schema before sending. */
  schema?: FormSchemaName;
  label: string;
  successMessage?: string;
  className?: string;
  /** New initiatives: the suggested code per field of action id. */
  suggestions?: Record<string, string | null>;
  /** Editing: the code the page shows now. */
  currentCode?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const lastSuggestion = useRef<string>("");

  const onSuccess = useCallback(
    (data: { code: string }) => {
      if (data.code !== currentCode) router.push(`/app/initiatives/${encodeURIComponent(data.code)}`);
    },
    [currentCode, router],
  );

  function suggestCode(event: React.FormEvent<HTMLDivElement>) {
    const select = event.target;
    if (!suggestions || !(select instanceof HTMLSelectElement) || select.name !== "fieldOfActionId") return;
    const code = select.form?.elements.namedItem("code");
    if (!(code instanceof HTMLInputElement)) return;
    const next = suggestions[select.value] ?? "";
    if (code.value.trim() === "" || code.value === lastSuggestion.current) code.value = next;
    lastSuggestion.current = next;
  }

  return (
    <div onChange={suggestCode}>
      <AdminActionForm action={action} schema={schema} onSuccess={onSuccess} label={label} successMessage={successMessage} className={className}>
        {children}
      </AdminActionForm>
    </div>
  );
}
