// Types of the page cache's handler (next-cache-handler.mjs, plain JavaScript that Next loads at run time), for its test.
import type { Handler } from "@fortedigital/nextjs-cache-handler";

/** How long a render may take at most (Next's own limit for generating a page is 60 s). */
export const RENDER_LIMIT_MS: number;
/** The handler with its look-ups counted and each page dated by when its render began. */
export function counted(handler: Handler, now?: () => number): Handler;
declare const CacheHandler: unknown;
export default CacheHandler;
