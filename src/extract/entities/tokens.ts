// Word tokens with offsets and match keys. Keys are folded (accent- and case-insensitive); Cyrillic
// keys are stemmed so case endings (`Вьетнама`, `Кореи`) meet their dictionary forms; Hangul and
// Arabic tokens carry alternative keys without attached particles/prefixes (`한국은`, `وفيتنام`).
import { fold, wordCharWidth } from "../../util/text.ts";

export type Script = "latin" | "cyrillic" | "hangul" | "cjk" | "arabic" | "other";

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Other keys the token may stand for (particle or prefix removed). */
  alts: string[];
  script: Script;
  /** First letter is a capital (scripts without case: false). */
  upper: boolean;
  /** Two or more letters, all capitals. */
  caps: boolean;
  /** Per-word memo shared by every token of the same word (recognisers cache their lookups here). */
  memo: WordMemo;
}

/** Lookups that depend only on the word, computed once per distinct word. */
export interface WordMemo {
  /** Gazetteer entries whose first key is this word's key or one of its alternatives, in lookup order. */
  gazetteer?: unknown[];
  /** Title candidates per title table: tables in `titleTables`, their lists at the same index in
   *  `titles` (a word meets one to three tables: a linear scan beats a Map keyed by object). */
  titleTables?: object[];
  titles?: unknown[][];
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const HANGUL = /\p{sc=Hangul}/u;
const CYRILLIC = /\p{sc=Cyrillic}/u;
const ARABIC = /\p{sc=Arabic}/u;
const LATIN = /\p{sc=Latin}/u;
// A capitalised word glued to a lower-case one (`secretaris-generaalTo`): split it, but only after
// four or more lower-case letters so `McDonald`, `iPhone`, `DeSantis` stay whole.
const GLUED = /(?<=\p{Ll}{4})(?=\p{Lu}\p{Ll})/u;
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
const HANGUL_PARTICLES = ["에서의", "에서는", "에서", "과도", "와도", "과는", "와는", "께서", "에도", "에는", "으로", "에게", "과의", "와의", "까지", "부터", "은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "에", "로", "측", "만"];

function scriptOf(s: string): Script {
  const ch = s[0];
  if (LATIN.test(ch)) return "latin";
  if (HANGUL.test(ch)) return "hangul";
  if (CJK.test(ch)) return "cjk";
  if (CYRILLIC.test(ch)) return "cyrillic";
  if (ARABIC.test(ch)) return "arabic";
  return "other";
}

/**
 * Cyrillic stem: a case ending (`президентом`, `Индонезией`, `Лавровым`) and trailing vowels and
 * soft/hard signs off, keeping at least four letters, so every case form meets the dictionary form.
 */
function stemCyrillic(k: string): string {
  const m = /^(.{4,}?)(?:ами|ями|ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ам|ям|ах|ях)?[аяеиоуыьйюэё]*$/u.exec(k);
  return m ? m[1] : k;
}

/** The match key of a word as it appears in a name list or a text. */
export function wordKey(word: string, script: Script = scriptOf(word)): string {
  // Hangul stays composed: NFD would split syllables into jamo and hide the particles.
  if (script === "hangul") return word.normalize("NFC");
  const f = fold(word).replace(/ /g, "");
  return script === "cyrillic" ? stemCyrillic(f) : f;
}

function altKeys(key: string, script: Script): string[] {
  const out: string[] = [];
  if (script === "hangul") {
    for (const p of HANGUL_PARTICLES) if (key.endsWith(p) && key.length - p.length >= 2) out.push(key.slice(0, -p.length));
  } else if (script === "arabic") {
    // A conjunction (و، ف) may stand before a preposition (ب، ل، ك): `وبالسعودية`, `وللسعودية`, `ولمصر`.
    const found = new Set<string>();
    for (const k of /^[وف]/u.test(key) && key.length > 3 ? [key, key.slice(1)] : [key]) {
      if (k !== key) found.add(k);
      if (/^(?:وال|بال|فال|كال)/u.test(k) && k.length > 5) found.add(k.slice(1));
      if (/^[بلك]/u.test(k) && k.length > 3) found.add(k.slice(1));
      if (/^لل/u.test(k) && k.length > 4) found.add("ال" + k.slice(2));
    }
    out.push(...found);
  }
  return out;
}

/**
 * The word as written without the particle or prefix that one of its alternative keys drops
 * (`한국의` → `한국`, `وبالسعودية` → `السعودية`, `للسعودية` → `السعودية`), or null when no cut of
 * the written word gives that key. Aliases need the bare name: a name is matched across documents
 * by its spelling, and `한국의` in one report must meet `한국은` in another.
 */
export function bareWord(word: string, altKey: string): string | null {
  const script = scriptOf(word);
  const tries: string[] = [];
  for (let n = 1; n <= 3 && n < word.length; n++) tries.push(word.slice(n), word.slice(0, -n));
  // `لل` + noun is the preposition `ل` on the article `ال`: the bare noun keeps its article.
  if (script === "arabic" && word.startsWith("لل")) tries.push("ال" + word.slice(2));
  for (const t of tries) if (wordKey(t, script) === altKey) return t;
  return null;
}

type WordInfo = Pick<Token, "key" | "alts" | "script" | "upper" | "caps" | "memo">;

// Words repeat across a document and across documents: describe each distinct word once.
const words = new Map<string, WordInfo>();
const MAX_CACHED = 200_000;

function describe(text: string): WordInfo {
  let w = words.get(text);
  if (w) return w;
  const script = scriptOf(text);
  const key = wordKey(text, script);
  const letters = text.replace(/[^\p{L}]/gu, "");
  w = {
    key, alts: altKeys(key, script), script, memo: {},
    upper: /^\p{Lu}/u.test(text),
    caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
  if (words.size >= MAX_CACHED) words.clear();
  words.set(text, w);
  return w;
}

function makeToken(text: string, start: number): Token {
  // An explicit literal, not a spread: one hidden class for every token, and no property copying loop.
  const w = describe(text);
  return { start, end: start + text.length, text, key: w.key, alts: w.alts, script: w.script, upper: w.upper, caps: w.caps, memo: w.memo };
}

// Unspaced scripts glue Latin words to their neighbours (`ASEANと日本は`, `APEC에서`): split there, or
// the whole run takes the script of its first letter and the unspaced-script matchers never see it.
const MIXED_SCRIPTS = /\p{sc=Latin}[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]\p{sc=Latin}/u;
const SCRIPT_BOUNDARY = /(?<=\p{sc=Latin})(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}])(?=\p{sc=Latin})/u;

function splitWord(word: string): string[] {
  if (word.length >= 2 && beyondLatin(word) && MIXED_SCRIPTS.test(word)) return word.split(SCRIPT_BOUNDARY).flatMap(splitWord);
  return word.length >= 6 && LOWER_UPPER.test(word) && GLUED.test(word) ? word.split(GLUED) : [word];
}

/**
 * Han, kana, Hangul and Thai all lie at U+0E00 and above: a word without such a code unit cannot
 * mix Latin with them, so the script regex is spared on nearly every word of Latin text.
 */
function beyondLatin(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

/**
 * False when splitWord would certainly return the word whole: it mixes no scripts (see beyondLatin)
 * and cannot hold a lower-case letter followed by a capital, which needs a capital after the first
 * character (only ASCII is ruled out here; any other character leaves the regexes to decide).
 */
function maySplit(word: string): boolean {
  if (word.length >= 2 && beyondLatin(word)) return true;
  if (word.length < 6) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f || (c >= 0x41 && c <= 0x5a)) return true;
  }
  return false;
}

