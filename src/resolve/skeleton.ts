// Consonant skeletons of person names, for merging one foreigner's name written in different
// scripts when no table knows them: `Radosław Sikorski`, `Радослав Сикорский`, `라도스와프
// 시코르스키`, `ラドスワフ・シコルスキ`, `ราดอสวัฟ ซีกอร์สกี` and `رادوسلاف سيكورسكي` all come
// down to nearly the same run of consonant classes. Vowels are what transliterations disagree on
// (Arabic does not write short ones, Japanese and Korean insert them between consonants), and
// letters a script lacks are replaced by their neighbours (l/r, b/p/f/v, g/k, s/z/sh/ch/j), so
// both are dropped or folded into a class. Merging on a skeleton is guarded by the caller
// (different scripts, a shared country or organisation in the documents).
import anyAscii from "any-ascii";
import { levenshtein } from "../util/text.ts";

export type NameScript = "latin" | "cyrillic" | "arabic" | "thai" | "kana" | "hangul" | "han" | "other";

export interface Skeleton {
  script: NameScript;
  /** Consonant classes word by word (`sikorski` → `SKRSK`). */
  words: string[];
  /**
   * A second reading where the script has one: Thai as spoken, silent letters left out
   * (`สุธรรมพันธุ์` → `STMPN`, `Suthumpun`); Arabic `ض` as z; Latin `rz` as r + z.
   */
  spoken?: string[];
}

/** The script a name is written in (the first letter that tells). */
export function nameScript(name: string): NameScript {
  for (const ch of name) {
    if (/\p{sc=Han}/u.test(ch)) return "han";
    if (/[\p{sc=Katakana}\p{sc=Hiragana}]/u.test(ch)) return "kana";
    if (/\p{sc=Hangul}/u.test(ch)) return "hangul";
    if (/\p{sc=Thai}/u.test(ch)) return "thai";
    if (/\p{sc=Arabic}/u.test(ch)) return "arabic";
    if (/\p{sc=Cyrillic}/u.test(ch)) return "cyrillic";
    if (/\p{sc=Latin}/u.test(ch)) return "latin";
  }
  return "other";
}

const SMALL_KANA = /[ァィゥェォャュョヮ]/u;

/**
 * Katakana in Latin letters, syllable by syllable, with the conventions foreign names use: a
 * small kana replaces the vowel before it (`トゥ` tu, `ニャ` nya), `ー` and `ッ` add no consonant.
 */
function kanaLatin(name: string): string {
  let out = "";
  for (const ch of name) {
    if (ch === "ー" || ch === "ッ") continue;
    if (ch === "・" || ch === "·" || ch === "=" || ch === "゠") { out += " "; continue; }
    const l = anyAscii(ch).toLowerCase();
    if (SMALL_KANA.test(ch)) { out = out.replace(/[aeiou]$/, "") + l; continue; }
    out += l;
  }
  return out;
}

/** A name in lower-case Latin letters, by the script's own conventions. */
function latinOf(name: string, script: NameScript): string {
  const nfc = name.normalize("NFC");
  if (script === "kana") return kanaLatin(nfc);
  // Hangul comes out one capitalised syllable at a time (`LaDoSeuWaPeu`).
  let l = anyAscii(nfc).toLowerCase();
  // Polish `rz` before a vowel is the sound other scripts write `ж`, `즈`, `ジ` (`Andrzej`, `Анджей`).
  if (script === "latin") l = l.replace(/rz(?=[aeiouy])/g, "zh");
  // Thai writes aspirated stops with an `h` in romanisation (`ค` kh, `ท` th, `พ` ph) where other
  // scripts hear plain k, t, p.
  if (script === "thai") l = l.replace(/kh/g, "k").replace(/ph/g, "p");
  return l;
}

// Applied in order to lower-case Latin: digraphs first, then single letters to classes.
const CLASSES: [RegExp, string][] = [
  [/[^a-z ]+/g, ""],
  [/sch|tch|dzh|zh|sh|ch|ts|tz|dj|j|z|c(?=[eiy])/g, "S"],
  [/x/g, "KS"],
  [/ph|f|v|b|p/g, "P"],
  [/th|dh|d|t/g, "T"],
  [/kh/g, ""],
  [/ng(?![aeiouy])/g, "N"],
  [/gh|ck|qu|c|q|g|k/g, "K"],
  [/[lr]/g, "R"],
  [/s/g, "S"],
  [/m/g, "M"],
  [/n/g, "N"],
  [/[a-z]/g, ""],
];

function classes(word: string): string {
  let w = word;
  for (const [re, to] of CLASSES) w = w.replace(re, to);
  return w.replace(/(.)\1+/g, "$1");
}

/**
 * Thai as pronounced: a letter under the silence mark `์` (with its vowel sign) is not heard, and
 * `รร` is the vowel a (then n when no consonant closes the syllable). Thai names of Thai people are
 * romanised by sound (`สุธรรมพันธุ์`, `Suthumpun`); foreign names keep silent letters from their
 * spelling (`โดนัลด์`, `Donald`), so both readings are kept.
 */
