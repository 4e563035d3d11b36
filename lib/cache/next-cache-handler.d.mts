// Types for the parts of next-cache-handler.mjs that the tests use (Next loads the file itself).

/** How long a render may take at most, in milliseconds. */
export declare const RENDER_LIMIT_MS: number;

/** The handler with its look-ups counted and each page dated by the look-up that began its render. */
export declare function counted<H extends object>(handler: H, now?: () => number): H;

declare const CacheHandler: unknown;
export default CacheHandler;
