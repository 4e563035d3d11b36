// The JSON endpoints of the open-data API, one table: path, query schema, response schema and
// loader. The route files build their handlers from it, the OpenAPI document and the DCAT
// catalogue describe it, and the tests call every entry, so documentation and behaviour agree.
import { z } from "zod";
import { env } from "@/lib/env";
import { NotFound, publicJson, type LoadContext, type PublicHandler } from "./http";
import { listDecisions } from "./decisions";
import { getFundingRollup } from "./funding";
import { getInitiativeDetail, listInitiatives } from "./initiatives";
import {
  budgetQuery,
  budgetRecord,
  decisionRecord,
  districtRecord,
  fieldRecord,
  fundingRollupRecord,
  initiativeDetailRecord,
  initiativeRecord,
  initiativesQuery,
  kpiRecord,
  kpisQuery,
  masterplanRecord,
  milestoneRecord,
  milestonesQuery,
  noQuery,
  pageMeta,
  partnerRecord,
  type Page,
} from "./schemas";
import { getMasterplan, listBudget, listDistricts, listKpis, listMilestones, listPartners } from "./tables";

export const API_BASE = "/api/public/v1";

export type JsonEndpoint = {
  /** OpenAPI path below API_BASE, e.g. "/initiatives/{slug}". */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  query: z.ZodObject;
  pathParams?: Record<string, string>;
  /** The whole response body. */
  response: z.ZodType;
  handler: PublicHandler;
};

const list = (item: z.ZodType) => z.object({ data: z.array(item), meta: pageMeta });
const single = (item: z.ZodType) => z.object({ data: item });

/** A page of rows with its meta block; `next` keeps the caller's filters. */
function paged<T>(ctx: LoadContext<Page>, result: { total: number; rows: T[] }) {
  const { limit, offset } = ctx.query;
  const nextOffset = offset + limit;
  let next: string | null = null;
  if (nextOffset < result.total) {
    const params = new URLSearchParams(ctx.url.searchParams);
    params.set("offset", String(nextOffset));
    params.set("limit", String(limit));
    next = `${env().appUrl}${ctx.url.pathname}?${params}`;
  }
  return { data: result.rows, meta: { total: result.total, limit, offset, next } };
}

/** What documents an endpoint: its OpenAPI path, operation and texts. */
type EndpointDoc = Pick<JsonEndpoint, "path" | "operationId" | "summary" | "description" | "pathParams">;

/** A paged list: the query's filter and page go to `load`; the response is a page of `item`s with its meta block. */
function pagedEndpoint<F, T>({
  query,
  item,
  load,
  ...doc
}: EndpointDoc & {
  query: z.ZodObject & z.ZodType<Page & F>;
  item: z.ZodType;
  load: (db: LoadContext<unknown>["db"], filter: F, page: Page) => Promise<{ total: number; rows: T[] }>;
}): JsonEndpoint {
  const handler = publicJson(query, async (ctx) => {
    const { limit, offset, ...filter } = ctx.query;
    return paged(ctx, await load(ctx.db, filter as F, { limit, offset }));
  });
  return { ...doc, query, response: list(item), handler };
}

/** Without query parameters: the response is `{ data }`, where `load` finds the data (or throws NotFound). */
function dataEndpoint({ data, load, ...doc }: EndpointDoc & { data: z.ZodType; load: (ctx: LoadContext<unknown>) => Promise<unknown> }): JsonEndpoint {
  return { ...doc, query: noQuery, response: single(data), handler: publicJson(noQuery, async (ctx) => ({ data: await load(ctx) })) };
}

async function masterplanOrThrow(ctx: LoadContext<unknown>) {
  const found = await getMasterplan(ctx.db);
  if (!found) throw new NotFound("No masterplan has been published.");
  return found;
}

