// GET /api/public/documents/<id> — a public document: flagged public, of a public initiative, and
// for a report's document, of a report whose public summary is published (lib/public/decision-
// queries.ts publicDocumentWhere). Anything else is 404, exactly like an unknown id.
import { db } from "@/lib/db/client";
import { documentResponse } from "@/lib/documents/download";
import { publicDocumentWhere } from "@/lib/public/decision-queries";

export const dynamic = "force-dynamic";
export const PUBLIC_ROUTE_REASON = "Citizens download the documents an initiative's team has published; only documents that are public and belong to public items are served.";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return notFound();
  const doc = await (await db()).document.findFirst({ where: { ...publicDocumentWhere, id }, select: { name: true, contentType: true, size: true, storageKey: true } });
  const response = doc && (await documentResponse(doc, "no-store", request.method === "HEAD" ? "HEAD" : "GET"));
  return response ?? notFound();
}
