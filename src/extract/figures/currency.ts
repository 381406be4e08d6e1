// A bare `$` or `dollars` is read as US dollars by the number parser. Money given by a country that
// has its own dollar (`Canada will provide $2 billion`, `Australia will provide $50 million to
// Fiji`: its own budget) is in that dollar. Explicit currencies (`C$`, `A$`, `CAD`, `dollars
// canadiens`) are read by the parser; figures are never converted, only the unit is read right.
// (A document's one explicit `A$` does not make its other bare dollars Australian: news often
// states trade in US dollars next to a budget line in the local one.)
import type { EntityRef, FactDraft } from "../../model.ts";
import { refKey } from "../../resolve/entities.ts";
import { readDataFile } from "../../lang/registry.ts";

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

/**
 * `localDollars`: countries whose own press writes in this language (`CA` for French: `136 G$`,
 * `250 M$` in Quebec news are Canadian dollars): any bare dollar figure about one of them is in
 * its dollar, not only money it gives.
 */
export function readDollars(drafts: FactDraft[], localDollars: ReadonlySet<string> = new Set()): FactDraft[] {
  if (!drafts.some(isBareDollar)) return drafts;
  return drafts.map((f) => {
    if (!isBareDollar(f)) return f;
    const given = f.status === "pledge" || f.metric === "aid" || f.metric === "funding";
    const local = f.parties.find((p) => p.startsWith("country:") && localDollars.has(refKey(p)));
    const unit = given ? dollarOf(f.parties[0]) : local ? dollarOf(local) : null;
    return unit ? { ...f, unit } : f;
  });
}

interface SharedName { stems: string[]; members: Map<string, string> }
let shared: SharedName[] | null = null;

/** data/currency-names.tsv: currency names several countries share, with each sharer's code. */
function sharedNames(): SharedName[] {
  if (shared) return shared;
  shared = [];
  for (const line of readDataFile("currency-names.tsv").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [stems, members] = line.split("\t");
    const map = new Map<string, string>();
    for (const pair of (members ?? "").split("|")) {
      const [code, country] = pair.trim().split(":");
      if (code && country) map.set(code, country);
    }
    shared.push({ stems: (stems ?? "").split("|").map((w) => w.trim().toLowerCase()).filter(Boolean), members: map });
  }
  return shared;
}

/** The last word of a sum as written (`500 millions de dirhams` → `dirhams`). */
const lastWord = (surface: string) => surface.trim().split(/[\s\u00a0]+/u).at(-1)?.toLowerCase() ?? "";

/**
 * `500 millions de dirhams` in a story about the UAE: a bare name several countries share, read
 * as one sharer (the parser's default), is the sharer the document is about when the default's
 * country is not named at all. The figure's own parties are asked first, then the document's
 * countries by how often they are named. `countries` counts country mentions by ISO code.
 */
export function readSharedCurrencies(drafts: FactDraft[], countries: ReadonlyMap<string, number>): FactDraft[] {
  return drafts.map((f) => {
    const family = sharedNames().find((n) => n.members.has(f.unit));
    if (!family || countries.has(family.members.get(f.unit)!)) return f;
    const word = lastWord(f.surface);
    const lead = f.surface.trim().toLowerCase();
    if (!family.stems.some((s) => word.includes(s) || lead.startsWith(s))) return f;
    const byCountry = new Map([...family.members].map(([code, iso]) => [iso, code]));
    const own = f.parties.map((p) => (p.startsWith("country:") ? byCountry.get(refKey(p)) : undefined)).find(Boolean);
    const named = [...countries].filter(([iso]) => byCountry.has(iso)).sort((a, b) => b[1] - a[1])[0];
    const unit = own ?? (named ? byCountry.get(named[0]) : undefined);
    return unit ? { ...f, unit } : f;
  });
}
