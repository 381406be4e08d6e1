// MinHash over word 3-gram shingles, cut into LSH bands. Two texts share a band token with
// probability ≈ J^ROWS (J = Jaccard similarity of their shingle sets), so near-duplicates and
// reposts share many bands while unrelated texts in the same language share almost none.
// Each band becomes one token of the story_signals index: no pairwise text comparison needed.
import { fold } from "../util/text.ts";

export const BANDS = 16;
export const ROWS = 4;
const HASHES = BANDS * ROWS;
const SHINGLE = 3;
/** Below this many shingles a text is too short for its bands to mean anything. */
const MIN_SHINGLES = 12;
/**
 * Only the opening shingles are hashed: a copy or repost shares its lead, and hashing every
 * shingle of a long page costs 64 multiplications each for nothing more.
 */
export const MAX_SHINGLES = 400;

/** FNV-1a of s[start, end), as an int32 (`>>> 0` gives the usual unsigned value). */
function fnv1aRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Fixed pseudo-random coefficients, so band tokens are stable across runs and machines. Kept in
 * two flat typed arrays: the signature loop reads them 64 times per shingle, and array-of-pairs
 * access cost an extra load and bounds check each time.
 */
const MUL = new Int32Array(HASHES);
const ADD = new Int32Array(HASHES);
(() => {
  let state = 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < HASHES; i++) { MUL[i] = next() | 1; ADD[i] = next(); }
})();

/** The coefficients, read-only, for tests that check the signature against its plain definition. */
export function minhashCoefficients(): { mul: readonly number[]; add: readonly number[] } {
  return { mul: [...MUL], add: [...ADD] };
}

/**
 * Shingles of the folded text: word 3-grams, or character 4-grams for scripts written without
 * spaces (Chinese, Japanese, Thai), where words cannot be split without a dictionary. Returned as
 * the FNV-1a hashes of the distinct shingles, in first-seen order, at most MAX_SHINGLES of them.
 */
export function shingleHashes(text: string): Int32Array {
  const folded = fold(text);
  if (!folded) return new Int32Array(0);
  // fold() trims and collapses every separator run to one space, so the words are exactly the
  // space-split parts and the letters are the length minus the spaces.
  let spaces = 0;
  for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) === 32) spaces++;
  const words = spaces + 1;
  if ((folded.length - spaces) / words > 12) return charShingleHashes(folded);
  return wordShingleHashes(folded);
}

// Scratch tables for the distinct word shingles of one text (reused: no allocation per document).
// A shingle is the range [start, end) of the folded text: three words and the single spaces
// between them, i.e. the very string `w1 + " " + w2 + " " + w3`, hashed without building it.
const TABLE_BITS = 11;
const TABLE_MASK = (1 << TABLE_BITS) - 1; // 2,048 slots for at most 400 shingles
const slots = new Int32Array(1 << TABLE_BITS);
const slotHash = new Int32Array(MAX_SHINGLES);
const slotStart = new Int32Array(MAX_SHINGLES);
const slotEnd = new Int32Array(MAX_SHINGLES);

function wordShingleHashes(folded: string): Int32Array {
  slots.fill(0);
  let n = 0;
  // Word boundaries of the three words ending at the current one.
  let s0 = 0, s1 = -1, s2 = -1;
  let wordStart = 0;
  for (let i = 0; i <= folded.length && n < MAX_SHINGLES; i++) {
    if (i < folded.length && folded.charCodeAt(i) !== 32) continue;
    // A word ends at i; the shingle of the last three words ends here.
    s0 = s1; s1 = s2; s2 = wordStart;
    wordStart = i + 1;
    if (s0 < 0) continue;
    const start = s0, end = i;
    const h = fnv1aRange(folded, start, end);
    let slot = h & TABLE_MASK;
    let seen = false;
    for (let k = slots[slot]!; k !== 0; slot = (slot + 1) & TABLE_MASK, k = slots[slot]!) {
      const j = k - 1;
      if (slotHash[j] === h && sameRange(folded, slotStart[j]!, slotEnd[j]!, start, end)) { seen = true; break; }
    }
    if (seen) continue;
    slots[slot] = n + 1;
    slotHash[n] = h; slotStart[n] = start; slotEnd[n] = end;
    n++;
  }
  return slotHash.slice(0, n);
}

function sameRange(s: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (s.charCodeAt(a) !== s.charCodeAt(b)) return false;
  return true;
}

function charShingleHashes(folded: string): Int32Array {
  const out = new Set<string>();
  // Only the code points the first MAX_SHINGLES 4-grams need are walked, not the whole text.
  const chars: string[] = [];
  walk: for (const w of folded.split(" ")) {
    for (const c of w) {
      chars.push(c);
      const n = chars.length;
      if (n >= 4) {
        out.add(chars[n - 4] + chars[n - 3] + chars[n - 2] + c);
        if (out.size >= MAX_SHINGLES) break walk;
      }
    }
  }
  const hashes = new Int32Array(out.size);
  let i = 0;
  for (const s of out) hashes[i++] = fnv1aRange(s, 0, s.length);
  return hashes;
}

/**
 * Per hash function, the least of (MUL·x + ADD) mod 2³² over the shingles. Kept with the sign
 * bit flipped in an Int32Array: signed order of `v ^ 0x80000000` is unsigned order of v, and int32
 * values stay small integers in optimised code (uint32 above 2³¹ would become doubles).
 */
function signature(hashes: Int32Array): Int32Array {
  const sig = new Int32Array(HASHES).fill(0x7fffffff);
  for (let j = 0; j < hashes.length; j++) {
    const x = hashes[j]!;
    for (let i = 0; i < HASHES; i++) {
      const v = ((Math.imul(MUL[i]!, x) + ADD[i]!) | 0) ^ 0x80000000;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One token per band (`m<band>:<hash>`), or none for texts too short to compare. */
export function bandTokens(text: string): string[] {
  const hashes = shingleHashes(text);
  if (hashes.length < MIN_SHINGLES) return [];
  const sig = signature(hashes);
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    // The band's rows as unsigned base-36 numbers joined by dots, hashed.
    let part = "";
    for (let r = 0; r < ROWS; r++) part += (r ? "." : "") + ((sig[b * ROWS + r]! ^ 0x80000000) >>> 0).toString(36);
    out.push(`m${b}:${(fnv1aRange(part, 0, part.length) >>> 0).toString(36)}`);
  }
  return out;
}
