// The city's own texts on the citizens' site: Erklärung zur Barrierefreiheit, Impressum and
// Datenschutz. Defaults with clearly marked placeholders live in content/{de,en}/<page>.md; a
// city puts its versions into CONTENT_DIR (same layout) without touching the code. A file there
// replaces the default of the same name; a missing file falls back to the default.
//
// A document is Markdown: its "# " line is the page's h1, each "## " line starts a section that
// the page renders with its own h2 (so headings stay in order on every page), and deeper
// headings inside a section move up one level because components/ui/markdown.tsx starts user
// content at h3 (so "### Sub" becomes that section's h3).
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { firstFreeSlug } from "@/lib/initiatives/schemas";
import { partnerSlug } from "@/lib/partners/schemas";
import type { Locale } from "@/lib/i18n/config";

export const CONTENT_PAGES = ["accessibility", "imprint", "privacy"] as const;
export type ContentPage = (typeof CONTENT_PAGES)[number];

export type ContentSection = { id: string; heading: string; body: string };
export type ContentDocument = { title: string; intro: string; sections: ContentSection[]; source: "custom" | "default" };

/** The defaults shipped with the app. */
export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), "content");

/** A text placeholder the city has to replace, e.g. "[[Bitte ergänzen: Telefonnummer]]". */
export const PLACEHOLDER = /\[\[[^\]]+\]\]/;

/** "Stand der Vereinbarkeit" → "stand-der-vereinbarkeit": ids for in-page links and aria-labelledby. */
export function sectionId(heading: string, taken: Set<string>): string {
  const id = firstFreeSlug(partnerSlug(heading) || "abschnitt", [...taken]);
  taken.add(id);
  return id;
}

/** Splits a Markdown document into title, intro and "## " sections (see the module comment). */
export function parseContentDocument(markdown: string, fallbackTitle: string): Omit<ContentDocument, "source"> {
  const lines = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  let title = "";
  const intro: string[] = [];
  const sections: { heading: string; lines: string[] }[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^(```|~~~)/.test(line.trim())) inFence = !inFence;
    const h1 = !inFence && /^#\s+(.+?)\s*#*\s*$/.exec(line);
    const h2 = !inFence && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h1 && !title && sections.length === 0) title = h1[1]!;
    else if (h2) sections.push({ heading: h2[1]!, lines: [] });
    else {
      const deeper = !inFence && /^(#{3,6})(\s.*)$/.exec(line);
      const text = deeper ? `${deeper[1]!.slice(1)}${deeper[2]}` : line;
      (sections.at(-1)?.lines ?? intro).push(text);
    }
  }
  const taken = new Set<string>();
  return {
    title: title || fallbackTitle,
    intro: intro.join("\n").trim(),
    sections: sections.map((s) => ({ id: sectionId(s.heading, taken), heading: s.heading, body: s.lines.join("\n").trim() })),
  };
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/**
 * The document for a page and language: CONTENT_DIR/<locale>/<page>.md if the city provided it,
 * else the default. `page` and `locale` come from fixed lists, never from the URL as typed.
 */
export async function loadContent(
  page: ContentPage,
  locale: Locale,
  fallbackTitle: string,
  dirs: { contentDir?: string | null; defaultDir?: string } = {},
): Promise<ContentDocument> {
  if (!(CONTENT_PAGES as readonly string[]).includes(page)) throw new Error(`unknown content page: ${page}`);
  const contentDir = dirs.contentDir === undefined ? env().contentDir : dirs.contentDir;
  const file = `${page}.md`;
  const custom = contentDir ? await readIfExists(path.join(contentDir, locale, file)) : null;
  if (custom !== null) return { ...parseContentDocument(custom, fallbackTitle), source: "custom" };
  const fallback = await readIfExists(path.join(dirs.defaultDir ?? DEFAULT_CONTENT_DIR, locale, file));
  return { ...parseContentDocument(fallback ?? "", fallbackTitle), source: "default" };
}

/** True while a document still contains a "[[…]]" placeholder: the page then says so. */
export function hasPlaceholders(doc: Pick<ContentDocument, "intro" | "sections">): boolean {
  return PLACEHOLDER.test(doc.intro) || doc.sections.some((s) => PLACEHOLDER.test(s.body) || PLACEHOLDER.test(s.heading));
}
