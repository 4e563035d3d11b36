// The page cache's handler dates a page by the look-up that began its render, so that a change
// saved while the page was rendering makes it stale at once (the race that once hid a new logo in
// e2e/city-branding.spec.ts). Against the library's real in-memory handler, with a fixed clock.
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import { describe, expect, it } from "vitest";
import { counted, RENDER_LIMIT_MS } from "./next-cache-handler.mjs";

const T0 = Date.UTC(2026, 11, 31, 22, 59, 0);
const LAYOUT_TAG = "_N_T_/layout";
const KEY = "/de";

/** The handler's methods as this test calls them (the library's types want Next's full page values). */
type Handler = {
  get(key: string, context: { implicitTags: string[] }): Promise<unknown>;
  set(key: string, value: object, context: object): Promise<void>;
  revalidateTag(tag: string): Promise<void>;
};

function setup() {
  let clock = T0;
  const inner = createLruHandler();
  const handler = counted(inner as unknown as Handler, () => clock);
  const tick = (ms: number) => (clock += ms);
  /** A page as the library's CacheHandler hands it over: dated when stored. */
  const page = (html: string) => ({
    lastModified: clock,
    lifespan: { lastModifiedAt: Math.floor(clock / 1000), staleAt: Math.floor(clock / 1000) + 600, expireAt: Math.floor(clock / 1000) + 1200, staleAge: 600, expireAge: 1200, revalidate: 600 },
    tags: [],
    value: { kind: "APP_PAGE", html },
  });
  // Next's revalidatePath("/", "layout") reaches the handler as the layout's implicit tag; the
  // library's handler records its time with Date.now(), so revalidate from the same clock.
  const revalidate = async () => {
    const realNow = Date.now;
    Date.now = () => clock;
    try {
      await handler.revalidateTag(LAYOUT_TAG);
    } finally {
      Date.now = realNow;
    }
  };
  const get = () => handler.get(KEY, { implicitTags: [LAYOUT_TAG] }) as Promise<{ value: { html: string } } | null>;
  return { handler, tick, page, revalidate, get };
}

describe("the page cache's handler", () => {
  it("makes a page stale when a change was saved while it rendered", async () => {
    const { handler, tick, page, revalidate, get } = setup();
    expect(await get()).toBeNull(); // a miss: Next renders the page now
    tick(400);
    await revalidate(); // the admin's change commits while the render still runs
    tick(600);
    await handler.set(KEY, page("before the change"), {});
    // Dated by the store it would pass as fresh; dated by its render's start it does not.
    expect(await get()).toBeNull();
    tick(50);
    await handler.set(KEY, page("after the change"), {});
    expect((await get())?.value.html).toBe("after the change");
  });

  it("keeps a page rendered after the last change, and one rendered with no change at all", async () => {
    const { handler, tick, page, revalidate, get } = setup();
    await revalidate();
    tick(10);
    expect(await get()).toBeNull();
    tick(800);
    await handler.set(KEY, page("fresh"), {});
    tick(5_000);
    expect((await get())?.value.html).toBe("fresh");
    // Hits do not start a render: a later change and store are judged by their own look-up.
    tick(RENDER_LIMIT_MS * 2);
    await revalidate();
    tick(10);
    expect(await get()).toBeNull();
    tick(10);
    await handler.set(KEY, page("fresh again"), {});
    expect((await get())?.value.html).toBe("fresh again");
  });

  it("treats an entry past its time, rendered again in the background, like a miss", async () => {
    const { handler, tick, page, revalidate, get } = setup();
    expect(await get()).toBeNull();
    await handler.set(KEY, page("old"), {});
    tick(601_000); // past `revalidate`: Next serves it and renders it again in the background
    expect((await get())?.value.html).toBe("old");
    tick(100);
    await revalidate();
    tick(100);
    await handler.set(KEY, page("rendered from data read before the change"), {});
    expect(await get()).toBeNull();
  });

  it("forgets a look-up older than any render may take", async () => {
    const { handler, tick, page, revalidate, get } = setup();
    expect(await get()).toBeNull();
    tick(RENDER_LIMIT_MS + 1);
    await revalidate();
    tick(1);
    // No render of the first look-up can still be running: this store is dated by itself.
    await handler.set(KEY, page("late"), {});
    expect((await get())?.value.html).toBe("late");
  });
});
