"use client";
// The public site's language switch: a plain link to the same page and query in the other language,
// in the server's HTML too, so it works without JavaScript. It reads the address from the router,
// never from the request, so a page served from the cache gets it right and the link follows
// client-side navigation. Outside the public site (sign-in pages) it shows nothing.
//
// The query is read in a Suspense boundary: a cached page is rendered without one (its fallback
// links to the page itself), a page rendered per request (a filtered list) and the browser with it.
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { otherLanguageHref, type Locale } from "@/lib/i18n/config";

type Props = { target: Locale; text: string; label: string };

function SwitchLink({ href, target, text, label }: Props & { href: string }) {
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

function WithQuery({ pathname, ...props }: Props & { pathname: string }) {
  const search = useSearchParams().toString();
  return <SwitchLink href={otherLanguageHref(pathname, search)!} {...props} />;
}

export function PublicLocaleSwitch(props: Props) {
  const pathname = usePathname();
  const page = otherLanguageHref(pathname, "");
  if (!page) return null;
  return (
    <Suspense fallback={<SwitchLink href={page} {...props} />}>
      <WithQuery pathname={pathname} {...props} />
    </Suspense>
  );
}
