// The API's input and output shapes. Routes are declared with these, so validation (400s) and
// the OpenAPI description at /api/openapi.json come from one place and cannot drift apart.
import { z } from "@hono/zod-openapi";

export const METRICS = ["trade", "exports", "imports", "investment", "aid", "funding", "people", "rank", "share", "growth", "count", "other"] as const;
export const STATUSES = ["actual", "target", "pledge"] as const;
export const ENTITY_TYPES = ["person", "country", "organization", "agreement", "initiative", "place", "event_series"] as const;

const date = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");

export const Page = z.object({
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(500, "limit must be at most 500").default(50)
    .openapi({ param: { name: "limit", in: "query" }, example: 50 }),
  offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0)
    .openapi({ param: { name: "offset", in: "query" }, example: 0 }),
});

const language = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639-1 code such as en, vi, nl").optional()
  .openapi({ param: { name: "language", in: "query" }, example: "vi" });
const from = date.optional().openapi({ param: { name: "from", in: "query" }, example: "2024-01-01" });
const to = date.optional().openapi({ param: { name: "to", in: "query" }, example: "2025-12-31" });
const entity = z.string().min(1).max(300).optional()
  .openapi({ param: { name: "entity", in: "query" }, description: "entity id, e.g. `country:KR`", example: "country:KR" });
const metric = z.enum(METRICS).optional().openapi({ param: { name: "metric", in: "query" } });
const status = z.enum(STATUSES).optional().openapi({ param: { name: "status", in: "query" } });

export const DocumentsQuery = Page.extend({ language, from, to, entity, story: z.string().max(200).optional() });
export const EntitiesQuery = Page.extend({
  type: z.enum(ENTITY_TYPES).optional().openapi({ param: { name: "type", in: "query" } }),
  language,
});
export const FactsQuery = Page.extend({ metric, status, entity, from, to, language, document: z.string().max(200).optional() });
export const FiguresQuery = Page.extend({
  metric, status, from, to, language,
  parties: z.string().max(2000).optional()
    .openapi({ param: { name: "parties", in: "query" }, description: "comma-separated entity ids; a series must include all of them", example: "country:KR,organization:ASEAN" }),
});
export const EventsQuery = Page.extend({
  entity, from, to, language,
  type: z.enum(["summit", "ministerial", "senior_officials", "dialogue", "state_visit", "official_visit", "talks", "signing", "other"]).optional()
    .openapi({ param: { name: "type", in: "query" } }),
});
export const StoriesQuery = Page.extend({ language, from, to, entity });
export const DiscrepanciesQuery = Page.extend({ kind: z.string().max(100).optional(), entity });
export const SearchQuery = z.object({
  q: z.string().max(200, "q must be at most 200 characters").default("")
    .openapi({ param: { name: "q", in: "query" }, example: "pham minh chinh" }),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(500, "limit must be at most 500").default(20)
    .openapi({ param: { name: "limit", in: "query" } }),
});
export const IdParam = z.object({
  id: z.string().min(1).max(500).openapi({ param: { name: "id", in: "path" }, description: "URL-encoded id (entity ids contain `:` and spaces)", example: "country:KR" }),
});

// ---- responses ----

export const ErrorBody = z.object({
  error: z.string().openapi({ example: "bad_request" }),
  message: z.string().openapi({ example: "limit: limit must be at least 1" }),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
}).openapi("Error");

export const EntityRef = z.object({ id: z.string(), name: z.string(), type: z.string() }).openapi("EntityRef");

export const DocumentSummary = z.object({
  id: z.string(), source: z.string(), url: z.string().nullable(), language: z.string(), title: z.string().nullable(),
  published: z.string().nullable(), story: z.string().nullable(), excerpt: z.string(),
}).openapi("DocumentSummary");

export const Source = z.object({
  document: z.string(), sentence: z.number().int(), quote: z.string(), surface: z.string().optional(),
  language: z.string(), title: z.string().nullable(),
  label: z.string().openapi({ description: "what a link to the document shows: its title, or its opening words when it has none" }),
  published: z.string().nullable(),
}).openapi("Source");

export const Fact = z.object({
  id: z.string(), metric: z.string(), value: z.number(), unit: z.string(), period: z.string().nullable(),
  status: z.string(), parties: z.array(EntityRef), subject: z.string().nullable(), series: z.string(),
  consensus: z.union([z.literal(true), z.string()]).openapi({ description: "`true`, or the id of the conflict this value belongs to" }),
  approximate: z.boolean(), sources: z.array(Source),
}).openapi("Fact");

