// Small real files of every accepted type (and some refused ones) for the documents' tests, the
// leak markers and the demo: made here from their formats, nothing downloaded.
import JSZip from "jszip";
import { png } from "./images";

export { sampleDocumentPdf as pdf } from "@/lib/documents/sample-pdf";
export { png };

/** An Office Open XML package (DOCX or XLSX) with its [Content_Types].xml. */
async function officePackage(main: string, contentType: string, content: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${contentType}"/></Types>`,
  );
  zip.file(main, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

export const docx = (text = "Masterplan") =>
  officePackage("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);

export const xlsx = () =>
  officePackage("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`);

/** A ZIP that is no Office document. */
export async function plainZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("readme.txt", "hello");
  return zip.generateAsync({ type: "nodebuffer" });
}

export const svg = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
export const html = () => Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
