#!/usr/bin/env node
// Bundles the CLI, the ingest worker and the web UI with esbuild. Fast enough (~100 ms) that
// bin/attache runs it whenever a source file is newer than the bundle.
import { build } from "esbuild";
import { existsSync, mkdirSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
mkdirSync(join(dist, "web"), { recursive: true });

const node = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  // Native and wasm-bearing packages must be loaded from node_modules, not inlined.
  packages: "external",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

const entries = [
  { in: "src/cli/main.ts", out: "cli" },
  { in: "src/pipeline/worker.ts", out: "worker" },
].filter((e) => existsSync(join(root, e.in)));

await build({
  ...node,
  entryPoints: entries.map((e) => ({ in: join(root, e.in), out: e.out })),
  outdir: dist,
});

if (existsSync(join(root, "web/src/main.tsx"))) {
  await build({
    entryPoints: [join(root, "web/src/main.tsx")],
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    sourcemap: "linked",
    jsx: "automatic",
    jsxImportSource: "preact",
    outfile: join(dist, "web/app.js"),
    logLevel: "warning",
    loader: { ".css": "css" },
  });
  for (const f of ["index.html"]) {
    if (existsSync(join(root, "web", f))) copyFileSync(join(root, "web", f), join(dist, "web", f));
  }
}
