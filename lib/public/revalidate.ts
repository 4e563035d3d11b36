// After a committed change, the citizens' pages are rendered afresh on their next request. Public
// pages are cached by Next (ISR, see app/(public)/[locale]/layout.tsx); this marks every one of
// them stale through Next's own revalidation, which goes through the configured cache handler, so
// with several instances sharing one (REDIS_URL) the others see it too. The public data cache
// (lib/public/cache.ts) is emptied first, here and (through Redis) on the other instances: a page
// rendered afresh must not be made of data read before the change.
//
// Outside a request (jobs, the CLI, tests calling an action directly) Next has no page cache to
// revalidate: the call is skipped, and the pages follow within their `revalidate` time.
import { revalidatePath } from "next/cache";
import { invalidatePublicCache } from "@/lib/public/cache";

export async function revalidatePublicPages(): Promise<void> {
  await invalidatePublicCache();
  try {
    // Every page's implicit tags include the root "/" layout, so this reaches every cached page.
    revalidatePath("/", "layout");
  } catch {
    // Not inside a Next request (static generation store missing): nothing cached here to mark.
  }
}
