// Per-language knowledge lives in data files, one folder per language and one file per
// dimension: `lang/<code>/<dimension>.json` (numbers, dates, titles, events, cleaning, …).
// Adding a language is adding a folder; no code changes. Files are read once per process.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "lang"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("attache: cannot find the package root (folder with lang/)");
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const langDir = join(packageRoot, "lang");
/** Language-independent tables (organisations, false renderings, …). */
export const dataDir = join(packageRoot, "data");

const cache = new Map<string, Map<string, unknown>>();

/** Languages that have a data folder. */
export function languages(): string[] {
  return readdirSync(langDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

/**
 * Every language's file for one dimension, keyed by language code. `validate` turns the parsed
 * JSON into the typed resource (and should throw, naming the file, when it is malformed).
 */
export function loadDimension<T>(dimension: string, validate: (raw: unknown, file: string) => T): Map<string, T> {
  const cached = cache.get(dimension);
  if (cached) return cached as Map<string, T>;
  const out = new Map<string, T>();
  for (const code of languages()) {
    const file = join(langDir, code, `${dimension}.json`);
    if (!existsSync(file)) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (err) {
      throw new Error(`attache: ${file} is not valid JSON: ${(err as Error).message}`);
    }
    out.set(code, validate(raw, file));
  }
  cache.set(dimension, out as Map<string, unknown>);
  return out;
}

/** Reads a language-independent data file from `data/`. */
export function readDataFile(name: string): string {
  return readFileSync(join(dataDir, name), "utf8");
}
