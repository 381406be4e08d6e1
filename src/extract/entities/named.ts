// Names of organisations, agreements and initiatives found by their head noun when no table
// knows them: `ASEAN-Korea Digital Academy`, `Ministry of Foreign Affairs`, `Vietnamees Cultureel
// Centrum`. Capitalised words only (Latin and Cyrillic scripts); the name keys the ref.
import { makeRef } from "../../resolve/entities.ts";
import { squash } from "../../util/text.ts";
import { headTable, typeOfName } from "./heads.ts";
import { joinable, type Token } from "./tokens.ts";
import type { Span } from "./spans.ts";

const INNER = new Set(["of", "for", "on", "the", "and", "van", "voor", "de", "het", "en", "der", "des", "du", "la", "del", "und", "für", "et", "y", "&"]);
const MAX = 8;

const AND = new Set(["and", "en", "und", "et", "y", "&", "và", "dan", "и"]);

export function findNamed(text: string, tokens: Token[], taken: (i: number) => boolean, titleStarts: Set<number>): Span[] {
  const out: Span[] = [];
  const leading = headTable().leading;
  const cap = (i: number) => i >= 0 && i < tokens.length && tokens[i].upper && (tokens[i].script === "latin" || tokens[i].script === "cyrillic");
  for (let e = 0; e < tokens.length; e++) {
    // A lower-case head only when hyphenated to the name (`ASEAN-Korea-top`).
    // (The one-character gap is checked first: it is cheap and rarely true.)
    if (!cap(e) && !(e > 0 && tokens[e].start - tokens[e - 1].end === 1 && /^[-–]$/.test(text[tokens[e - 1].end]) && /^\p{Ll}/u.test(tokens[e].text))) continue;
    // Head-final: `… Digital Academy`, `… Cultureel Centrum`, `…-top`.
    const headType = typeOfName([tokens[e]]);
    if (!headType) continue;
    let s = e;
    while (s - 1 >= 0 && e - s < MAX && joinable(text, tokens[s - 1], tokens[s])) {
      if (cap(s - 1)) { s--; continue; }
      if (INNER.has(tokens[s - 1].key) && !AND.has(tokens[s - 1].key) && cap(s - 2) && joinable(text, tokens[s - 2], tokens[s - 1])) { s -= 2; continue; }
      break;
    }
    // Titles and articles in front are not part of the name (`Vice President of UNESCO General Conference`).
    for (let k = e - 1; k >= s; k--) if (titleStarts.has(k)) { s = k + 1; break; }
    while (s < e && (leading.has(tokens[s].text) || INNER.has(tokens[s].key))) s++;
    // Head-first: `Ministry of Foreign Affairs`, `Bank of Thailand`.
    let last = e;
    if (s === e && cap(e)) {
      let j = e;
      while (j + 2 < tokens.length && j - e < MAX && INNER.has(tokens[j + 1].key) && joinable(text, tokens[j], tokens[j + 1]) && joinable(text, tokens[j + 1], tokens[j + 2]) && cap(j + 2)) {
        j += 2;
        while (j + 1 < tokens.length && cap(j + 1) && joinable(text, tokens[j], tokens[j + 1])) j++;
      }
      last = j;
    }
    if (last === s) continue;
    if (!cap(s)) continue;
    let covered = true;
    for (let k = s; k <= last; k++) if (!taken(k)) covered = false;
    if (covered) continue;
    const words = tokens.slice(s, last + 1);
    const type = typeOfName(words) ?? headType;
    const name = squash(text.slice(tokens[s].start, tokens[last].end));
    out.push({ first: s, last, start: tokens[s].start, end: tokens[last].end, type, ref: makeRef(type, name), name, confidence: 0.7, source: "named" });
    e = last;
  }
  return out;
}
