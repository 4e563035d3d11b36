// What a document may be: its size limit and the accepted types, each with the file name endings
// that belong to it. Client-safe (the upload form names the limit and the types). The type is found
// in the content (content-check.ts); the name only has to agree with it.

/** Largest document accepted: 20 MB. The database refuses larger sizes too (documents_size_range). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_TYPES = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
} as const satisfies Record<string, readonly string[]>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** For the file input's `accept`: the endings the server will take. */
export const ACCEPT = Object.values(DOCUMENT_TYPES)
  .flat()
  .map((e) => `.${e}`)
  .join(",");

export function isDocumentType(mime: string | undefined): mime is DocumentType {
  return !!mime && Object.hasOwn(DOCUMENT_TYPES, mime);
}

/** The name's ending, lower case, without the dot ("" when it has none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

/** Whether `name` ends as files of `type` do. */
export function nameFitsType(name: string, type: DocumentType): boolean {
  return (DOCUMENT_TYPES[type] as readonly string[]).includes(extensionOf(name));
}

/** A file name as stored and offered: no path, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-200);
}

/** "1.2 MB" / "340 KB", for lists. */
export function formatSize(bytes: number, locale: string): string {
  const nf = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  return bytes >= 1024 * 1024 ? `${nf(bytes / (1024 * 1024))} MB` : `${nf(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