export const JSON_ENDPOINTS = {
  masterplan: dataEndpoint({
    path: "/masterplan",
    operationId: "getMasterplan",
    summary: "The masterplan with its overall progress",
    description: "Title, vision, period and the mean progress of all published initiatives.",
    data: masterplanRecord,
    load: async (ctx) => (await masterplanOrThrow(ctx)).masterplan,
  }),
  fields: dataEndpoint({
    path: "/fields",
    operationId: "listFields",
    summary: "Fields of action (Handlungsfelder)",
    description: "Every field of action with its progress and number of published initiatives.",
    data: z.array(fieldRecord),
    load: async (ctx) => (await masterplanOrThrow(ctx)).fields,
  }),
  initiatives: pagedEndpoint({
    path: "/initiatives",
    operationId: "listInitiatives",
    summary: "Published initiatives (Maßnahmen)",
    description: "Filter by field of action, status, district or partner; ordered by code; paged with limit and offset.",
    query: initiativesQuery,
    item: initiativeRecord,
    load: listInitiatives,
  }),
  initiative: dataEndpoint({
    path: "/initiatives/{slug}",
    operationId: "getInitiative",
    summary: "One published initiative in full",
    description:
      "Description, public milestones with their forecast history, partners and roles, districts, approved public status summaries, public budget by source, programme and year, public KPIs.",
    pathParams: { slug: "Slug of the initiative, as in the list." },
    data: initiativeDetailRecord,
    load: async (ctx) => {
      const found = await getInitiativeDetail(ctx.db, ctx.params.slug ?? "");
      if (!found) throw new NotFound("No published initiative with this slug.");
      return found;
    },
  }),
  milestones: pagedEndpoint({
    path: "/milestones",
    operationId: "listMilestones",
    summary: "Public milestones (Meilensteine)",
    description: "Baseline, forecast and completion dates of the public milestones of published initiatives.",
    query: milestonesQuery,
    item: milestoneRecord,
    load: listMilestones,
  }),
  kpis: pagedEndpoint({
    path: "/kpis",
    operationId: "listKpis",
    summary: "Public key performance indicators with their measurements",
    description: "Masterplan, field and initiative KPIs with baseline, target and every measurement.",
    query: kpisQuery,
    item: kpiRecord,
    load: listKpis,
  }),
  partners: dataEndpoint({
    path: "/partners",
    operationId: "listPartners",
    summary: "Partners of published initiatives",
    description: "Universities, companies and others with their roles in published initiatives.",
    data: z.array(partnerRecord),
    load: (ctx) => listPartners(ctx.db),
  }),
  districts: dataEndpoint({
    path: "/districts",
    operationId: "listDistricts",
    summary: "Districts (Stadtbezirke)",
    description: "The city's districts with the number of published initiatives concerning each.",
    data: z.array(districtRecord),
    load: (ctx) => listDistricts(ctx.db),
  }),
  budget: pagedEndpoint({
    path: "/budget",
    operationId: "listBudget",
    summary: "Public budget lines",
    description: "Planned and actual amounts per published initiative, year, funding source (level) and funding programme.",
    query: budgetQuery,
    item: budgetRecord,
    load: listBudget,
  }),
  funding: dataEndpoint({
    path: "/funding",
    operationId: "getFunding",
    summary: "Public funding rolled up by level and programme",
    description:
      "Planned and actual amounts of the public budget lines of published initiatives, per funding level (municipal, the city's state, federal, EU, partners, other) and per funding programme within it, with the programmes' funding rate, period and link.",
    data: fundingRollupRecord,
    load: (ctx) => getFundingRollup(ctx.db),
  }),
  decisions: dataEndpoint({
    path: "/decisions",
    operationId: "listDecisions",
    summary: "Public council decisions (Ratsbeschlüsse)",
    description:
      "Decisions of the council, its committees and district councils that the plan rests on, newest first: body, printed matter number (Drucksache), day, title, outcome, the link to the council information system, and the published masterplan, fields of action and initiatives they concern. Only decisions flagged public and attached to something published.",
    data: z.array(decisionRecord),
    load: (ctx) => listDecisions(ctx.db),
  }),
} satisfies Record<string, JsonEndpoint>;
