// Handlers of the two documents that describe the open-data API: the OpenAPI description and the
// DCAT-AP.de catalogue. Kept apart from the endpoint tables, which both documents read.
import { buildCatalog } from "./catalog";
import { publicBody } from "./http";
import { buildOpenApi } from "./openapi";
import { noQuery } from "./schemas";

export const openApiHandler = publicBody(noQuery, async () => ({
  body: JSON.stringify(buildOpenApi(), null, 2),
  contentType: "application/json; charset=utf-8",
}));

export const catalogHandler = publicBody(noQuery, async ({ db }) => ({
  body: JSON.stringify(await buildCatalog(db), null, 2),
  contentType: "application/ld+json; charset=utf-8",
}));
