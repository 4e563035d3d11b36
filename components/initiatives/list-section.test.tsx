// The frame the decisions and documents sections share: a card per item with its test id, or the
// empty sentence, and the forms below either way.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListSection } from "./list-section";

const render = (items: { id: string; name: string }[]) =>
  renderToStaticMarkup(
    <ListSection id="documents" title="Dokumente" empty="Noch keine Dokumente." items={items} itemKey={(d) => d.id} testId="document" item={(d) => <b>{d.name}</b>}>
      <form aria-label="Hochladen" />
    </ListSection>,
  );

describe("ListSection", () => {
  it("renders one bordered card per item with its test id, then the forms", () => {
    const html = render([{ id: "a", name: "Plan.pdf" }, { id: "b", name: "Karte.png" }]);
    expect(html.match(/<li class="rounded border border-slate-200 p-3" data-testid="document">/g)).toHaveLength(2);
    expect(html).toContain('<h2 id="documents-heading" class="text-xl font-semibold">Dokumente</h2>');
    expect(html.indexOf("Karte.png")).toBeLessThan(html.indexOf('aria-label="Hochladen"'));
    expect(html).not.toContain("Noch keine Dokumente.");
  });

  it("says there are none, without an empty list, and still shows the forms", () => {
    const html = render([]);
    expect(html).toContain('<p class="mt-2">Noch keine Dokumente.</p>');
    expect(html).not.toContain("<ul");
    expect(html).toContain('aria-label="Hochladen"');
  });
});
