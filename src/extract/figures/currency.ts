// A bare `$` or `dollars` is read as US dollars by the number parser. Money given by a country that
// has its own dollar (`Canada will provide $2 billion`, `Australia will provide $50 million to
// Fiji`: its own budget) is in that dollar. Explicit currencies (`C$`, `A$`, `CAD`, `dollars
// canadiens`) are read by the parser; figures are never converted, only the unit is read right.
// (A document's one explicit `A$` does not make its other bare dollars Australian: news often
// states trade in US dollars next to a budget line in the local one.)
import type { EntityRef, FactDraft } from "../../model.ts";
import { refKey } from "../../resolve/entities.ts";

/** ISO 4217 dollars of countries whose own news write them as `$`. */
const DOLLARS = new Set(["CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "FJD", "BND", "JMD", "TTD", "BSD", "BBD", "BZD", "GYD", "LRD", "NAD", "SBD"]);
/** A dollar written as such (symbol or word, in the 14 languages). */
const DOLLAR_WORD = /\$|dollar|dólar|dolar|доллар|ドル|달러|đô la|ดอลลาร์|元|دولار/iu;
/** A dollar said to be American (`US$`, `USD`, `dollars américains`, `美元`, `долларов США`). */
const US_MARK = /\bam[eé]ric|americano|estadounidense|amerikanisch|amerika|mỹ|美|米|미국|сша|америк|أمريك|อเมริกา|สหรัฐ/iu;
const US_CODE = /US|U\.S/u;

const isBareDollar = (f: FactDraft) => f.unit === "USD" && DOLLAR_WORD.test(f.surface) && !US_MARK.test(f.surface) && !US_CODE.test(f.surface);

/** The own dollar of a country (`country:CA` → `CAD`), if it has one. */
function dollarOf(ref: EntityRef | undefined): string | null {
  if (!ref || !ref.startsWith("country:")) return null;
  const code = `${refKey(ref)}D`;
  return DOLLARS.has(code) ? code : null;
}

export function readDollars(drafts: FactDraft[]): FactDraft[] {
  if (!drafts.some(isBareDollar)) return drafts;
  return drafts.map((f) => {
    if (!isBareDollar(f)) return f;
    const unit = f.status === "pledge" || f.metric === "aid" || f.metric === "funding" ? dollarOf(f.parties[0]) : null;
    return unit ? { ...f, unit } : f;
  });
}
