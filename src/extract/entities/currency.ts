// Currency names that carry a country (`dolar AS`, `US-Dollar`, `dólar estadounidense`,
// `долларов США`, `US dollars`): the money is meant, not the country.
import type { Token } from "./tokens.ts";
import type { Span } from "./spans.ts";

// Folded keys (Cyrillic keys are stems: `долларов` → `доллар`).
const CURRENCY = new Set(["dolar", "dolares", "dollar", "dollars", "dollaro", "dollari", "доллар", "долларов", "usd", "dolary", "dolarow"]);

/** Whether a country span is part of a currency name. */
export function currencyCountry(text: string, tokens: Token[], s: Span): boolean {
  const prev = tokens[s.first - 1], next = tokens[s.last + 1];
  // `dolar AS`, `dólares estadounidenses`, `долларов США`: the currency word right before.
  if (prev && CURRENCY.has(prev.key) && /^[ \u00a0]$/.test(text.slice(prev.end, tokens[s.first].start))) return true;
  if (!next || !CURRENCY.has(next.key)) return false;
  const gap = text.slice(tokens[s.last].end, next.start);
  // `US-Dollar` always; `US dollars` only for an abbreviation (`Singapore dollar` may still mean Singapore).
  return /^[-‐‑]$/.test(gap) || (/^\.?[ \u00a0]$/.test(gap) && /^(?:\p{Lu}\.?){2,3}$/u.test(text.slice(s.start, s.end)));
}
