// The OpenAPI 3.1 description of the open-data API, generated from the endpoint tables and their
// zod schemas (z.toJSONSchema emits JSON Schema 2020-12, the dialect of OpenAPI 3.1), so the
// document cannot drift from what the handlers validate and return.
import { z } from "zod";
import { env } from "@/lib/env";
import { CSV_ENDPOINTS } from "./csv-endpoints";
import { API_BASE, JSON_ENDPOINTS, type JsonEndpoint } from "./endpoints";
import { errorRecord } from "./schemas";

export const LICENSE = {
  name: "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)",
  url: "https://www.govdata.de/dl-de/by-2-0",
  /** The DCAT-AP.de licence URI of the same licence. */
  dcatUri: "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
};

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, schema]) => {
    const s = jsonSchema(schema as z.ZodType, "input");
    const { description, ...rest } = s;
    return { name, in: "query", required: !(schema as z.ZodType).safeParse(undefined).success, description, schema: rest };
  });
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const CORS_NOTE = "Every response carries `Access-Control-Allow-Origin: *`; no authentication, no cookies.";

function jsonOperation(e: JsonEndpoint) {
  const parameters = [
    ...Object.entries(e.pathParams ?? {}).map(([name, description]) => ({ name, in: "path", required: true, description, schema: { type: "string" } })),
    ...queryParameters(e.query),
  ];
  return {
    get: {
      operationId: e.operationId,
      summary: e.summary,
      description: e.description,
      tags: ["data"],
      parameters,
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: jsonSchema(e.response) } } },
        "400": errorResponse("A query parameter is invalid or unknown; `fieldErrors` names it."),
        ...(e.pathParams || e.operationId === "getMasterplan" || e.operationId === "listFields" ? { "404": errorResponse("Not published.") } : {}),
      },
    },
  };
}

export function buildOpenApi() {
  const base = env().appUrl;
  const paths: Record<string, unknown> = {};
  for (const e of Object.values(JSON_ENDPOINTS)) paths[e.path] = jsonOperation(e);
  for (const e of Object.values(CSV_ENDPOINTS)) {
    paths[e.path] = {
      get: {
        operationId: e.operationId,
        summary: e.summary,
        description: `CSV (RFC 4180, UTF-8 with byte order mark, comma-separated, header row). Columns: ${e.columns.join(", ")}. Cells starting with = + - @ tab or carriage return are prefixed with an apostrophe.`,
        tags: ["downloads"],
        parameters: queryParameters(e.query),
        responses: {
          "200": { description: "OK", content: { "text/csv": { schema: { type: "string" } } } },
          "400": errorResponse("A query parameter is invalid or unknown."),
        },
      },
    };
  }
  paths["/openapi.json"] = {
    get: {
      operationId: "getOpenApi",
      summary: "This OpenAPI document",
      tags: ["meta"],
      parameters: [],
      responses: { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };
  paths["/catalog.jsonld"] = {
    get: {
      operationId: "getCatalog",
      summary: "DCAT-AP.de catalogue of the data sets (JSON-LD)",
      tags: ["meta"],
      parameters: [],
      responses: { "200": { description: "OK", content: { "application/ld+json": { schema: { type: "object" } } } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Masterplan Monitor – Open Data API",
      version: "1.0.0",
      description: `Published data of the digital masterplan: initiatives, milestones, KPIs, partners, districts, budgets and the council decisions the plan rests on. Read-only. ${CORS_NOTE} Dates are YYYY-MM-DD; amounts are exact decimal strings in euros. Lists are paged with \`limit\` and \`offset\`; \`meta.next\` links the next page.`,
      license: { name: LICENSE.name, url: LICENSE.url },
      contact: { name: "Open data", url: `${base}/open-data` },
    },
    servers: [{ url: `${base}${API_BASE}` }],
    tags: [
      { name: "data", description: "JSON records" },
      { name: "downloads", description: "CSV downloads of the same tables" },
      { name: "meta", description: "Descriptions of the API and the data sets" },
    ],
    paths,
    components: { schemas: { Error: jsonSchema(errorRecord) } },
  };
}
