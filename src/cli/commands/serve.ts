import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { existsSync } from "node:fs";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { initLanguageDetection } from "../../detect/language.ts";
import { startServer, DEFAULT_PORT } from "../../serve/server.ts";
import { DEFAULT_UPLOAD_BYTES } from "../../serve/app.ts";
import { newToken } from "../../serve/security.ts";
import { parseSize } from "../options.ts";

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port: ${value} (0 picks a free one)`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web UI and the JSON API (http://127.0.0.1:4870/ by default)")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", parsePort, DEFAULT_PORT)
    .option("--allow-ingest", "accept pasted text and uploads from the browser (needs the token printed at start)")
    .option("--max-size <size>", "largest upload accepted by browser ingest", String(DEFAULT_UPLOAD_BYTES))
    .action(async (opts: { db?: string; host: string; port: number; allowIngest?: boolean; maxSize: string }) => {
      const path = resolveDbPath(opts.db);
      // Read-only unless the browser may write: the server can never change the store by accident.
      const db = opts.allowIngest || !existsSync(path) ? openDb(path) : openDb(path, { readonly: true });
      const token = opts.allowIngest ? newToken() : null;
      if (opts.allowIngest) await initLanguageDetection();
      const running = await startServer(db, { host: opts.host, port: opts.port, allowIngest: !!opts.allowIngest, token, maxUploadBytes: parseSize(opts.maxSize) });
      process.stdout.write(`Attaché is serving ${running.url}\n`);
      if (token) process.stdout.write(`Browser ingest is on. Token: ${token}\n`);
      if (opts.host !== "127.0.0.1" && opts.host !== "localhost" && opts.host !== "::1") {
        process.stderr.write(`warning: listening on ${opts.host}; anyone who can reach it can read the store\n`);
      }
      const stop = () => { void running.close().then(() => { db.close(); process.exit(0); }); };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
