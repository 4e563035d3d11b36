// Finds a document's type in its content, never in its name or the browser's word: magic bytes by
// `file-type`, which also looks inside ZIP containers ([Content_Types].xml) to tell a DOCX or XLSX
// from any other ZIP. Anything else (SVG, HTML, plain ZIP, executables) is refused, and so is a
// file whose name does not fit what it contains ("report.pdf" that is a PNG).
import fs from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import { isDocumentType, nameFitsType, type DocumentType } from "./types";

export type ContentProblem = "type" | "svg" | "mismatch";
export type ContentCheck = { ok: true; type: DocumentType } | { ok: false; problem: ContentProblem };

export async function checkDocumentContent(filePath: string, name: string): Promise<ContentCheck> {
  const found = await fileTypeFromFile(filePath);
  if (!isDocumentType(found?.mime)) {
    // SVG can carry scripts; it is not cleaned but refused with its own reason (upload a PNG).
    return { ok: false, problem: /\.svgz?$/i.test(name) || (await looksLikeSvg(filePath)) ? "svg" : "type" };
  }
  if (!nameFitsType(name, found.mime)) return { ok: false, problem: "mismatch" };
  return { ok: true, type: found.mime };
}

/** An SVG is text: `<svg` within its first kilobyte (after an XML declaration, comments or a BOM). */
async function looksLikeSvg(filePath: string): Promise<boolean> {
  const handle = await fs.open(filePath, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
    return /<svg[\s>]/i.test(buffer.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await handle.close();
  }
}
