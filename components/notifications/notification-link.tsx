"use client";
// A notification in the list: opening it marks it read (a server action, never a GET), then goes
// to where the item is fixed. Without JavaScript the link still leads there.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

export function NotificationLink({
  id,
  href,
  children,
  markRead,
  openingLabel,
}: {
  id: string;
  href: string;
  children: React.ReactNode;
  markRead: (raw: unknown) => Promise<ActionResult<{ path: string }>>;
  openingLabel: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function onClick(event: React.MouseEvent<HTMLAnchorElement>) {
    // A new tab or window (modifier keys, middle click) opens without marking.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    startTransition(async () => {
      const r = await markRead({ id });
      router.push(r.ok ? r.data.path : href);
    });
  }
  return (
    <a href={href} onClick={onClick} aria-busy={pending} className="font-semibold text-brand-900 underline-offset-2 hover:underline">
      {children}
      {pending && <span className="ml-2 text-sm font-normal">{openingLabel}</span>}
    </a>
  );
}
