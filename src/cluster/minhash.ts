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

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

/**
 * Shingles of the folded text: word 3-grams, or character 4-grams for scripts written without
 * spaces (Chinese, Japanese, Thai), where words cannot be split without a dictionary.
 */
export function shingles(text: string): Set<string> {
  const folded = fold(text);
  const out = new Set<string>();
  if (!folded) return out;
  // fold() trims and collapses every separator run to one space, so the words are exactly the
  // space-split parts and the letters are the length minus the spaces: no filter or replace pass.
  const words = folded.split(" ");
  const letters = folded.length - (words.length - 1);
  if (letters / words.length > 12) {
    // Only the code points the first MAX_SHINGLES 4-grams need are walked, not the whole text.
    const chars: string[] = [];
    for (const w of words) {
      for (const c of w) {
        chars.push(c);
        const n = chars.length;
        if (n >= 4) {
          out.add(chars[n - 4] + chars[n - 3] + chars[n - 2] + c);
          if (out.size >= MAX_SHINGLES) return out;
        }
      }
    }
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length && out.size < MAX_SHINGLES; i++) out.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
  return out;
}

export function signature(sh: Set<string>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of sh) {
    const x = fnv1a(s);
    for (let i = 0; i < HASHES; i++) {
      const v = (Math.imul(MUL[i], x) + ADD[i]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** One token per band (`m<band>:<hash>`), or none for texts too short to compare. */
export function bandTokens(text: string): string[] {
  const sh = shingles(text);
  if (sh.size < MIN_SHINGLES) return [];
  const sig = signature(sh);
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const part = Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS), (v) => v.toString(36)).join(".");
    out.push(`m${b}:${fnv1a(part).toString(36)}`);
  }
  return out;
}
