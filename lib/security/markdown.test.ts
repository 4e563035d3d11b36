// User-written Markdown reaches public pages without script, dangerous URLs or third-party requests.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrlTransform } from "@/components/ui/markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

/** Every href/src value in the markup. */
const urls = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

function expectHarmless(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<iframe|<object|<embed/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  for (const url of urls(html)) expect(url).toMatch(/^(https?:|mailto:|[^:]*$)/i);
}

describe("Markdown", () => {
  it.each([
    ["a script block", "<script>alert(1)</script>"],
    ["an inline script", "Text <script>alert(1)</script> Text"],
    ["an img tag with onerror", "<img src=x onerror=alert(1)>"],
    ["an svg with onload", "<svg onload=alert(1)></svg>"],
    ["a javascript: link", "[x](javascript:alert(1))"],
    ["a mixed-case javascript: link", "[x](JaVaScRiPt:alert(1))"],
    ["an entity-encoded javascript: link", "[x](&#106;avascript:alert(1))"],
    ["a javascript: link with a tab in the scheme", "[x](<java\tscript:alert(1)>)"],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))"],
    ["a javascript: autolink", "<javascript:alert(1)>"],
    ["a javascript: reference link", "[x][evil]\n\n[evil]: javascript:alert(1)"],
    ["a javascript: image", "![x](javascript:alert(1))"],
  ])("renders %s harmlessly", (_name, source) => {
    const html = render(source);
    expectHarmless(html);
    // The text may still read "javascript:…"; no attribute may carry it.
    expect(html).not.toMatch(/=\s*"?\s*(javascript|vbscript|data):/i);
  });

  it("keeps the text of a link whose address was dropped", () => {
    expect(render("[Klick mich](javascript:alert(1))")).toBe('<div class="max-w-3xl leading-relaxed"><p class="mt-3"><span>Klick mich</span></p></div>');
  });

  it("renders bold text, lists and https links", () => {
    const html = render("Ein **wichtiges** Vorhaben.\n\n- eins\n- zwei\n\n1. erstens\n\nMehr auf [duisburg.de](https://www.duisburg.de/).");
    expect(html).toContain("<strong>wichtiges</strong>");
    expect(html).toMatch(/<ul[^>]*>\s*<li>eins<\/li>\s*<li>zwei<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>erstens<\/li>\s*<\/ol>/);
    expect(html).toContain('href="https://www.duisburg.de/"');
  });

  it("marks every link noopener noreferrer nofollow", () => {
    const html = render("[a](https://example.org) [b](/initiativen) [c](mailto:info@example.org)");
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(3);
    expect(urls(html)).toEqual(["https://example.org", "/initiativen", "mailto:info@example.org"]);
  });

  it("shows an image's alt text instead of loading it", () => {
    const html = render("![Karte der Stadtbezirke](https://tracker.example/pixel.png)");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("tracker.example");
    expect(html).toContain("Karte der Stadtbezirke");
  });

  it("demotes headings so user content never emits h1 or h2", () => {
    const html = render("# Eins\n\n## Zwei\n\n### Drei\n\n#### Vier\n\n##### Fünf\n\n###### Sechs");
    expect(html).not.toMatch(/<h[12][\s>]/);
    expect([...html.matchAll(/<(h\d)[\s>]/g)].map((m) => m[1])).toEqual(["h3", "h3", "h4", "h5", "h6", "h6"]);
  });

  it("escapes raw HTML characters in text", () => {
    const html = render("1 < 2 & \"quoted\" <b>not bold</b>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("1 &lt; 2 &amp;");
  });
});

describe("safeUrlTransform", () => {
  const transform = (url: string) => safeUrlTransform(url, "href", { type: "element", tagName: "a", properties: {}, children: [] });

  it.each(["https://example.org/a?b=c:d", "http://example.org", "mailto:a@example.org", "/pfad", "pfad/unter:punkt", "#anker", "?q=a:b", "//example.org/x"])(
    "keeps %s",
    (url) => expect(transform(url)).toBe(url),
  );

  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "tel:+49"])(
    "drops %j",
    (url) => expect(transform(url)).toBeNull(),
  );
});
