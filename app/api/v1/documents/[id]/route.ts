// GET /api/v1/documents/<id> — a document for whoever may read its initiative (signed in or with a
// token), as an attachment with the type found in its content (lib/documents/download.ts).
import { guardedRead } from "@/lib/api/route";
import { findDocumentForViewer } from "@/lib/documents/queries";
import { documentResponse } from "@/lib/documents/download";
import { AppError } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";

export const GET = guardedRead<{ id: string }>("portfolio.read", {}, async ({ actor, db, params, request }) => {
  const doc = await findDocumentForViewer(db, actor, params.id);
  const response = doc && (await documentResponse(doc, "private, no-store", request.method === "HEAD" ? "HEAD" : "GET"));
  if (!response) throw new AppError("NOT_FOUND", "No such document.");
  return response;
});
