// Checks an uploaded logo by its content, never by its name or the browser's type: a PNG by its
// signature and header (dimensions within reason), an SVG by parsing it as strict XML and refusing
// anything that could run or fetch (scripts, event handlers, references outside the file,
// foreignObject, DOCTYPE and entities, processing instructions). A refused SVG is not "cleaned":
// the city's designer gets a reason and uploads a plain file instead. The logo is served with
// `nosniff` and, for SVG, a CSP that forbids scripts anyway (app/brand/logo/[file]/route.ts).
import { createHash } from "node:crypto";
import { SaxesParser } from "saxes";

/** Largest logo accepted: a header logo needs far less. */
export const LOGO_MAX_BYTES = 512 * 1024;
/** A PNG's sides must lie within these (pixels). */
export const PNG_MIN_SIDE = 16;
export const PNG_MAX_SIDE = 4096;

export type LogoType = "image/png" | "image/svg+xml";
export type LogoProblem =
  | "empty"
  | "tooLarge"
  | "unknownType"
  | "pngDimensions"
  | "svgMalformed"
  | "svgNotSvg"
  | "svgDoctype"
  | "svgScript"
  | "svgEventHandler"
  | "svgExternalReference"
  | "svgForeignObject";

export type LogoCheck = { ok: true; type: LogoType; sha256: string } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export function checkLogo(bytes: Buffer): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: "tooLarge" };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const problem = pngProblem(bytes);
    return problem ? { ok: false, problem } : { ok: true, type: "image/png", sha256 };
  }
  const text = svgText(bytes);
  if (text === null) return { ok: false, problem: "unknownType" };
  const problem = svgProblem(text);
  return problem ? { ok: false, problem } : { ok: true, type: "image/svg+xml", sha256 };
}

/** The IHDR chunk comes first: length 13, "IHDR", width and height as 32-bit big-endian. */
function pngProblem(bytes: Buffer): LogoProblem | null {
  if (bytes.length < 33 || bytes.readUInt32BE(8) !== 13 || bytes.toString("latin1", 12, 16) !== "IHDR") return "unknownType";
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const inRange = (side: number) => side >= PNG_MIN_SIDE && side <= PNG_MAX_SIDE;
  return inRange(width) && inRange(height) ? null : "pngDimensions";
}

/** UTF-8 text that starts (after a BOM and white space) like XML or an <svg> element; else null. */
function svgText(bytes: Buffer): string | null {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  return /^\s*<(\?xml|svg[\s>/]|!--)/.test(text) ? text : null;
}

/** References that stay inside the file: "#id" (and url(#id) in styles). */
const isLocalReference = (value: string) => value.trim().startsWith("#");
/** url(...) other than url(#id), @import, or a javascript:/data: scheme inside a style or attribute. */
const EXTERNAL_IN_CSS = /url\(\s*(?!['"]?#)|@import|expression\s*\(/i;
const FORBIDDEN_ELEMENTS = new Set(["script", "handler", "iframe", "embed", "object", "audio", "video", "canvas"]);

function svgProblem(text: string): LogoProblem | null {
  let problem: LogoProblem | null = null;
  let root: string | null = null;
  let inStyle = 0;
  const refuse = (p: LogoProblem) => {
    problem ??= p;
  };
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("doctype", () => refuse("svgDoctype"));
  parser.on("processinginstruction", () => refuse("svgDoctype"));
  parser.on("opentag", (tag) => {
    root ??= tag.uri === SVG_NS && tag.local === "svg" ? "svg" : "other";
    if (tag.uri !== SVG_NS) return refuse(tag.local === "script" ? "svgScript" : "svgNotSvg");
    const name = tag.local;
    if (name === "script" || name === "handler") return refuse("svgScript");
    if (name === "foreignObject") return refuse("svgForeignObject");
    if (FORBIDDEN_ELEMENTS.has(name)) return refuse("svgExternalReference");
    if (name === "style") inStyle++;
    for (const attr of Object.values(tag.attributes)) {
      const local = attr.local.toLowerCase();
      if (local.startsWith("on")) return refuse("svgEventHandler");
      // Namespace declarations, xml:space/xml:lang and xlink:href are SVG's own; other namespaces are not.
      if (attr.uri === XMLNS_NS || attr.uri === XML_NS) continue;
      if (attr.uri && attr.uri !== XLINK_NS) return refuse("svgNotSvg");
      if ((local === "href" || local === "src") && !isLocalReference(attr.value)) return refuse("svgExternalReference");
      if (EXTERNAL_IN_CSS.test(attr.value) || /^\s*(javascript|data|vbscript):/i.test(attr.value)) return refuse("svgExternalReference");
      // Animations could set an href (or a handler) after the check.
      if ((name === "set" || name.startsWith("animate")) && local === "attributename" && /href|^on/i.test(attr.value)) return refuse("svgExternalReference");
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.local === "style") inStyle--;
  });
  const styleText = (t: string) => {
    if (inStyle > 0 && EXTERNAL_IN_CSS.test(t)) refuse("svgExternalReference");
  };
  parser.on("text", styleText);
  parser.on("cdata", styleText);
  try {
    parser.write(text).close();
  } catch {
    // A DOCTYPE's entities make the parser fail later on; the DOCTYPE is the reason to name.
    return problem ?? "svgMalformed";
  }
  if (problem) return problem;
  return root === "svg" ? null : "svgNotSvg";
}
