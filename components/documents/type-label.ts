// The catalogue key of a document type's name (documents.typeName.*), from its content type.
const KEYS: Record<string, "pdf" | "xlsx" | "docx" | "png" | "jpeg"> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "image/png": "png",
  "image/jpeg": "jpeg",
};

export const typeKey = (contentType: string) => KEYS[contentType] ?? "pdf";
