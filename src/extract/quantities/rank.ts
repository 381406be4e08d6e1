// Ranks: an ordinal together with a ranking cue (`fifth-largest`, `lớn thứ 5`, `5위`, `第五大`).
import type { Compiled } from "./compile.ts";
import { key } from "./compile.ts";

export interface RankHit {
  start: number;
  end: number;
  value: number;
}

function ordinalValue(raw: string, lang: Compiled): number | null {
  const k = key(raw);
  const word = lang.ordinals.get(k);
  if (word !== undefined) return word;
  const digits = /\d+/.exec(raw);
  if (digits) return Number(digits[0]);
  const card = lang.vocab.get(k);
  if (card && card.kind === "word") return card.value;
  // A cardinal word inside a marker (`thứ năm`, `第五`): read the word part.
  for (const [w, v] of lang.vocab) if (v.kind === "word" && k.endsWith(w)) return v.value;
  return null;
}

/** Every rank expression of a (digit-normalised) sentence, left to right, non-overlapping. */
export function findRanks(text: string, lang: Compiled): RankHit[] {
  const hits: RankHit[] = [];
  const patterns = lang.superlative?.test(text) ? [...lang.ranks, ...lang.superRanks] : lang.ranks;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      // A pattern without an ordinal is a bare superlative (`largest partner`, `최대 교역국`): first place.
      const raw = m.groups === undefined ? null : m.groups.ord ?? m.groups.num;
      if (raw === undefined) continue;
      const value = raw === null ? 1 : ordinalValue(raw, lang);
      if (value === null || value <= 0 || value > 1000) continue;
      // Trim surrounding whitespace the pattern may have taken.
      let start = m.index;
      let end = m.index + m[0].length;
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      hits.push({ start, end, value });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RankHit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}
