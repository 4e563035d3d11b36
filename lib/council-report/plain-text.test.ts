// Markdown in report texts becomes plain text for the PDF.
import { describe, expect, it } from "vitest";
import { stripMarkdown } from "./plain-text";

describe("stripMarkdown", () => {
  it("turns list items into bullet lines and keeps the line structure", () => {
    expect(stripMarkdown("- eins\n* zwei\n  + drei")).toBe("• eins\n• zwei\n  • drei");
  });

  it("removes emphasis, code marks, headings and quotes but keeps the words", () => {
    expect(stripMarkdown("## Stand\n> **Wichtig:** die _neue_ `API` ist ~~nicht~~ live")).toBe("Stand\nWichtig: die neue API ist nicht live");
  });

  it("keeps a link's text and its address once", () => {
    expect(stripMarkdown("Siehe [Portal](https://example.org) und [https://a.example](https://a.example)")).toBe("Siehe Portal (https://example.org) und https://a.example");
  });

  it("leaves snake_case words, numbers and plain text alone", () => {
    expect(stripMarkdown("Feld open_data_id: 3 * 4 = 12")).toBe("Feld open_data_id: 3 * 4 = 12");
  });

  it("drops raw HTML tags and shows an image's alt text", () => {
    expect(stripMarkdown("<b>fett</b> ![Lageplan](plan.png)")).toBe("fett Lageplan");
  });
});
