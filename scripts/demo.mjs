#!/usr/bin/env node
// The quick start's main job: ingest the sample corpus into ./attache.db, summarise what was
// learned, write the export, then serve the web UI over it (Ctrl-C to stop).
import { spawnSync, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin", "attache");
const db = process.env.ATTACHE_DB ?? join(root, "attache.db");
// samples/ holds copies of the seed articles from ../shared/corpus/seeds.
const corpus = process.argv[2] ?? join(root, "samples");

const run = (args) => {
  const r = spawnSync(process.execPath, [cli, ...args, "--db", db], { stdio: "inherit" });
  if (r.status !== 0 && r.status !== 3) process.exit(r.status ?? 1);
};

console.log(`Ingesting ${corpus} into ${db}`);
run(["ingest", corpus]);
run(["documents"]);
run(["export", "--format", "json", "--output", join(root, "attache-export.json")]);
console.log(`Export written to ${join(root, "attache-export.json")}`);
const server = spawn(process.execPath, [cli, "serve", "--db", db, ...(process.env.PORT ? ["--port", process.env.PORT] : [])], { stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
