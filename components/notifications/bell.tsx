// The bell in the app's header: a link to the notifications list with the number of unread ones,
// said in words to screen readers (aria-label) and shown as a number, not by colour alone.
import Link from "next/link";

export function NotificationBell({ count, label }: { count: number; label: string }) {
  return (
    <Link href="/app/notifications" aria-label={label} title={label} className="inline-flex items-center gap-1 rounded px-2 py-1 hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span aria-hidden="true" className={count > 0 ? "rounded-full bg-white px-1.5 text-xs font-bold text-brand-900" : "text-xs"}>
        {count}
      </span>
    </Link>
  );
}
