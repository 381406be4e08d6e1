// Text helpers shared by every stage.

/**
 * How `fold` treats each BMP code unit: KEEP a letter or digit, DROP a combining mark, anything
 * else separates words. Built once from the same Unicode classes the regex form used.
 */
const SEP = 0, KEEP = 1, DROP = 2, SURROGATE = 3;
const CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  let all = "";
  for (let c = 0; c < 0x10000; c++) all += c >= 0xd800 && c <= 0xdfff ? " " : String.fromCharCode(c);
  for (const m of all.matchAll(/[\p{L}\p{N}]/gu)) table[m.index] = KEEP;
  for (const m of all.matchAll(/\p{M}/gu)) table[m.index] = DROP;
  table.fill(SURROGATE, 0xd800, 0xe000);
  return table;
})();
const ASTRAL_KEEP = /^[\p{L}\p{N}]$/u;
const ASTRAL_DROP = /^\p{M}$/u;
/**
 * Accent-, case- and punctuation-insensitive form used for matching and search (`Phạm` → `pham`):
 * NFD, combining marks dropped, `đ ø ł` flattened, lower case, every run of characters that are
 * neither letters nor digits made one space, trimmed.
 *
 * Written as one pass over the code units rather than a chain of Unicode-class regex replaces:
 * it runs on every word, name and whole text (MinHash), and the `[^\p{L}\p{N}]+` replace alone
 * cost more than everything else in it. Lower-casing before dropping marks gives the same result
 * (the only character whose lower case holds a mark, U+0130 `İ`, is already split by NFD), except
 * for the one context-dependent lower case, final sigma: text with `Σ` takes the regex chain.
 */
export function fold(s: string): string {
  let t: string;
  if (isAscii(s)) t = s.toLowerCase();
  else {
    const nfd = s.normalize("NFD");
    if (nfd.includes("Σ")) return foldByRegex(nfd);
    t = nfd.toLowerCase();
  }
  let out = "";
  /** Start of the run of kept code units not yet copied to `out`. */
  let run = 0;
  /** A separator was seen since the last kept character. */
  let gap = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let kind = CLASS[c];
    let width = 1;
    if (kind === SURROGATE) {
      const cp = t.codePointAt(i)!;
      // A lone surrogate could pair with another once the marks between them are gone.
      if (cp <= 0xffff) return foldByRegex(s.normalize("NFD"));
      width = 2;
      const ch = String.fromCodePoint(cp);
      kind = ASTRAL_KEEP.test(ch) ? KEEP : ASTRAL_DROP.test(ch) ? DROP : SEP;
    }
    const flat = kind === KEEP ? flatten(c) : null;
    if (kind === KEEP && flat === null) {
      if (gap) {
        // The pending run is empty here: every separator or mark moved `run` past itself.
        if (out.length) out += " ";
        run = i;
        gap = false;
      }
      i += width - 1;
      continue;
    }
    // Anything else ends the run of kept characters before it.
    if (!gap && i > run) out += t.slice(run, i);
    if (flat !== null) {
      if (gap && out.length) out += " ";
      out += flat;
      gap = false;
    } else if (kind === SEP) {
      gap = true;
    }
    // A mark is dropped and neither opens nor closes a gap.
    run = i + width;
    i += width - 1;
  }
  if (!gap && t.length > run) out += t.slice(run);
  return out;
}

/**
 * Width in UTF-16 units of the letter, digit or combining mark (`[\p{L}\p{M}\p{N}]`) at `i`,
 * or 0 when there is none: the character test of word tokenizers, without a regex per match.
 */
export function wordCharWidth(s: string, i: number): 0 | 1 | 2 {
  const kind = CLASS[s.charCodeAt(i)];
  if (kind === KEEP || kind === DROP) return 1;
  if (kind !== SURROGATE) return 0;
  const cp = s.codePointAt(i)!;
  if (cp <= 0xffff) return 0;
  const ch = String.fromCodePoint(cp);
  return ASTRAL_KEEP.test(ch) || ASTRAL_DROP.test(ch) ? 2 : 0;
}

/** `đ ø ł` (already lower-cased), which NFD leaves whole, fold to `d o l`. */
function flatten(c: number): string | null {
  return c === 0x111 ? "d" : c === 0xf8 ? "o" : c === 0x142 ? "l" : null;
}

/** The regex chain fold() replaced: its reference (test/util/fold.test.ts) and its fallback, over text already in NFD. */
export function foldByRegex(nfd: string): string {
  return nfd
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** `fold` without spaces: `Lee Jae-myung` and `Lee Jae Myung` both become `leejaemyung`. */
export function foldCompact(s: string): string {
  return fold(s).replace(/ /g, "");
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Edit distance (insertions, deletions, substitutions) between two strings, in O(|b|) memory. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
