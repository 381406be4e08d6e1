// The HTTP application: JSON API under /api, the built web UI everywhere else.
// `createApp` does no I/O of its own, so tests drive it with app.request().
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import type { Db } from "../store/db.ts";
import { registerReadRoutes } from "./routes.ts";
import { registerIngestRoute } from "./ingest.ts";
import { securityHeaders } from "./security.ts";
import { defaultWebRoot, resolveStatic } from "./static.ts";

export const VERSION = "0.1.0";
export const DEFAULT_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  /** Accept POST /api/ingest (with `token`). */
  allowIngest?: boolean;
  token?: string | null;
  maxUploadBytes?: number;
  /** Folder holding the built UI (index.html, app.js, app.css). */
  webRoot?: string;
  /** Where unexpected errors are reported (never to the client). */
  logError?: (err: unknown) => void;
}

export function createApp(db: Db, opts: AppOptions = {}): OpenAPIHono {
  const maxUploadBytes = opts.maxUploadBytes ?? DEFAULT_UPLOAD_BYTES;
  const allowIngest = !!opts.allowIngest && !!opts.token;
  const app = new OpenAPIHono({
    // Validation failures become one readable 400; the zod issues come along as a list.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
      return c.json({ error: "bad_request", message: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), issues }, 400);
    },
  });

  app.use("*", securityHeaders);

  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      return c.json({ error: err.status === 400 ? "bad_request" : "error", message: err.message || "bad request" }, err.status);
    }
    (opts.logError ?? ((e) => process.stderr.write(`attache serve: ${(e as Error)?.stack ?? String(e)}\n`)))(err);
    return c.json({ error: "internal", message: "unexpected error; see the server log" }, 500);
  });

  registerReadRoutes(app, db, { name: "attache", version: VERSION, ingest: allowIngest, maxUploadBytes });
  registerIngestRoute(app, db, { enabled: allowIngest, token: opts.token ?? null, maxBytes: maxUploadBytes });

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Attaché API", version: VERSION, description: "Read-only JSON API over the Attaché store (documents, entities, figures, events, stories, discrepancies). See docs/api.md." },
  });

  app.all("/api/*", (c) => c.json({ error: "not_found", message: `no API route ${c.req.method} ${c.req.path}` }, 404));

  const webRoot = opts.webRoot ?? defaultWebRoot();
  app.get("*", (c) => {
    const raw = new URL(c.req.url).pathname;
    const file = resolveStatic(webRoot, raw);
    if (!file) return c.json({ error: "not_found", message: "not found" }, 404);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": file.type,
      "Cache-Control": file.type.startsWith("text/html") ? "no-cache" : "public, max-age=60",
    });
  });
  app.notFound((c) => c.json({ error: "not_found", message: "not found" }, 404));
  return app;
}
