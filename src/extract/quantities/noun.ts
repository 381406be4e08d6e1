// The counted noun after a number (`8 key tasks`, `40.000 sinh viên`, `50份文件`), and whether it
// names people.
import type { Compiled } from "./compile.ts";
import { key } from "./compile.ts";

const WORD = /[\s\u00a0\u202f]+([\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*)/uy;
const GLUED = /[\p{L}\p{M}]+/uy;
const CHAR = /[\p{L}\p{M}]/u;

export interface NounHit {
  noun: string;
  end: number;
}

/** The noun phrase starting at `pos`, as written, cut at the language's function words. */
export function nounAfter(text: string, pos: number, lang: Compiled, afterCounter: boolean): NounHit | null {
  const { script, maxNounWords } = lang.data;
  if (script === "unspaced") {
    let i = pos;
    // A space after a counter ends the phrase (`เอกสาร 3 ฉบับ และตั้งเป้า…`: what follows is the
    // next clause); a noun is read past spaces only right after a bare number.
    if (!afterCounter) while (i < text.length && text[i] === " ") i++;
    const s = i;
    while (i < text.length && i - s < maxNounWords && CHAR.test(text[i]!) && !lang.nounStops.has(text[i]!)) i++;
    return i > s ? { noun: text.slice(s, i), end: i } : null;
  }
  let cursor = pos;
  if (afterCounter && script === "agglutinative") {
    // `명의 학생`: skip the particle glued to the counter.
    GLUED.lastIndex = cursor;
    const g = GLUED.exec(text);
    if (g) cursor += g[0].length;
  }
  const words: string[] = [];
  let start = -1;
  let end = cursor;
  while (words.length < maxNounWords) {
    WORD.lastIndex = end;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[1]!;
    if (lang.nounStops.has(key(w.replace(/[-’']+$/u, "")))) break;
    if (start < 0) start = end + m[0].length - w.length;
    words.push(w);
    end += m[0].length;
    if (lang.nounHead?.test(w)) break;
    // A person noun heads its phrase (`40.000 mahasiswa belajar` → `mahasiswa`).
    if (isPersonNoun(text.slice(start, end), lang)) break;
    // A comma-free phrase ends where punctuation follows.
    if (!/^[\s\u00a0\u202f]/u.test(text[end] ?? ".")) break;
  }
  if (!words.length) return null;
  return { noun: text.slice(start, end), end };
}

/** True when the noun names people (`students`, `người`, `Vietnamezen`). */
export function isPersonNoun(noun: string, lang: Compiled): boolean {
  if (lang.personNoun?.test(noun)) return true;
  const first = noun.split(/\s+/u)[0] ?? "";
  return lang.personPatterns.some((p) => p.test(first));
}
