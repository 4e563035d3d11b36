import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml, tagUri, type AtomFeed } from "./atom";

type Node = { name: string; attributes: Record<string, string>; children: Node[]; text: string };

/** Parses XML strictly (well-formedness and namespaces; saxes throws on the first error) into a small tree. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: Node[] = [root];
  parser.on("opentag", (tag) => {
    const node: Node = {
      name: tag.local,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: "",
    };
    if (tag.uri !== "http://www.w3.org/2005/Atom") throw new Error(`element outside the Atom namespace: ${tag.name}`);
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

const child = (n: Node, name: string) => n.children.filter((c) => c.name === name);
const one = (n: Node, name: string) => {
  const found = child(n, name);
  expect(found, `exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
};

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: "https://example.org/feed.xml",
  title: "Was hat sich geändert",
  updated: new Date("2026-11-25T10:00:00.123Z"),
  fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
  selfUrl: "https://example.org/feed.xml",
  alternateUrl: "https://example.org/changes",
  lang: "de",
  author: "Masterplan Monitor",
  entries: [
    {
      id: "tag:example.org,2026:status/1",
      title: 'MOB-01 <Ampel> & "Bus" \'Test\'',
      updated: new Date("2026-11-20T08:00:00Z"),
      link: "https://example.org/initiatives/mob-01?x=1&y=2",
      summary: "Status: geplant → in Umsetzung </summary><script>",
    },
  ],
  ...over,
});

describe("buildAtomFeed", () => {
  it("writes a well-formed Atom document with the required feed and entry elements", () => {
    const root = parse(buildAtomFeed(feed()));
    expect(root.name).toBe("feed");
    expect(root.attributes["xml:lang"]).toBe("de");
    expect(one(root, "id").text).toBe("https://example.org/feed.xml");
    expect(one(root, "title").text).toBe("Was hat sich geändert");
    expect(one(root, "updated").text).toBe("2026-11-25T10:00:00Z");
    expect(one(one(root, "author"), "name").text).toBe("Masterplan Monitor");
    const links = child(root, "link").map((l) => l.attributes);
    expect(links).toContainEqual({ rel: "self", type: "application/atom+xml", href: "https://example.org/feed.xml" });
    expect(links).toContainEqual({ rel: "alternate", type: "text/html", href: "https://example.org/changes" });
    const entry = one(root, "entry");
    expect(one(entry, "id").text).toBe("tag:example.org,2026:status/1");
    expect(one(entry, "updated").text).toBe("2026-11-20T08:00:00Z");
    expect(one(entry, "link").attributes.href).toBe("https://example.org/initiatives/mob-01?x=1&y=2");
  });

  it("escapes markup in texts and attributes so it arrives as plain text", () => {
    const xml = buildAtomFeed(feed());
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<Ampel>");
    const entry = one(parse(xml), "entry");
    expect(one(entry, "title").text).toBe('MOB-01 <Ampel> & "Bus" \'Test\'');
    expect(one(entry, "summary").text).toBe("Status: geplant → in Umsetzung </summary><script>");
  });

  it("drops characters XML forbids instead of producing a broken feed", () => {
    const xml = buildAtomFeed(feed({ title: "Bad\u0000\u0007 title\uFFFF \uD800x" }));
    expect(one(parse(xml), "title").text).toBe("Bad title x");
    expect(escapeXml("emoji 🚲 stays")).toBe("emoji 🚲 stays");
  });

  it("takes updated from the newest entry, or the fallback for an empty feed", () => {
    const newest = parse(buildAtomFeed(feed({ updated: undefined })));
    expect(one(newest, "updated").text).toBe("2026-11-20T08:00:00Z");
    const empty = parse(buildAtomFeed(feed({ updated: undefined, entries: [] })));
    expect(one(empty, "updated").text).toBe("2026-01-01T00:00:00Z");
    expect(child(empty, "entry")).toHaveLength(0);
  });
});

describe("tagUri", () => {
  it("makes a tag: URI from the site's host and the change's key", () => {
    expect(tagUri("https://masterplan.duisburg.de", "status/42")).toBe("tag:masterplan.duisburg.de,2026:status/42");
  });
});
