"use client";
// The public site's main navigation. It marks the current section with aria-current, read from the
// router's address (in the server's HTML too, and the same for every request of a cached page); the
// frame stays mounted across client-side navigation, so the mark follows it. No prefetching: the
// pages come from the page cache anyway, and prefetching all seven sections on every page's load
// cost a phone's main thread and network during the load (docs/performance.md, session 15).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { splitPublicPath } from "@/lib/i18n/config";

export type PublicNavItem = { key: string; href: string; path: string; label: string };

function isCurrent(itemPath: string, path: string | undefined): boolean {
  if (path === undefined) return false;
  return itemPath === "/" ? path === "/" : path === itemPath || path.startsWith(`${itemPath}/`);
}

export function PublicNav({ label, items }: { label: string; items: PublicNavItem[] }) {
  const path = splitPublicPath(usePathname())?.path;
  const linkClass = "rounded px-1 py-0.5 underline-offset-2 hover:underline focus-visible:outline-amber-300";
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-4 pb-3 pt-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => {
          const current = isCurrent(item.path, path);
          return (
            <li key={item.key}>
              <Link href={item.href} prefetch={false} aria-current={current ? "page" : undefined} className={`${linkClass} ${current ? "font-semibold underline decoration-2" : ""}`}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
