import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_PAGES, hasPlaceholders, loadContent, parseContentDocument } from "./content";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-content-"));
  fs.mkdirSync(path.join(dir, "de"));
  fs.writeFileSync(path.join(dir, "de", "imprint.md"), "# Impressum der Stadt\n\nStadt Duisburg\n\n## Anschrift\n\nBurgplatz 19\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("parseContentDocument", () => {
  it("takes the title from the first heading and splits sections at second-level headings", () => {
    const doc = parseContentDocument("# Titel\n\nEinleitung\n\n## Stand der Vereinbarkeit\n\nText\n\n### Unterpunkt\n\nMehr\n\n## Kontakt\n\nE-Mail", "x");
    expect(doc.title).toBe("Titel");
    expect(doc.intro).toBe("Einleitung");
    expect(doc.sections).toEqual([
      { id: "stand-der-vereinbarkeit", heading: "Stand der Vereinbarkeit", body: "Text\n\n## Unterpunkt\n\nMehr" },
      { id: "kontakt", heading: "Kontakt", body: "E-Mail" },
    ]);
  });

  it("keeps headings inside code blocks, gives duplicate headings distinct ids and falls back to a title", () => {
    const doc = parseContentDocument("Vorwort\n\n## Über uns\n\n```\n## kein Abschnitt\n```\n\n## Über uns\n", "Ersatztitel");
    expect(doc.title).toBe("Ersatztitel");
    expect(doc.sections.map((s) => s.id)).toEqual(["ueber-uns", "ueber-uns-2"]);
    expect(doc.sections[0]!.body).toContain("## kein Abschnitt");
  });
});

describe("loadContent", () => {
  it("ships a German and an English default for every page, with placeholders to fill in", async () => {
    for (const page of CONTENT_PAGES) {
      for (const locale of ["de", "en"] as const) {
        const doc = await loadContent(page, locale, "fallback", { contentDir: null });
        expect(doc.source).toBe("default");
        expect(doc.title).not.toBe("fallback");
        expect(doc.sections.length).toBeGreaterThan(1);
        expect(hasPlaceholders(doc)).toBe(true);
      }
    }
  });

  it("follows the BITV 2.0 structure in the default accessibility statement", async () => {
    const de = await loadContent("accessibility", "de", "x", { contentDir: null });
    expect(de.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(["Stand der Vereinbarkeit mit den Anforderungen", "Nicht barrierefreie Inhalte", "Erstellung dieser Erklärung", "Feedback und Kontaktangaben", "Durchsetzungsverfahren"]),
    );
    expect(de.sections.find((s) => s.heading === "Durchsetzungsverfahren")!.body).toMatch(/Schlichtungsstelle/);
  });

  it("prefers the city's file from CONTENT_DIR and falls back per file", async () => {
    const custom = await loadContent("imprint", "de", "x", { contentDir: dir });
    expect(custom).toMatchObject({ source: "custom", title: "Impressum der Stadt", intro: "Stadt Duisburg" });
    expect(hasPlaceholders(custom)).toBe(false);
    expect((await loadContent("privacy", "de", "x", { contentDir: dir })).source).toBe("default");
    expect((await loadContent("imprint", "en", "x", { contentDir: dir })).source).toBe("default");
  });

  it("refuses a page name outside the fixed list", async () => {
    await expect(loadContent("../../etc/passwd" as never, "de", "x", { contentDir: dir })).rejects.toThrow(/unknown content page/);
  });
});
