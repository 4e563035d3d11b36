// The closed "new …" panel under a list of KPIs, risks or budget lines: the form that creates one,
// laid out in two columns with its create button last; and the list of cards above it.
import type { ComponentProps, ReactNode } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Disclosure } from "./disclosure";

type FormProps = Omit<ComponentProps<typeof ActionForm>, "className" | "resetOnSuccess">;

export function CreateDisclosure({ summary, submitLabel, ...form }: FormProps & { summary: string; submitLabel: string }) {
  return (
    <Disclosure summary={summary} className="mt-4">
      <ActionForm {...form} resetOnSuccess className="grid gap-3 sm:grid-cols-2">
        {form.children}
        <div className="sm:col-span-2">
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      </ActionForm>
    </Disclosure>
  );
}

/** One card per item, or the sentence saying there are none. */
export function CardList<T extends { id: string }>({ items, empty, emptyClassName = "mt-2", card }: { items: T[]; empty: ReactNode; emptyClassName?: string; card: (item: T) => ReactNode }) {
  if (items.length === 0) return <p className={emptyClassName}>{empty}</p>;
  return (
    <ul className="mt-3 space-y-4">
      {items.map((item) => (
        <li key={item.id}>{card(item)}</li>
      ))}
    </ul>
  );
}
