// The number of a meeting (`26th`, `lần thứ 25`, `第26回`, `XIII`, `الخامس`): the ordinal nearest its noun
// with only names between them, never the day of a date or a regnal number.
import type { Mention, Sentence } from "../../model.ts";
import { asciiDigits, type DateMention } from "../dates/index.ts";
import { cjkNumber, type EventLexicon } from "./lexicon.ts";
import type { Hit } from "./detect.ts";
import { PUNCT, re, rs } from "./spans.ts";

const MAX_GAP = 50;

const BRACKETED = /[(（][^()（）\n]{1,50}[)）]/gu;

/** Text between two points, with entity mentions blanked: what is left must be linking words. */
function gapWithoutMentions(s: Sentence, from: number, to: number, ms: Mention[]): string {
  let gap = s.text.slice(from, to);
  for (const m of ms) {
    const a = rs(m, s) - from, b = re(m, s) - from;
    if (a >= 0 && b <= gap.length) gap = gap.slice(0, a) + " ".repeat(b - a) + gap.slice(b);
  }
  return gap;
}

/** An ordinal between which and the noun there are only names (`26th ASEAN-RoK Summit`, `lần thứ 25`). */
function nameLikeGap(lex: EventLexicon, raw: string): boolean {
  // A short aside in brackets belongs to the name (`외교·국방(2+2) 장관회의`, `(Industrial Cooperation Committee/ICC)`).
  const gap = raw.includes("(") || raw.includes("（") ? raw.replace(BRACKETED, " ") : raw;
  if (gap.length > MAX_GAP || PUNCT.test(gap)) return false;
  if (lex.continuous) return gap.length <= lex.maxNameGap;
  if (!lex.capitalizedNames) return gap.trim().split(/[\s\-–]+/).filter(Boolean).length <= 5;
  return gap.split(/[\s\-–—/]+/).filter(Boolean).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || lex.linkRe.test(w));
}

export function findOrdinal(lex: EventLexicon, s: Sentence, hit: Hit, ms: Mention[], dates: DateMention[] = []): { value: number; start: number; end: number } | null {
  const text = asciiDigits(s.text);
  let best: { value: number; start: number; end: number; dist: number } | null = null;
  const consider = (value: number, start: number, end: number) => {
    if (!value || value > 300) return;
    // `am 11. November 2025 in Santiago Regierungsgespräche`: the day of a date is no ordinal.
    if (dates.some((d) => start < d.end && d.start < end)) return;
    // `الملك عبدالله الثاني` (Abdullah II): a regnal number belongs to the name.
    if (ms.some((m) => m.type === "person" && start < re(m, s) && rs(m, s) < end)) return;
    let dist: number;
    if (end <= hit.start) {
      if (!nameLikeGap(lex, gapWithoutMentions(s, end, hit.start, ms))) return;
      dist = hit.start - end;
    } else if (start >= hit.end) {
      if (!nameLikeGap(lex, gapWithoutMentions(s, hit.end, start, ms))) return;
      dist = start - hit.end;
    } else return;
    if (!best || dist < best.dist) best = { value, start, end, dist };
  };
  if (lex.ordinalRe) {
    lex.ordinalRe.lastIndex = 0;
    for (const m of text.matchAll(lex.ordinalRe)) {
      const n = m.slice(1).find((g) => g !== undefined);
      if (n) consider(cjkNumber(n), m.index, m.index + m[0].length);
    }
  }
  if (lex.ordinalWordRe) {
    lex.ordinalWordRe.lastIndex = 0;
    for (const m of s.text.matchAll(lex.ordinalWordRe)) consider(lex.ordinalWords.get(m[0].toLowerCase()) ?? 0, m.index, m.index + m[0].length);
  }
  if (lex.roman) {
    // `XIIIe session`, `XIII.ª Comisión`: the language's ordinal ending may follow the numeral.
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])([IVXLC]{2,7})(?:e|ème|eme|er|ª|º|\.ª|\.º)?(?![\p{L}\p{N}])/gu)) consider(romanValue(m[1]), m.index, m.index + m[0].length);
  }
  const b = best as { value: number; start: number; end: number } | null;
  return b ? { value: b.value, start: b.start, end: b.end } : null;
}

export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]], next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  // Reject non-canonical strings (`IIII`, `VX`) that are more likely initials than numerals.
  return toRoman(total) === s ? total : 0;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}
