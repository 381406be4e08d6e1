// The read-only API routes, each declared with its schemas (see schemas.ts).
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Db } from "../store/db.ts";
import * as S from "./schemas.ts";
import * as Q from "./queries.ts";
import { documentDetail } from "./document.ts";
import { search } from "./search.ts";

const errors = {
  400: { description: "malformed request", content: { "application/json": { schema: S.ErrorBody } } },
  500: { description: "unexpected error", content: { "application/json": { schema: S.ErrorBody } } },
};
const notFound = { 404: { description: "no such id", content: { "application/json": { schema: S.ErrorBody } } } };

function ok<T extends z.ZodType>(schema: T, description: string) {
  return { 200: { description, content: { "application/json": { schema } } } };
}

function list<Q extends z.ZodObject, R extends z.ZodType>(path: string, tag: string, summary: string, query: Q, item: R, name: string) {
  return createRoute({ method: "get", path, tags: [tag], summary, request: { query }, responses: { ...ok(S.pageOf(item, name), summary), ...errors } });
}

function one<R extends z.ZodType>(path: string, tag: string, summary: string, schema: R) {
  return createRoute({ method: "get", path, tags: [tag], summary, request: { params: S.IdParam }, responses: { ...ok(schema, summary), ...notFound, ...errors } });
}

const missing = (what: string, id: string) => ({ error: "not_found", message: `no ${what} with id ${JSON.stringify(id)}` });

/** An item route: looks the id up, 200 with the item or 404 naming what was missing. */
function item<R extends z.ZodType>(app: OpenAPIHono, path: string, tag: string, what: string, summary: string, schema: R, lookup: (id: string) => unknown): void {
  app.openapi(one(path, tag, summary, schema), (c) => {
    const { id } = c.req.valid("param");
    const found = lookup(id);
    // The query layer's types are checked against these schemas by the API tests; the cast keeps
    // this one helper generic over every item type.
    return found ? c.json(found as z.infer<R>, 200) : c.json(missing(what, id), 404);
  });
}

const splitList = (s: string | undefined) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : undefined);

export function registerReadRoutes(app: OpenAPIHono, db: Db, info: z.infer<typeof S.Info>): void {
  app.openapi(createRoute({ method: "get", path: "/api/info", tags: ["meta"], summary: "server name, version and whether browser ingest is enabled", responses: { ...ok(S.Info, "info") } }),
    (c) => c.json(info, 200));

  app.openapi(createRoute({ method: "get", path: "/api/stats", tags: ["meta"], summary: "counts and highlights for the dashboard", responses: { ...ok(S.Stats, "stats"), ...errors } }),
    (c) => c.json(Q.stats(db), 200));

  app.openapi(list("/api/documents", "documents", "documents, newest first", S.DocumentsQuery, S.DocumentSummary, "DocumentPage"),
    (c) => c.json(Q.queryDocuments(db, c.req.valid("query")), 200));
  item(app, "/api/documents/{id}", "documents", "document", "a document with its highlights (character offsets) and its story's other documents", S.DocumentDetail, (id) => documentDetail(db, id));

  app.openapi(list("/api/entities", "entities", "entities, most mentioned first", S.EntitiesQuery, S.EntitySummary, "EntityPage"),
    (c) => c.json(Q.queryEntities(db, c.req.valid("query")), 200));
  item(app, "/api/entities/{id}", "entities", "entity", "an entity with aliases, roles, facts, events and documents", S.EntityDetail, (id) => Q.entityDetail(db, id));

  app.openapi(list("/api/facts", "facts", "figures stated in documents, with their sources", S.FactsQuery, S.Fact, "FactPage"),
    (c) => c.json(Q.queryFacts(db, c.req.valid("query")), 200));
  item(app, "/api/facts/{id}", "facts", "fact", "one figure with its sources", S.Fact, (id) => Q.factById(db, id));

  app.openapi(list("/api/figures", "facts", "series of figures by metric and parties, targets apart from actuals, conflicts marked", S.FiguresQuery, S.Series, "SeriesPage"),
    (c) => {
      const { parties, ...q } = c.req.valid("query");
      return c.json(Q.querySeries(db, { ...q, parties: splitList(parties) }), 200);
    });

  app.openapi(list("/api/events", "events", "timeline of meetings, visits and signings (oldest first)", S.EventsQuery, S.Event, "EventPage"),
    (c) => c.json(Q.queryEvents(db, c.req.valid("query")), 200));
  item(app, "/api/events/{id}", "events", "event", "one event with its sources", S.Event, (id) => Q.eventById(db, id));

  app.openapi(list("/api/stories", "stories", "stories (documents reporting the same thing, in any language), largest first", S.StoriesQuery, S.StorySummary, "StoryPage"),
    (c) => c.json(Q.queryStories(db, c.req.valid("query")), 200));
  item(app, "/api/stories/{id}", "stories", "story", "a story with its documents, events and figures", S.StoryDetail, (id) => Q.storyDetail(db, id));

  app.openapi(list("/api/discrepancies", "discrepancies", "open discrepancies between sources", S.DiscrepanciesQuery, S.Discrepancy, "DiscrepancyPage"),
    (c) => c.json(Q.queryDiscrepancies(db, c.req.valid("query")), 200));
  item(app, "/api/discrepancies/{id}", "discrepancies", "discrepancy", "one discrepancy", S.Discrepancy, (id) => Q.queryDiscrepancies(db, { id, limit: 1, offset: 0 }).items[0]);

  app.openapi(createRoute({ method: "get", path: "/api/search", tags: ["search"], summary: "accent-, case- and language-insensitive search over entities, documents, figures and events",
    request: { query: S.SearchQuery }, responses: { ...ok(S.SearchResult, "search results"), ...errors } }),
  (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json(search(db, q, limit), 200);
  });
}