/**
 * Runs of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`), found with a character table rather
 * than a regex iterator: no match object per word, on every word of every document.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length;) {
    let w = wordCharWidth(text, i);
    if (w === 0) { i++; continue; }
    const start = i;
    do i += w; while (i < text.length && (w = wordCharWidth(text, i)) !== 0);
    const word = text.slice(start, i);
    if (!maySplit(word)) { out.push(makeToken(word, start)); continue; }
    const parts = splitWord(word);
    let offset = start;
    for (const p of parts) {
      out.push(makeToken(p, offset));
      offset += p.length;
    }
  }
  return out;
}

/**
 * Whether two neighbouring tokens can belong to one name: a space, a hyphen or dash, an
 * apostrophe, or the dots of an abbreviation (`U.S.`). Line breaks and other punctuation end a name.
 */
export function joinable(text: string, a: Token, b: Token): boolean {
  if (a.end === b.start) return true;
  if (b.start - a.end === 1) {
    const c = text.charCodeAt(a.end);
    if (c === 32 || c === 0xa0 || c === 45) return true; // space, no-break space, hyphen
  }
  const gap = text.slice(a.end, b.start);
  if (gap.length > 3) return false;
  if (/^[ \u00a0]$/.test(gap)) return true;
  if (/^ ?[-–‐‑] ?$/.test(gap)) return true;
  if (/^['’]$/.test(gap)) return true;
  if (gap === "." && a.text.length <= 2) return true;
  if (gap === ". " && a.text.length === 1) return true;
  // Spanish writes plural abbreviations with doubled capitals and a space (`EE. UU.`, `FF. AA.`).
  if (gap === ". " && /^(\p{Lu})\1$/u.test(a.text) && /^(\p{Lu})\1$/u.test(b.text)) return true;
  if (gap === "·" || gap === "・") return true;
  return false;
}

/** The token containing character offset `at`, or -1. */
export function tokenIndexAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else if (tokens[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
