// The form that deletes one row: which row and the version the user saw, and the button that asks
// before it sends ("Wirklich löschen?").
import type { ComponentProps, ReactNode } from "react";
import { ActionForm } from "./action-form";
import { ConfirmSubmitButton } from "./confirm-submit-button";
import { RowIds } from "./row-ids";

type Props = Omit<ComponentProps<typeof ActionForm>, "children" | "schema" | "booleans" | "resetOnSuccess"> & {
  row: { id: string; version: number };
  /** The button's text. */
  children: ReactNode;
  /** The form component, when a page wraps ActionForm (the admin pages' AdminActionForm). */
  as?: (props: ComponentProps<typeof ActionForm>) => ReactNode;
};

export function DeleteForm({ row, children, as: Form = ActionForm, ...form }: Props) {
  return (
    <Form {...form}>
      <RowIds row={row} />
      <ConfirmSubmitButton question="delete">{children}</ConfirmSubmitButton>
    </Form>
  );
}
