"use client";
// ActionForm for the admin pages, with two additions: a conflict that is tied to a field (a name
// or email already taken) is presented like a validation error, since ActionForm's generic conflict
// text speaks of concurrent edits; and `onSuccess` receives the action's data, e.g. a one-time
// secret to show.
import { useCallback } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/define-action";

type Props<T> = Omit<React.ComponentProps<typeof ActionForm>, "action"> & {
  action: (raw: unknown) => Promise<ActionResult<T>>;
  onSuccess?: (data: T) => void;
};

export function AdminActionForm<T>({ action, onSuccess, ...props }: Props<T>) {
  const wrapped = useCallback(
    async (raw: unknown): Promise<ActionResult<unknown>> => {
      const result = await action(raw);
      if (result.ok) {
        onSuccess?.(result.data);
        return result;
      }
      const fieldConflict = result.code === "CONFLICT" && !!result.fieldErrors && result.current === undefined;
      return fieldConflict ? { ...result, code: "VALIDATION" } : result;
    },
    [action, onSuccess],
  );
  return <ActionForm {...props} action={wrapped} />;
}
