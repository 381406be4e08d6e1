// Which country a place is in. The entity recogniser owns the gazetteer; until it exposes one,
// `data/places.tsv` (name, …, ISO alpha-2) is read when present, and the text itself is used:
// `Kuala Lumpur, Malaysia` names the country right after the city.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "../../lang/registry.ts";
import { fold } from "../../util/text.ts";

let table: Map<string, string> | null = null;

function load(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const file = join(dataDir, "places.tsv");
  if (!existsSync(file)) return table;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const cols = line.split("\t").map((c) => c.trim());
    const iso = cols.slice(1).find((c) => /^[A-Z]{2}$/.test(c));
    if (cols[0] && iso) table.set(fold(cols[0]), iso);
  }
  return table;
}

export function placeCountry(name: string): string | null {
  return load().get(fold(name)) ?? null;
}

/** `KUALA LUMPUR` → `Kuala Lumpur` (datelines are often in capitals). */
export function titleCase(s: string): string {
  const t = s.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
