// The OpenAPI 3.1 description of the internal API (/api/v1, personal access tokens), served at
// GET /api/v1/openapi.json to signed-in users and tokens. Request bodies and query parameters come
// from the zod schemas the handlers validate with (z.toJSONSchema, JSON Schema 2020-12), so the
// document cannot drift from them; a test checks that every route file under app/api/v1 is here.
import { z } from "zod";
import { env } from "@/lib/env";
import { httpStatusFor } from "@/lib/errors/app-error";
import { portfolioFilterInput } from "@/lib/initiatives/api-queries";
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS, measurementBatchInput, measurementBatchOutput, measurementOutput } from "@/lib/kpis/bulk-measurements";
import { recordKpiMeasurementInput } from "@/lib/kpis/schemas";
import { initiativeDetailOutput, portfolioRowOutput } from "./openapi-responses";
import { MAX_BODY_BYTES } from "./route";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const data = (schema: JsonSchema) => ({
  "application/json": { schema: { type: "object", required: ["data"], properties: { data: schema } } },
});
const security = [{ bearerToken: [] }, { sessionCookie: [] }];
const kb = (bytes: number) => `${bytes / 1024} KB`;
const common = {
  "401": error("No valid token and no session (`WWW-Authenticate: Bearer`)."),
  "403": error("The token's scope or the user's role does not allow this, or a cookie write came from another site; PASSWORD_CHANGE_REQUIRED: the user has a temporary password and must change it in the app first."),
  "503": {
    ...error("UNAVAILABLE: the database cannot be reached right now (nothing was saved); try again after `Retry-After` seconds."),
    headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" } } },
  },
};

