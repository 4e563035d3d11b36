"use client";
// Errors of fields the user cannot see (hidden inputs such as the period of a new report), shown
// where the form's buttons are, so that no error goes unexplained.
import { useFieldError } from "@/components/ui/action-form";

export function HiddenFieldErrors({ names }: { names: string[] }) {
  return (
    <>
      {names.map((name) => (
        <HiddenFieldError key={name} name={name} />
      ))}
    </>
  );
}

function HiddenFieldError({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <p className="text-sm text-red-800">{error}</p> : null;
}
