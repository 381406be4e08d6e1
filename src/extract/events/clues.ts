// What a sentence says around a meeting noun beyond the noun itself: the day and city it opens with,
// a word for leaders together (talks of leaders are a summit), and the country a compact visit word
// names (`방한` → KR).
import type { Mention, Sentence } from "../../model.ts";
import type { DateMention } from "../dates/index.ts";
import type { EventLexicon } from "./lexicon.ts";
import type { Hit } from "./detect.ts";
import { isoOf, isVenue, markedPlace, rs } from "./spans.ts";
import { englishCountryName } from "../entities/regions.ts";

/**
 * The day and the place a sentence opens with (`Chiều 10/3, tại Hà Nội,`, `On 10 March, in Hanoi,`):
 * a day within its first words followed by a comma, and a marked city before its first meeting noun.
 */
export function openingScene(lex: EventLexicon, s: Sentence, dates: DateMention[], ms: Mention[], firstNoun: number): { date: DateMention | null; place: Mention | null } | null {
  const date = dates.find((d) => d.start <= 15 && d.precision === "day" && d.value && !d.until && !d.since && /^\s*[,，、]/u.test(s.text.slice(d.end))) ?? null;
  if (!date) return null;
  const place = ms.find((m) => m.type === "place" && rs(m, s) < Math.min(firstNoun, 60) && isVenue(m) && markedPlace(lex, s, m)) ?? null;
  return { date, place };
}

/** A clause ends: the leaders word before it speaks of something else. Periods are left out (`am 13. Januar`). */
const SENTENCE_STOP = /[;!?。！？；]/u;

/**
 * A word for leaders together right before a talks noun (`日韓首脳、奈良で会談`, `the two leaders held
 * talks`, `лидеры двух стран провели переговоры`) or right after it (`talks between the leaders`,
 * `переговоры лидеров`), in the same clause; not after `with` (`talks with the leaders of …` are a
 * guest's, not the leaders' own).
 */
export function leadersWord(lex: EventLexicon, s: Sentence, hit: Hit): { start: number; end: number } | null {
  const re = lex.summitLeadersRe;
  if (!re) return null;
  const from = Math.max(0, hit.start - 80);
  re.lastIndex = 0;
  const before = [...s.text.slice(from, hit.start).matchAll(re)].filter((m) => !notStateLeaders(lex, s.text, from + m.index, from + m.index + m[0].length)).pop();
  const gap = before ? s.text.slice(from + before.index + before[0].length, hit.start) : "";
  if (before && !SENTENCE_STOP.test(gap) && closeBy(gap)) {
    return { start: from + before.index, end: from + before.index + before[0].length };
  }
  const tail = s.text.slice(hit.end, hit.end + 25);
  re.lastIndex = 0;
  const after = re.exec(tail);
  if (after && !notStateLeaders(lex, s.text, hit.end + after.index, hit.end + after.index + after[0].length) && !SENTENCE_STOP.test(tail.slice(0, after.index)) && !lex.withRe?.test(tail.slice(0, after.index))) {
    return { start: hit.end + after.index, end: hit.end + after.index + after[0].length };
  }
  return null;
}

/** Whether the leaders word at [start, end) is part of a phrase for leaders of no state (`business leaders`). */
function notStateLeaders(lex: EventLexicon, text: string, start: number, end: number): boolean {
  const re = lex.notSummitLeadersRe;
  if (!re) return false;
  re.lastIndex = 0;
  for (const m of text.slice(Math.max(0, start - 40), end + 40).matchAll(re)) {
    const at = Math.max(0, start - 40) + m.index;
    if (at <= start && at + m[0].length >= end) return true;
  }
  return false;
}

/** A few words apart (`beider Länder führten am 13. Januar in Nara`), or a few characters of unspaced script (`、奈良で`). */
function closeBy(gap: string): boolean {
  const t = gap.trim();
  return /\s/u.test(t) ? t.split(/\s+/u).length <= 8 : t.length <= 12;
}

/** The country a visit word of the sentence names by itself (`방한` → KR), as a mention. */
export function visitedCountry(lex: EventLexicon, s: Sentence, countries: Mention[]): Mention | null {
  for (const w of lex.implied) {
    const m = w.re.exec(s.text);
    if (!m) continue;
    return countries.find((c) => isoOf(c) === w.country) ?? impliedCountry({ sentence: s, start: m.index, end: m.index + m[0].length }, w.country);
  }
  return null;
}

/** A country the text names only through a visit word (`来日`): a mention at the word itself. */
export function impliedCountry(hit: Pick<Hit, "sentence" | "start" | "end">, iso: string): Mention {
  const s = hit.sentence;
  return { ref: `country:${iso}`, type: "country", name: englishCountryName(iso), surface: s.text.slice(hit.start, hit.end), start: s.start + hit.start, end: s.start + hit.end, sentence: s.index };
}
