// Country names that are also US states (`Georgia`): after one of the state's cities and a comma
// (`Atlanta, Georgia`) or after words naming a state (`the US state of Georgia`) the name is the
// state, so no mention of the country. The cities and words are data (data/state-homonyms.tsv).
import { dataRows, splitNames } from "./tables.ts";
import type { Span } from "./spans.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (l: string[]) => [...l].sort((a, b) => b.length - a.length).map(escape).join("|");

let table: Map<string, { city: RegExp | null; phrase: RegExp | null }> | null = null;

function homonyms(): Map<string, { city: RegExp | null; phrase: RegExp | null }> {
  if (table) return table;
  table = new Map();
  for (const [code, cities, phrases] of dataRows("state-homonyms.tsv", 2)) {
    const c = splitNames(cities), p = splitNames(phrases);
    table.set(`country:${code}`, {
      // The city ends right before `, ` and starts a word.
      city: c.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alt(c)}),\\s*$`, "u") : null,
      phrase: p.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alt(p)})\\s+$`, "iu") : null,
    });
  }
  return table;
}

/** Whether a country span is really the US state of the same name, read from the words before it. */
export function stateNotCountry(text: string, s: Span): boolean {
  if (s.type !== "country") return false;
  const h = homonyms().get(s.ref);
  if (!h) return false;
  const before = text.slice(Math.max(0, s.start - 40), s.start);
  return !!(h.city?.test(before) || h.phrase?.test(before));
}
