// Ingest from the browser: off unless the server was started with --allow-ingest, and then only
// with the token printed at start-up (Authorization: Bearer <token>, or a `token` form field —
// a page on another site cannot know it, so it cannot post here either). Uses the CLI's
// transactional path: analyseInput per input, one BatchWriter for the request.
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Db } from "../store/db.ts";
import { BatchWriter, formatBytes } from "../ingest/batch.ts";
import { analyseInput } from "../pipeline/analyse.ts";
import { looksLikeFeed, splitFeed } from "../ingest/feed.ts";
import { InputError } from "../ingest/errors.ts";
import { tokenMatches } from "./security.ts";
import { ErrorBody, IngestResult } from "./schemas.ts";

export interface IngestConfig { enabled: boolean; token: string | null; maxBytes: number }

export const IngestJson = z.object({
  text: z.string().min(1, "text must not be empty"),
  name: z.string().max(200).optional().openapi({ description: "a name for the pasted text, e.g. `note.txt` or `article.html`" }),
}).openapi("IngestText");

// Files are read from the parsed form in the handler; the schema documents the fields.
const IngestForm = z.looseObject({
  files: z.any().optional().openapi({ type: "array", items: { type: "string", format: "binary" }, description: "one or more files (.txt, .html, RSS/Atom feeds)" }),
  text: z.string().optional(), name: z.string().optional(),
  token: z.string().optional().openapi({ description: "the start-up token, when no Authorization header is sent" }),
}).openapi("IngestForm");

const route = createRoute({
  method: "post", path: "/api/ingest", tags: ["ingest"],
  summary: "ingest pasted text (JSON) or uploaded files (multipart/form-data, field `files`); needs --allow-ingest and the start-up token",
  security: [{ bearer: [] }],
  request: { body: { required: false, content: { "application/json": { schema: IngestJson }, "multipart/form-data": { schema: IngestForm } } } },
  responses: {
    200: { description: "what was stored", content: { "application/json": { schema: IngestResult } } },
    400: { description: "malformed request", content: { "application/json": { schema: ErrorBody } } },
    403: { description: "ingest disabled, or token missing or wrong", content: { "application/json": { schema: ErrorBody } } },
    413: { description: "request too large", content: { "application/json": { schema: ErrorBody } } },
  },
});

const forbidden = (c: Context, message: string) => c.json({ error: "forbidden", message }, 403);

function isForm(c: Context): boolean {
  const type = c.req.header("content-type") ?? "";
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

function guard(cfg: IngestConfig): MiddlewareHandler {
  return async (c, next) => {
    if (!cfg.enabled || !cfg.token) return forbidden(c, "ingest from the browser is off; start the server with --allow-ingest");
    const auth = c.req.header("authorization") ?? "";
    const bearer = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    let ok = tokenMatches(cfg.token, bearer);
    if (!ok && !bearer && isForm(c)) {
      const form = await c.req.parseBody({ all: true });
      ok = tokenMatches(cfg.token, typeof form.token === "string" ? form.token : null);
    }
    if (!ok) return forbidden(c, "a valid ingest token is required (printed when the server started)");
    await next();
  };
}

export function registerIngestRoute(app: OpenAPIHono, db: Db, cfg: IngestConfig): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.use("/api/ingest", bodyLimit({
    maxSize: cfg.maxBytes,
    onError: (c) => c.json({ error: "too_large", message: `request is over the ${formatBytes(cfg.maxBytes)} limit` }, 413),
  }));
  app.use("/api/ingest", guard(cfg));
  app.openapi(route, async (c) => {
    const inputs: { source: string; bytes: Uint8Array }[] = [];
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    if (isForm(c)) {
      const form = await c.req.parseBody({ all: true });
      const files = ([] as unknown[]).concat(form.files ?? [], form.file ?? []);
      for (const f of files) {
        if (f instanceof File) inputs.push({ source: `upload/${stamp}/${safeName(f.name)}`, bytes: new Uint8Array(await f.arrayBuffer()) });
      }
      if (typeof form.text === "string" && form.text.trim()) inputs.push({ source: `paste/${stamp}/${safeName(typeof form.name === "string" ? form.name : "pasted.txt")}`, bytes: new TextEncoder().encode(form.text) });
    } else {
      const type = c.req.header("content-type") ?? "";
      if (!type.startsWith("application/json")) return c.json({ error: "bad_request", message: "send JSON {\"text\": …} or multipart/form-data with `files`" }, 400);
      const body = c.req.valid("json");
      inputs.push({ source: `paste/${stamp}/${safeName(body.name ?? "pasted.txt")}`, bytes: new TextEncoder().encode(body.text) });
    }
    if (inputs.length === 0) return c.json({ error: "bad_request", message: "nothing to ingest: add text or files" }, 400);

    const writer = new BatchWriter(db);
    for (const input of inputs) {
      const expanded = looksLikeFeed(input.bytes, input.source) ? splitFeed(input.bytes, input.source) : [input];
      for (const item of expanded) {
        try {
          writer.add(analyseInput(item.source, item.bytes));
        } catch (err) {
          writer.skip(item.source, err instanceof InputError ? err.reason : `could not be analysed: ${(err as Error).message}`);
        }
      }
    }
    const report = writer.finish();
    return c.json({ added: report.added, unchanged: report.unchanged, skipped: report.skipped }, 200);
  });
}

/** Keeps the file name's extension (it tells html from text) but nothing that reads as a path. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "").slice(0, 120);
  return clean || "input.txt";
}
