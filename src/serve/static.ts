// Serves the built web UI (dist/web) and nothing else: a request path is decoded once, refused
// if it could climb out of the folder (`..`, encoded slashes, backslashes, NUL) and must then name
// a regular file inside it.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8", ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2",
};

/** dist/web next to the bundle (dist/cli.js) or, when running from source, at the repository root. */
export function defaultWebRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "web"), join(here, "..", "..", "dist", "web")];
  return candidates.find((c) => existsSync(join(c, "index.html"))) ?? candidates[candidates.length - 1];
}

export interface StaticFile { body: Uint8Array; type: string }

/** The file a raw (still percent-encoded) URL path names inside `root`, or null. */
export function resolveStatic(root: string, rawPath: string): StaticFile | null {
  if (/%(2f|5c|00)/i.test(rawPath)) return null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path === "/" || path === "") path = "/index.html";
  if (!path.startsWith("/") || path.includes("\\") || path.includes("\0")) return null;
  const segments = path.split("/").slice(1);
  if (segments.some((s) => s === "" || s === "." || s === ".." || s.startsWith("."))) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  if (!file.startsWith(base + sep)) return null;
  const type = TYPES[extname(file).toLowerCase()];
  if (!type) return null;
  try {
    if (!statSync(file).isFile()) return null;
    return { body: readFileSync(file), type };
  } catch {
    return null;
  }
}
