// The generated layer of place data (data/cities.tsv, see scripts/make-cities.mjs): cities of over
// 100,000 people that the hand-kept places.tsv lacks. It answers one question, which country a
// city the text already names lies in; it never finds places in text.
import { dataRows } from "./tables.ts";
import { fold } from "../../util/text.ts";

let cities: Map<string, string> | null = null;

/** `Huelva` → `ES`, `Saarbrücken` → `DE` (any case, with or without accents); null when unknown or shared. */
export function cityCountry(name: string): string | null {
  if (!cities) {
    cities = new Map();
    for (const [city, country, ascii] of dataRows("cities.tsv", 2)) {
      for (const n of [city!, ascii]) if (n && !cities.has(fold(n))) cities.set(fold(n), country!);
    }
  }
  return cities.get(fold(name.trim())) ?? null;
}