export const Event = z.object({
  id: z.string(), type: z.string(), name: z.string(), ordinal: z.number().nullable(), date: z.string().nullable(),
  place: z.string().nullable(), country: z.string().nullable(), series: z.string().nullable(),
  participants: z.array(EntityRef), sources: z.array(Source),
}).openapi("Event");

export const EntitySummary = z.object({
  id: z.string(), type: z.string(), key: z.string(), name: z.string(), aliases: z.array(z.string()), documents: z.number().int(),
}).openapi("EntitySummary");

export const StorySummary = z.object({
  id: z.string(), title: z.string().nullable(), firstSeen: z.string(), documents: z.number().int(), languages: z.array(z.string()),
}).openapi("StorySummary");

export const Discrepancy = z.object({
  id: z.string(), kind: z.string(), description: z.string(), entities: z.array(EntityRef),
  evidence: z.array(z.object({ document: z.string(), quote: z.string() })), detail: z.unknown(),
}).openapi("Discrepancy");

export const SeriesPoint = z.object({
  fact: z.string(), period: z.string().nullable(), x: z.number().nullable().openapi({ description: "year used as the chart's x value" }),
  value: z.number(), status: z.string(), conflict: z.boolean(), consensus: z.union([z.literal(true), z.string()]),
  approximate: z.boolean(), sources: z.array(Source),
}).openapi("SeriesPoint");

export const Series = z.object({
  key: z.string(), metric: z.string(), unit: z.string(), status: z.string(), parties: z.array(EntityRef),
  subject: z.string().nullable(), points: z.array(SeriesPoint),
}).openapi("Series");

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) }).openapi(name);
}

export const Highlight = z.object({
  kind: z.enum(["entity", "fact", "event"]), id: z.string(), label: z.string(), start: z.number().int(), end: z.number().int(), sentence: z.number().int(),
}).openapi("Highlight");

export const DocumentDetail = z.object({
  document: DocumentSummary.extend({ text: z.string(), format: z.string(), encoding: z.string(), version: z.number().int(), supersededBy: z.string().nullable(), ingestedAt: z.string() }),
  sentences: z.array(z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int() })),
  highlights: z.array(Highlight),
  entities: z.array(EntityRef),
  facts: z.array(Fact),
  events: z.array(Event),
  story: z.object({ id: z.string(), title: z.string().nullable(), documents: z.array(DocumentSummary) }).nullable(),
}).openapi("DocumentDetail");

export const EntityDetail = z.object({
  entity: z.object({ id: z.string(), type: z.string(), key: z.string(), name: z.string() }),
  aliases: z.array(z.object({ alias: z.string(), language: z.string().nullable() })),
  roles: z.array(z.string()),
  facts: z.array(Fact), events: z.array(Event), documents: z.array(DocumentSummary),
}).openapi("EntityDetail");

export const StoryDetail = z.object({
  id: z.string(), title: z.string().nullable(), firstSeen: z.string(), documents: z.array(DocumentSummary),
  events: z.array(Event), facts: z.array(Fact),
}).openapi("StoryDetail");

export const SearchResult = z.object({
  query: z.string(), folded: z.string(),
  entities: z.array(EntitySummary.extend({ matched: z.string() })),
  documents: z.array(DocumentSummary.extend({ sentence: z.number().int().nullable(), snippet: z.string(), reason: z.string() })),
  facts: z.array(Fact), events: z.array(Event),
}).openapi("SearchResult");

export const Stats = z.object({
  documents: z.number().int(), entities: z.number().int(), facts: z.number().int(), events: z.number().int(),
  stories: z.number().int(), discrepancies: z.number().int(),
  byLanguage: z.array(z.object({ language: z.string(), count: z.number().int() })),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  latestEvents: z.array(Event), largestStories: z.array(StorySummary), openDiscrepancies: z.array(Discrepancy),
}).openapi("Stats");

export const IngestResult = z.object({
  added: z.array(z.object({ id: z.string(), source: z.string(), version: z.number().int() })),
  unchanged: z.array(z.object({ id: z.string(), source: z.string() })),
  skipped: z.array(z.object({ source: z.string(), reason: z.string() })),
}).openapi("IngestResult");

export const Info = z.object({ name: z.string(), version: z.string(), ingest: z.boolean(), maxUploadBytes: z.number().int() }).openapi("Info");
