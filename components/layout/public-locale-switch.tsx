"use client";
// The public site's language switch: a plain link to the same page and query in the other language
// (the server renders the right address, so it works without JavaScript). The site frame stays
// mounted across client-side navigation, so afterwards the link follows the router's address.
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { otherLanguageHref, type Locale } from "@/lib/i18n/config";

export function PublicLocaleSwitch({ initialHref, target, text, label }: { initialHref: string; target: Locale; text: string; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  // Until the visitor navigates, the server's address (from the address bar) is authoritative.
  const [first] = useState(`${pathname}?${search}`);
  const href = `${pathname}?${search}` === first ? initialHref : (otherLanguageHref(pathname, search) ?? initialHref);
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      aria-label={label}
      className="rounded px-2 py-1 text-sm font-medium underline underline-offset-2 focus-visible:outline-amber-300"
      data-testid="locale-switch"
    >
      {text}
    </a>
  );
}
