// The head of a public page: its one h1 and the introduction below it.
import Link from "next/link";
import type { ReactNode } from "react";
import type { ContentText } from "@/lib/i18n/content";
import { Localized } from "./localized";

export function PageHead({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{intro}</p>
    </>
  );
}

/** The link back to the page one level up, above a detail page's h1. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="text-brand-700 underline underline-offset-2">← {children}</Link>
    </p>
  );
}

/** The h1 of a detail page: long (German) compounds wrap instead of overflowing on a phone. */
export function DetailTitle({ className = "", lang, children }: { className?: string; lang?: string; children: ReactNode }) {
  return (
    <h1 className={`${className} text-3xl font-bold text-brand-900 break-words hyphens-auto`.trim()} lang={lang}>
      {children}
    </h1>
  );
}

/** The h1 of an initiative's or a field's page: its code, then its title (German, marked on the English site, when there is no English one). */
export function CodeTitle({ code, title, className = "" }: { code: string; title: ContentText; className?: string }) {
  return (
    <DetailTitle className={className}>
      <span className="font-mono text-xl text-slate-700">{code}</span> <Localized value={title} />
    </DetailTitle>
  );
}

/**
 * A section of a public page, named by its h2 (`id`): its content, or the sentence `empty` when
 * there is nothing to show.
 */
export function PageSection({
  id,
  heading,
  empty,
  className = "mt-8",
  headingClassName = "text-xl font-semibold",
  children,
}: {
  id: string;
  heading: ReactNode;
  /** Shown instead of the content when given (e.g. `items.length === 0 && t("none")`). */
  empty?: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>{heading}</h2>
      {empty ? <p className="mt-2">{empty}</p> : children}
    </section>
  );
}
