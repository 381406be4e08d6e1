// Loads the shipped tables in data/ (tab-separated, one entry a line, `#` comments). The bundle
// (dist/cli.js) and the sources (src/reconcile/*.ts) sit at different depths, so look upwards.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cache = new Map<string, string[][]>();

export function findDataFile(name: string, from = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const p = join(dir, "data", name);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** Rows of a data table; a missing table is empty (detection that needs it simply finds nothing). */
export function readTable(name: string): string[][] {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = findDataFile(name);
  const rows = path ? parseTable(readFileSync(path, "utf8")) : [];
  cache.set(name, rows);
  return rows;
}

export function parseTable(text: string): string[][] {
  return text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t").map((c) => c.trim()));
}