export function buildInternalOpenApi() {
  const query = Object.entries(portfolioFilterInput.shape).map(([name, schema]) => ({ name, in: "query", required: false, schema: jsonSchema(schema as z.ZodType) }));
  const singleBody = jsonSchema(recordKpiMeasurementInput.omit({ kpiId: true }));
  return {
    openapi: "3.1.0",
    info: {
      title: "Masterplan Monitor – internal API",
      version: "1",
      description:
        "For the city's own systems (e.g. the urban data platform). Authenticate with a personal access token " +
        "(`Authorization: Bearer mm_…`, created in the app under API-Zugänge, /app/account/tokens; scopes READ and KPI_WRITE, never more than the " +
        "token's user may do) or, from the app itself, with the session cookie (writes then only as same-origin JSON). " +
        "Every response is `Cache-Control: no-store`. Errors: `{ error: { code, message, fieldErrors? }, requestId }`.",
    },
    servers: [{ url: env().appUrl }],
    security,
    paths: {
      "/api/v1/initiatives": {
        get: {
          operationId: "listInitiatives",
          summary: "The internal portfolio (READ)",
          description: "All initiatives that are not archived, internal ones included, ordered by code.",
          parameters: query,
          responses: {
            "200": { description: "OK", content: data({ type: "array", items: jsonSchema(portfolioRowOutput, "output") }) },
            "400": error("A query parameter is invalid or unknown; `fieldErrors` names it."),
            ...common,
          },
        },
      },
      "/api/v1/initiatives/{code}": {
        get: {
          operationId: "getInitiative",
          summary: "One initiative with milestones, KPIs and budget (READ)",
          parameters: [{ name: "code", in: "path", required: true, schema: { type: "string", examples: ["VER-01"] } }],
          responses: { "200": { description: "OK", content: data(jsonSchema(initiativeDetailOutput, "output")) }, "404": error("No initiative with this code."), ...common },
        },
      },
      "/api/v1/kpis/{id}/measurements": {
        post: {
          operationId: "recordMeasurement",
          summary: "Record or correct one KPI value (KPI_WRITE)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          requestBody: { required: true, content: { "application/json": { schema: singleBody } } },
          responses: {
            ...common,
            "201": { description: "Stored.", content: data(jsonSchema(measurementOutput, "output")) },
            "200": { description: "Updated, or unchanged (the same value and note: nothing written).", content: data(jsonSchema(measurementOutput, "output")) },
            "400": error("The body is invalid or implausible for the KPI; `fieldErrors` names the fields."),
            "404": error("No KPI with this id."),
            "409": error("Changed by someone else meanwhile."),
            "403": error("The token has no KPI_WRITE scope, the user may not record values for this KPI, or a cookie write came from another site."),
            "413": error(`The body is larger than ${kb(MAX_BODY_BYTES)}.`),
            "415": error("A cookie write that is not application/json."),
          },
        },
      },
      "/api/v1/kpis/measurements": {
        post: {
          operationId: "recordMeasurements",
          summary: `Record up to ${MAX_BATCH_ITEMS} values for several KPIs (KPI_WRITE)`,
          description:
            "Each item runs on its own (atomic per item) through the same checks and audit as the single write: `stored`, " +
            "`updated`, `unchanged` (the same value and note: nothing written or audited) or `rejected` with the error " +
            "`code` and a `reason` (unknown KPI, a KPI the user may not record, an implausible value or date); a rejected " +
            "item does not affect the others. The results are in the order sent. `value` is a number or a decimal string " +
            "with a point (\"12.5\"); values keep 4 decimal places. Re-sending a batch is safe.",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchema(measurementBatchInput) } } },
          responses: {
            ...common,
            "200": { description: "One result per item.", content: data(jsonSchema(measurementBatchOutput, "output")) },
            "400": error("The body is not JSON, or not `{ items: [...] }` with at least one item; `fieldErrors` names the field."),
            "403": error("The token has no KPI_WRITE scope, the user's role never records values, or a cookie write came from another site: the whole batch is refused."),
            "413": error(`More than ${MAX_BATCH_ITEMS} items, or a body larger than ${kb(MAX_BATCH_BYTES)}.`),
            "415": error("A cookie write that is not application/json."),
          },
        },
      },
      "/api/v1/documents": {
        post: {
          operationId: "uploadDocument",
          summary: "Upload a document to an initiative or one of its status reports (session or READ token of a user who may manage its documents)",
          description:
            "`multipart/form-data` with the fields `initiativeId`, optional `statusReportId`, and `file` (PDF, XLSX, DOCX, PNG or JPEG, " +
            "up to 20 MB). The type is found in the content, never taken from the name: a file whose content does not match its name is refused. " +
            "Nothing is stored when anything is refused.",
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["initiativeId", "file"], properties: { initiativeId: { type: "string", format: "uuid" }, statusReportId: { type: "string", format: "uuid" }, file: { type: "string", format: "binary" } } } } } },
          responses: {
            ...common,
            "201": { description: "Stored.", content: data({ type: "object", properties: { id: { type: "string", format: "uuid" } } }) },
            "400": error("A form field is missing or invalid; `fieldErrors` names it."),
            "403": error("The user may not add documents to this initiative."),
            "404": error("No such initiative or status report."),
            "413": error("The file is larger than 20 MB."),
            "415": error("The type is not allowed, or the content does not match the file name."),
          },
        },
      },
      "/api/v1/documents/{id}": {
        get: {
          operationId: "downloadDocument",
          summary: "Download a document (READ), as an attachment with nosniff",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { "200": { description: "The file, with its detected Content-Type and `Content-Disposition: attachment`." }, "404": error("No document with this id."), ...common },
        },
      },
      "/api/v1/openapi.json": {
        get: { operationId: "getOpenApi", summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } }, ...common } },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal access token (scopes READ, KPI_WRITE)." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "mm.session",
          description: "The app's own session (`__Host-mm.session` over https); writes only as same-origin `application/json`.",
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error", "requestId"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: Object.keys(httpStatusFor) },
                message: { type: "string" },
                fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
              },
            },
            requestId: { type: "string" },
          },
        },
      },
    },
  };
}
