// Band tokens are stored (story_signals), so their computation must never drift: bandTokens is
// checked against the plain definition (a Set of shingle strings, FNV-1a, unsigned minima, bands
// of base-36 rows) on the bench sentence pools of every language, with repeated sentences
// (duplicate shingles), texts past the shingle cap and texts too short to have bands.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bandTokens, BANDS, ROWS, MAX_SHINGLES, minhashCoefficients } from "../../src/cluster/minhash.ts";
import { fold } from "../../src/util/text.ts";

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// The coefficients are minhash.ts's own: what is checked is the shingling, hashing and banding.
const { mul: MUL, add: ADD } = minhashCoefficients();

function referenceBands(text: string): string[] {
  const folded = fold(text);
  const sh = new Set<string>();
  if (folded) {
    const words = folded.split(" ");
    const letters = words.join("").length;
    if (letters / words.length > 12) {
      const chars = [...words.join("")];
      for (let n = 4; n <= chars.length && sh.size < MAX_SHINGLES; n++) sh.add(chars.slice(n - 4, n).join(""));
    } else {
      for (let i = 0; i + 3 <= words.length && sh.size < MAX_SHINGLES; i++) sh.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
  }
  if (sh.size < 12) return [];
  const sig = new Array<number>(BANDS * ROWS).fill(0xffffffff);
  for (const s of sh) {
    const x = fnv1a(s);
    for (let i = 0; i < sig.length; i++) sig[i] = Math.min(sig[i]!, (Math.imul(MUL[i]!, x) + ADD[i]!) >>> 0);
  }
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(`m${b}:${fnv1a(sig.slice(b * ROWS, (b + 1) * ROWS).map((v) => v.toString(36)).join(".")).toString(36)}`);
  return out;
}

const poolDir = join(import.meta.dirname, "..", "..", "bench", "corpus", "sentences");
const pools = readdirSync(poolDir).filter((f) => f.endsWith(".txt")).map((f) => ({
  language: f.replace(/\.txt$/, ""),
  sentences: readFileSync(join(poolDir, f), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")),
}));

test("band tokens equal the plain MinHash definition in every language", () => {
  assert.ok(pools.length >= 14);
  for (const { language, sentences } of pools) {
    const texts = [
      sentences.slice(0, 12).join(" "),
      // Sentences repeated, as agency copy repeats a lead: the same shingles come back.
      [...sentences.slice(0, 5), ...sentences.slice(0, 5), sentences[6] ?? ""].join("\n\n"),
      // Long enough to reach the shingle cap.
      sentences.join(" ").repeat(2),
      sentences[0]!,
    ];
    for (const t of texts) assert.deepEqual(bandTokens(t), referenceBands(t), `${language}: ${t.slice(0, 60)}`);
  }
});

test("a text too short to compare has no bands, a longer one has one per band", () => {
  assert.deepEqual(bandTokens("Vietnam and Korea sign a trade deal."), []);
  const en = pools.find((p) => p.language === "en")!.sentences.slice(0, 10).join(" ");
  assert.equal(bandTokens(en).length, BANDS);
});