function thaiSpoken(name: string): string {
  return name.normalize("NFC").replace(/[\u0E01-\u0E2E][\u0E34-\u0E3A]?\u0E4C/gu, "").replace(/รร(?=[\u0E01-\u0E2E])/gu, "ั").replace(/รร/gu, "ัน");
}

function wordsOf(latin: string): string[] {
  return latin.split(/[\s\-‐–.・·]+/u).map(classes).filter(Boolean);
}

/**
 * A foreign name Chinese spells by sound, dotted between its parts (`唐纳德·图斯克`), in pinyin with
 * the sounds pinyin letters stand for (`x`, `q`, `j` are sibilants; a syllable's `ng` is n; `er`
 * is r), as one word per part. Null for anything else.
 */
function hanForeignLatin(name: string): string | null {
  if (!/^[\p{sc=Han}]+(?:[·・][\p{sc=Han}]+)+$/u.test(name)) return null;
  return name.split(/[·・]/u).map((part) => [...part].map((c) => anyAscii(c).toLowerCase()).join("")
    .replace(/er(?![aeiou])/g, "r").replace(/ng/g, "n").replace(/[xqj]/g, "s")).join(" ");
}

/**
 * The skeleton of a name of two words or more, or null. Han is read only as a dotted foreign name
 * in a Chinese document (`language` zh): other Han names are read differently by each language.
 */
export function nameSkeleton(name: string, language = ""): Skeleton | null {
  const script = nameScript(name);
  if (script === "han") {
    const latin = language === "zh" ? hanForeignLatin(name.trim()) : null;
    const words = latin ? wordsOf(latin) : [];
    return words.length >= 2 ? { script, words } : null;
  }
  if (script === "other") return null;
  const words = wordsOf(latinOf(name, script));
  if (words.length < 2) return null;
  const other = otherReading(name, script);
  if (other == null) return { script, words };
  const spoken = wordsOf(other);
  return spoken.length === words.length && spoken.join() !== words.join() ? { script, words, spoken } : { script, words };
}

/**
 * A second way to read a name's letters, in lower-case Latin, when its script has one: Thai as
 * spoken; Arabic `ض` as the z that Arabic spellings of Persian, Turkic and Central Asian names write
 * with it (`ميرضيائيف`, Mirziyoyev), where Arabic names read it d (`رمضان`, Ramadan); Latin `rz`
 * before a vowel as written (`Mirziyoyev`), where the first reading took it for Polish `ż`.
 */
function otherReading(name: string, script: NameScript): string | null {
  if (script === "thai") return latinOf(thaiSpoken(name), script);
  if (script === "arabic" && name.includes("ض")) return latinOf(name.replace(/ض/gu, "ز"), script);
  if (script === "latin") {
    const plain = anyAscii(name.normalize("NFC")).toLowerCase();
    return /rz(?=[aeiouy])/.test(plain) ? plain : null;
  }
  return null;
}


/** Edits allowed between two skeletons of this length: short names must agree exactly. */
function allowance(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

/**
 * Whether two names in different scripts sound like one name: their whole skeletons (words
 * joined, so `عبد الرحمن` meets `Abdulrahman`) differ by at most a letter or two, in the written
 * order or, for two-word names, the other (`Takaichi Sanae`, `Sanae Takaichi`); and the last
 * words agree (a letter apart at most, in long ones), so a shared given name never carries a match.
 */
export function skeletonsMatch(a: Skeleton, b: Skeleton): boolean {
  if (a.script === b.script) return false;
  for (const x of a.spoken ? [a.words, a.spoken] : [a.words]) {
    for (const y of b.spoken ? [b.words, b.spoken] : [b.words]) if (wordsMatch(x, y)) return true;
  }
  return false;
}

function wordsMatch(aWords: string[], bWords: string[]): boolean {
  const a = { words: aWords }, b = { words: bWords };
  const joinedA = a.words.join("");
  if (joinedA.length < 4) return false;
  const orders = [b.words];
  if (b.words.length === 2) orders.push([b.words[1], b.words[0]]);
  for (const words of orders) {
    const joinedB = words.join("");
    if (joinedB.length < 4) continue;
    const max = Math.max(joinedA.length, joinedB.length);
    if (levenshtein(joinedA, joinedB) > allowance(max)) continue;
    const lastA = a.words[a.words.length - 1], lastB = words[words.length - 1];
    // Family names short enough to be confused must agree (`Руденко` is not `Rudskoy`).
    if (levenshtein(lastA, lastB) <= (Math.max(lastA.length, lastB.length) >= 5 ? 1 : 0)) return true;
  }
  return false;
}

/**
 * The lengths of a skeleton's joined readings: a match is at most two letters longer or shorter,
 * so an index by length keeps the comparisons to names of about the same size.
 */
export function skeletonLengths(sk: Skeleton): number[] {
  const out = [sk.words.join("").length];
  if (sk.spoken) out.push(sk.spoken.join("").length);
  return [...new Set(out)];
}
