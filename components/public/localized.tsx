// A city-entered text on the public site in the page's language when the city wrote one, else in
// German with lang="de" and, on the English site, a visible "(nur auf Deutsch / German only)"
// marker (lib/i18n/content.ts decides which). The marker carries its own language attributes, so a
// screen reader reads "nur auf Deutsch" in German and "German only" in English.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ContentText } from "@/lib/i18n/content";

type Tag = "span" | "p" | "div" | "dd" | "h1" | "h2" | "h3";

/** The visible marker after (or, for a block, above) a German text on the English site. */
export function GermanOnlyMark({ block = false }: { block?: boolean }) {
  const t = useTranslations("publicSite");
  const mark = t.rich("germanOnly", { de: (c) => <span lang="de">{c}</span> });
  const className = "text-sm font-normal text-slate-700";
  return block ? (
    <p lang="en" className={className} data-german-only="">{mark}</p>
  ) : (
    <span lang="en" className={className} data-german-only="">{mark}</span>
  );
}

/**
 * `value` rendered as `as` with its language; `children` replaces the plain text (e.g. Markdown).
 * A block (`as="div"`) gets the marker above its content, anything else right after the text.
 */
export function Localized({ value, as: Element = "span", className, children }: { value: ContentText; as?: Tag; className?: string; children?: ReactNode }) {
  const content = children ?? value.text;
  if (!value.fallback) return <Element lang={value.lang} className={className}>{content}</Element>;
  if (Element === "div") {
    return (
      <div className={className}>
        <GermanOnlyMark block />
        <div lang="de">{content}</div>
      </div>
    );
  }
  return (
    <Element className={className}>
      <span lang="de">{content}</span> <GermanOnlyMark />
    </Element>
  );
}
