// Entity recognition for one document: gazetteer names (countries, organisations, agreements,
// places), acronyms the text defines, names found by their head noun, and people. Overlaps are
// settled here: people and places win over the country or organisation words inside them
// (`Korean Peninsula` is no mention of Korea); names of organisations and agreements keep the
// countries and organisations inside them (`ASEAN-Korea Free Trade Agreement` mentions ASEAN).
import type { EntityRef, Mention, Sentence } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { tokenIndexAt, tokenize, type Token } from "./tokens.ts";
import { matchGazetteer, nestedMentions } from "./match.ts";
import { findAcronyms } from "./acronyms.ts";
import { findNamed } from "./named.ts";
import { findPersons, insideKnownSpelling, titleStartsIn } from "./persons.ts";
import { hanCountryAbbreviations, hangulCountryAbbreviations } from "./han-abbrev.ts";
import { currencyCountry } from "./currency.ts";
import { stateNotCountry } from "./states.ts";
import { givenNameNotCountry } from "./given-names.ts";
import type { Span } from "./spans.ts";

export { placeCountry } from "./gazetteer.ts";

const BLOCKING = new Set(["person", "place"]);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return sentences[ans]?.index ?? 0;
}

/** `inter-Korean`, `inter-Koreaanse`: not the country. */
function interPrefixed(text: string, tokens: Token[], s: Span): boolean {
  const prev = tokens[s.first - 1];
  return !!prev && /^inter$/i.test(prev.text) && /^[-‐–]$/.test(text.slice(prev.end, tokens[s.first].start));
}

export function recognizeEntities(ctx: Omit<ExtractionContext, "mentions">): Mention[] {
  const { text } = ctx;
  const tokens = tokenize(text);
  const titleStarts = titleStartsIn(text, tokens);
  const found = matchGazetteer(text, tokens, ctx.language);
  const acr = findAcronyms(text, tokens);
  const recognised = new Uint8Array(tokens.length);
  for (const s of [...found, ...acr.spans]) for (let k = s.first; k <= s.last; k++) recognised[k] = 1;
  const gaz = found
    .filter((s) => !(s.type === "country" && (interPrefixed(text, tokens, s) || text[s.end] === "$" || currencyCountry(text, tokens, s) || stateNotCountry(text, s))))
    // A country name inside a person's name (`Michael Jordan`, `Israel Adesanya`) is no mention of the country.
    .filter((s) => !givenNameNotCountry(text, tokens, s, (i) => recognised[i] === 1, titleStarts, ctx.language))
    // A place word inside a well-known person's name as written (`다카이치 사나에`) is part of the name.
    .filter((s) => !(s.type === "place" && s.first === s.last && tokens[s.first].script !== "latin" && insideKnownSpelling(text, s.start, s.end)));

  const claimedAt: (Span | undefined)[] = new Array(tokens.length);
  for (const s of [...gaz, ...acr.spans]) {
    for (let k = s.first; k <= s.last; k++) {
      const cur = claimedAt[k];
      if (!cur || (cur.last - cur.first) < (s.last - s.first)) claimedAt[k] = s;
    }
  }
  const named = findNamed(text, tokens, (i) => !!claimedAt[i], titleStarts);
  // People must not start inside any claimed name: countries/orgs stop names, and so do named things.
  const claimForPeople = claimedAt.slice();
  for (const s of named) for (let k = s.first; k <= s.last; k++) claimForPeople[k] ??= s;
  const persons = findPersons(text, tokens, { at: claimForPeople, spans: [...gaz, ...acr.spans, ...named] }, titleStarts, ctx.language);

  const nested = nestedMentions(text, tokens, ctx.language, [...gaz, ...acr.spans, ...named])
    .filter((s) => !(s.type === "country" && (interPrefixed(text, tokens, s) || text[s.end] === "$" || currencyCountry(text, tokens, s) || stateNotCountry(text, s))));
  const places = gaz.filter((s) => s.type === "place");
  // People block whatever overlaps them; places only what lies inside them (`China` in `South China Sea`).
  const blocked = (s: Span) => (persons.length > 0 && persons.some((b) => overlaps(b, s))) || (places.length > 0 && places.some((b) => b !== s && b.start <= s.start && s.end <= b.end));
  // Offsets as one number (texts are far shorter than 2^26 characters): no string per span.
  const known = new Set<number>();
  for (const o of gaz) known.add(o.start * 67_108_864 + o.end);
  for (const o of acr.spans) known.add(o.start * 67_108_864 + o.end);
  const all: Span[] = [];
  const abbreviated = hanCountryAbbreviations(text, tokens, (at) => tokenIndexAt(tokens, at), gaz.filter((g) => g.type === "country"));
  // A word the gazetteer names whole (`독일` is Germany, not 독 + 일) is no compound.
  if (ctx.language === "ko") {
    const countryAt = (i: number) => gaz.some((g) => g.type === "country" && g.first <= i && i <= g.last);
    abbreviated.push(...hangulCountryAbbreviations(text, tokens, countryAt).filter((s) => !gaz.some((g) => overlaps(g, s))));
  }
  for (const list of [gaz, acr.spans, named, nested, abbreviated]) {
    for (const s of list) {
      if (!BLOCKING.has(s.type) && blocked(s)) continue;
      // A place inside a person's name is part of it (`Санаэ` in `Санаэ Такаити` is not Sanaa).
      if (s.type === "place" && persons.some((b) => b.start <= s.start && s.end <= b.end)) continue;
      if (s.source === "named" && known.has(s.start * 67_108_864 + s.end)) continue;
      all.push(s);
    }
  }
  all.push(...persons);
  const mentions: Mention[] = [];
  // One mention per (start, end, ref), the first in this order. The sort is stable and puts spans
  // of the same extent next to each other, so only the refs of the current extent need keeping
  // (no key string per span).
  let runStart = -1, runEnd = -1;
  const runRefs: EntityRef[] = [];
  for (const s of all.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start !== runStart || s.end !== runEnd) {
      runStart = s.start;
      runEnd = s.end;
      runRefs.length = 0;
    } else if (runRefs.includes(s.ref)) continue;
    runRefs.push(s.ref);
    const m: Mention = {
      ref: s.ref, type: s.type, surface: text.slice(s.start, s.end), start: s.start, end: s.end,
      sentence: sentenceOf(ctx.sentences, s.start), name: s.name,
    };
    if (s.role) m.role = s.role;
    if (s.expansion) m.expansion = s.expansion;
    if (s.confidence !== undefined) m.confidence = s.confidence;
    if (s.demonym) m.demonym = true;
    if (s.bare) m.bare = s.bare;
    mentions.push(m);
  }
  return mentions;
}
