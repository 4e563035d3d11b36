// The upload route's handler (POST /api/v1/documents, multipart/form-data with the fields
// initiativeId, statusReportId, isPublic and one `file`). The body is parsed as a stream (busboy):
// the file goes straight into the staging directory, counted and refused past 20 MB (413 with a
// field error), then checked by content (415 for a type that is not accepted or a name that does
// not fit it). The upload action (defineAction: policy against the loaded initiative, transaction,
// audit) stores it; on any error nothing stays behind: the staging file is always removed, and a
// stored object whose row was not committed is deleted. Cookie requests must come from this site
// (Sec-Fetch-Site or Origin), like the JSON API's writes; a token needs no such proof.
import { Readable } from "node:stream";
import busboy from "busboy";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { isSameOrigin, json, resolveActor, respond, type ApiOptions, type ApiRouteHandler } from "@/lib/api/route";
import { couldHold, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { AppError, httpStatusFor } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/config";
import { translateFieldErrors } from "@/lib/i18n/validation";
import type { ActionResult } from "@/lib/actions/define-action";
import { uploadDocumentAction } from "./mutations";
import { discardStaged, stageDocument, type StageProblem, type StageResult } from "./stage";
import { documentStore } from "./storage";
import { DOCUMENT_BODY_BYTES } from "@/lib/server/body-limit";
import { MAX_DOCUMENT_BYTES } from "./types";


const STATUS: Record<StageProblem, number> = { tooLarge: 413, type: 415, svg: 415, mismatch: 415, empty: 400, name: 400 };

function fieldError(status: number, message: string, key: string, locale: Locale, requestId: string): Response {
  return json({ error: { code: "VALIDATION", message, fieldErrors: translateFieldErrors({ file: [`#documents.errors.${key}`] }, locale) }, requestId }, status);
}

type Received = { fields: Record<string, string>; staged: StageResult | null };

/** Reads the multipart body as it arrives: fields into memory (small), the one file into staging. */
function receive(request: Request): Promise<Received> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: Object.fromEntries(request.headers),
        // Browsers send the file name as UTF-8 ("Übersicht.pdf"); busboy's default would read it as Latin-1.
        defParamCharset: "utf8",
        // One byte over the limit is enough to know; busboy drops the rest of the file.
        limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1, fields: 10, fieldSize: 2000, parts: 12 },
      });
    } catch {
      return reject(new AppError("VALIDATION", "Send the document as multipart/form-data."));
    }
    const fields: Record<string, string> = {};
    let staging: Promise<StageResult> | null = null;
    bb.on("field", (name, value) => {
      fields[name] = value;
    });
    bb.on("file", (name, stream, info) => {
      if (name !== "file" || staging) {
        stream.resume();
        return;
      }
      staging = stageDocument(stream, info.filename ?? "");
      staging.catch(() => stream.resume());
    });
    bb.on("error", () => reject(new AppError("VALIDATION", "The upload could not be read.")));
    bb.on("close", () => {
      if (!staging) return resolve({ fields, staged: null });
      staging.then((staged) => resolve({ fields, staged }), reject);
    });
    if (!request.body) return reject(new AppError("VALIDATION", "Send the document as multipart/form-data."));
    Readable.fromWeb(request.body as import("node:stream/web").ReadableStream).on("error", reject).pipe(bb);
  });
}

/**
 * The upload for an authenticated `actor`: policy pre-check, size, streaming into staging, content
 * check, the upload action, cleanup. The route below resolves the actor; tests call this directly.
 */
export async function handleDocumentUpload(request: Request, actor: Actor, ctx: { requestId: string; locale: Locale; db?: Db }): Promise<Response> {
  const { requestId, locale } = ctx;
  // Someone who could never upload is refused before a byte of the file is read.
  if (!couldHold(actor, "document.manage")) throw new AppError("FORBIDDEN", "You may not do this.");
  if (!/^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "")) {
    return json({ error: { code: "VALIDATION", message: "Send the document as multipart/form-data." }, requestId }, 415);
  }
  if (Number(request.headers.get("content-length") ?? 0) > DOCUMENT_BODY_BYTES) {
    return fieldError(413, "The document must not exceed 20 MB.", "tooLarge", locale, requestId);
  }
  const { fields, staged } = await receive(request);
  if (!staged) return fieldError(400, "Choose a file.", "missing", locale, requestId);
  if (!staged.ok) return fieldError(STATUS[staged.problem], `The document was refused (${staged.problem}).`, staged.problem, locale, requestId);
  let result: ActionResult<unknown> | null = null;
  try {
    result = await uploadDocumentAction.execute(actor, { ...fields, upload: staged.staged.token }, { requestId, locale, db: ctx.db });
  } finally {
    const entry = await discardStaged(staged.staged.token);
    // Stored, but the row was not committed: the object goes too.
    if (!result?.ok && entry?.storedKey) await documentStore().delete(entry.storedKey);
  }
  if (result.ok) return json({ data: result.data }, 201);
  if (result.code === "INTERNAL") return json({ error: { code: "INTERNAL", message: "Something went wrong." }, requestId }, 500);
  return json({ error: { code: result.code, message: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) }, requestId }, httpStatusFor[result.code]);
}

export function documentUploadRoute(options: ApiOptions = {}): ApiRouteHandler<Record<string, never>> {
  const fn: ApiRouteHandler<Record<string, never>> = (request) =>
    respond(request, async ({ requestId, locale }) => {
      const fromBrowser = !request.headers.has("authorization");
      if (fromBrowser && !request.headers.get("cookie")) throw new AppError("UNAUTHENTICATED", "Sign in or send a personal access token.");
      if (fromBrowser && !isSameOrigin(request)) throw new AppError("FORBIDDEN", "Cross-origin requests are not accepted.");
      const actor = await resolveActor(request, options, requestId, locale);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send a personal access token.");
      return handleDocumentUpload(request, actor, { requestId, locale, db: options.db });
    });
  Object.defineProperty(fn, BUILT_WITH_POLICY, { value: uploadDocumentAction.name });
  return fn;
}
