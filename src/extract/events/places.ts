// Which country a place is in comes from the entity gazetteer; the text itself is used first
// (`Kuala Lumpur, Malaysia` names the country right after the city, see index.ts).
export { placeCountry } from "../entities/index.ts";

/** `KUALA LUMPUR` → `Kuala Lumpur` (datelines are often in capitals). */
export function titleCase(s: string): string {
  const t = s.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
