#!/usr/bin/env node
// Runs every test file under test/ (or under the folders given) with node's test runner and tsx.
// Node 20's `--test` does not expand globs itself, hence this script.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["test"];
const files = [];
const walk = (p) => {
  if (statSync(p).isFile()) { if (p.endsWith(".test.ts")) files.push(p); return; }
  for (const e of readdirSync(p).sort()) walk(join(p, e));
};
roots.forEach(walk);
if (files.length === 0) { console.error("no test files found"); process.exit(1); }
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);
