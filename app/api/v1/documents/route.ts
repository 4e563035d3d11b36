// POST /api/v1/documents — upload a document to an initiative or one of its status reports
// (multipart/form-data; streamed, checked by content, at most 20 MB): lib/documents/upload-route.ts.
import { documentUploadRoute } from "@/lib/documents/upload-route";

export const dynamic = "force-dynamic";

export const POST = documentUploadRoute();
