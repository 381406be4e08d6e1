// Which country a place is in comes from the entity gazetteer; the text itself is used first
// (`Kuala Lumpur, Malaysia` names the country right after the city, see index.ts).
import { dataRows, splitNames } from "../entities/tables.ts";
import { cityCountry } from "../entities/cities.ts";
import { escapeRegExp, fold } from "../../util/text.ts";
import { factorAlternation } from "../../util/alternation.ts";
export { placeCountry } from "../entities/index.ts";

/** `KUALA LUMPUR` → `Kuala Lumpur` (datelines are often in capitals). */
export function titleCase(s: string): string {
  const t = s.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

let names: Map<string, { name: string; country: string | null }> | null = null;

/**
 * A city in any language or spelling (`Neu-Delhi`, `清迈`, `MANILA`) → its English name and country,
 * from data/places.tsv. Regions, seas and rivers (no single country) are never venues: null.
 */
export function venue(surface: string): { name: string; country: string } | null {
  if (!names) {
    names = new Map();
    for (const [en, country, , other] of dataRows("places.tsv", 3)) {
      const c = country && country !== "-" ? country : null;
      for (const n of [en!, ...splitNames(other)]) if (!names.has(fold(n))) names.set(fold(n), { name: en!, country: c });
    }
  }
  const v = names.get(fold(surface.trim()));
  if (v) return v.country ? { name: v.name, country: v.country } : null;
  // A city the hand-kept table lacks (`Huelva`) still has a country; it keeps the text's spelling,
  // since the generated table has English names only in part (`Saarbrucken`).
  const country = cityCountry(surface);
  return country ? { name: titleCase(surface), country } : null;
}

let buildings: { re: RegExp; city: string }[] | null = null;
/** Every building name of every city, without edges: a sentence it misses names no building. */
let anyBuilding: RegExp | null = null;

/**
 * `tại Phủ Chủ tịch`, `im Kanzleramt`, `ที่ทำเนียบรัฐบาล`: seats of government and palaces named in
 * a text (data/venues.tsv), with the city they stand in; offsets within `text`.
 */
export function buildingsIn(text: string): { start: number; end: number; surface: string; city: string }[] {
  if (!buildings) {
    buildings = dataRows("venues.tsv", 2).map(([city, names]) => {
      const alt = splitNames(names).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
      // Unspaced scripts have no word edges; elsewhere a name is whole words (`Kremlin`, not `Kremlinology`).
      return { city: city!, re: new RegExp(`(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])(?:${alt})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`, "gu") };
    });
    const all = dataRows("venues.tsv", 2).flatMap(([, names]) => splitNames(names)).map(escapeRegExp);
    anyBuilding = all.length ? new RegExp(factorAlternation(all, "u"), "u") : null;
  }
  // One scan for any name at all, instead of one scan per city, on the many sentences with none.
  if (!anyBuilding?.test(text)) return [];
  const out: { start: number; end: number; surface: string; city: string }[] = [];
  for (const b of buildings) for (const m of text.matchAll(b.re)) out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], city: b.city });
  return out.sort((a, b) => a.start - b.start);
}

