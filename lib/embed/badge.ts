// The status badge of an initiative (/embed/initiatives/<slug>/badge.svg and .png): a small
// two-part label in the style of README badges, "Masterplan | Im Plan · 42 %". The SVG carries its
// text as a <title> and aria-label; the colour repeats what the words say.
import type { Health } from "@/lib/generated/prisma/enums";

const COLORS: Record<Health | "NONE", string> = { ON_TRACK: "#15803d", AT_RISK: "#b45309", OFF_TRACK: "#b91c1c", NONE: "#475569" };

/** Rough width of `text` in 11 px Verdana/DejaVu Sans: wide enough for German umlauts and digits. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[mwMW%]/.test(ch) ? 10 : /[iIl.,:;|' ]/.test(ch) ? 4 : /[A-ZÄÖÜ]/.test(ch) ? 8 : 7;
  return w;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

export function badgeSvg({ label, message, health }: { label: string; message: string; health: Health | null }): string {
  const left = textWidth(label) + 12;
  const right = textWidth(message) + 12;
  const width = left + right;
  const color = COLORS[health ?? "NONE"];
  const all = escapeXml(`${label}: ${message}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${all}">` +
    `<title>${all}</title>` +
    `<rect width="${left}" height="20" fill="#334155"/><rect x="${left}" width="${right}" height="20" fill="${color}"/>` +
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">` +
    `<text x="6" y="14">${escapeXml(label)}</text><text x="${left + 6}" y="14">${escapeXml(message)}</text></g></svg>`
  );
}

/** The same badge as PNG (sharp renders the SVG; twice the size for sharp screens). */
export async function badgePng(svg: string): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  return sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
}
