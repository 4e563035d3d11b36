// The head of a page of the signed-in app: its one h1 and the introduction below it.
import type { ReactNode } from "react";

export function PageHeading({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      <p className="mt-2 max-w-3xl">{intro}</p>
    </>
  );
}
