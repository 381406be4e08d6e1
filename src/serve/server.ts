// Starts the app on a real socket (for `attache serve` and the browser tests).
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Db } from "../store/db.ts";
import { createApp, type AppOptions } from "./app.ts";

export const DEFAULT_PORT = 4870;

export interface Running { url: string; port: number; close: () => Promise<void> }

export function startServer(db: Db, opts: AppOptions & { host?: string; port?: number } = {}): Promise<Running> {
  const app = createApp(db, opts);
  const hostname = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: opts.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`, port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
