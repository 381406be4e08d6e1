// factorAlternation() rewrites `a|b|c` word lists for speed; every match (position, text, and the
// alternative preferred when several fit) must be what the plain join gives, with and without `i`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { factorAlternation } from "../../src/util/alternation.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every match of the plain and the factored alternation, as `index:text`, with the given edges. */
function both(alts: string[], flags: string, text: string, lead = "", trail = ""): [string[], string[]] {
  const run = (body: string) => [...text.matchAll(new RegExp(`${lead}(?:${body})${trail}`, flags))].map((m) => `${m.index}:${m[0]}`);
  return [run(alts.join("|")), run(factorAlternation(alts, flags))];
}

test("shared prefixes are factored and the longest-first order is kept", () => {
  const alts = ["foreign ministers meeting", "foreign ministers", "foreign minister", "free trade agreement", "free trade", "summit"].map((w) => escape(w).replace(/ /g, "\\s+"));
  const factored = factorAlternation(alts, "gu");
  assert.ok(factored.length < alts.join("|").length, factored);
  assert.ok(factored.startsWith("f(?:"), factored);
  const text = "The foreign ministers meeting and a free trade agreement; the foreign minister at the summit, free trade talks.";
  const [plain, fast] = both(alts, "gu", text);
  assert.deepEqual(fast, plain);
  assert.deepEqual(plain, ["4:foreign ministers meeting", "36:free trade agreement", "62:foreign minister", "86:summit", "94:free trade"]);
});

test("an earlier shorter alternative still wins over a later longer one (order, not length, decides)", () => {
  const alts = ["ab", "abc", "b", "a"];
  for (const text of ["abc", "xabcx ab a b", "aab"]) {
    const [plain, fast] = both(alts, "gu", text);
    assert.deepEqual(fast, plain, text);
  }
  assert.deepEqual(both(alts, "gu", "abc")[1], ["0:ab"]);
  // Without `i`, letters of another case are other characters: never grouped together.
  const cased = ["Ab", "x", "ab"];
  for (const text of ["ab Ab", "xAb"]) assert.deepEqual(both(cased, "gu", text)[1], both(cased, "gu", text)[0], text);
  assert.deepEqual(both(cased, "gu", "ab")[1], ["0:ab"]);
});

test("backtracking into what follows the alternation gives the same matches", () => {
  // `invest` fails the right edge inside `investment`, so the engine must go on to the next alternative.
  const alts = ["invest", "investment", "inv"];
  const text = "investment invest investor inv";
  const [plain, fast] = both(alts, "gu", text, "(?<![\\p{L}\\p{N}])", "(?![\\p{L}\\p{N}])");
  assert.deepEqual(fast, plain);
  assert.deepEqual(plain, ["0:investment", "11:invest", "27:inv"]);
});

test("under i, case-equivalent first letters are grouped as the engine folds them", () => {
  const alts = ["Kanzleramt", "kremlin", "\u212Aremlin Palace", "Élysée", "élysée palace", "Straße", "ſtrasse"];
  const text = "im Kanzleramt, at the KREMLIN, the Kremlin Palace, l'Élysée, ÉLYSÉE PALACE, STRASSE, Straße";
  for (const flags of ["giu", "gi"]) {
    const [plain, fast] = both(alts, flags, text);
    assert.deepEqual(fast, plain, flags);
    assert.ok(plain.length >= 5, flags);
  }
});

test("classes, optional pieces, gaps and empty alternatives are barriers, not reordered", () => {
  const alts = ["two[-‐‑–\\s]?way", "[-‐‑–\\s]?fold", "two\\s+way\\s+trade", "", "t(?:wo)?", "tw"];
  const text = "two-way trade, two way trade, a twofold rise, two-fold, tw";
  const [plain, fast] = both(alts.filter(Boolean), "gu", text);
  assert.deepEqual(fast, plain);
  // With the empty alternative the join matches empty strings; the factored one must do the same.
  const [p2, f2] = both(alts, "gu", "two way");
  assert.deepEqual(f2, p2);
});

test("lists with capture groups are left exactly as they were", () => {
  const alts = ["(\\d+)th", "(\\d+)st", "first"];
  assert.equal(factorAlternation(alts, "gu"), alts.join("|"));
});

test("real cue lists of several languages match the same with the factored alternation", () => {
  const sentences: Record<string, string> = {
    en: "Two-way trade rose 12% year on year to US$8.5 billion, and Japan pledged new investment and official development assistance worth 300 million yen.",
    de: "Das bilaterale Handelsvolumen stieg um 5 Prozent auf 12 Milliarden Euro; Deutschland sagte weitere Investitionen und Entwicklungshilfe zu.",
    fr: "Les échanges commerciaux ont atteint 4,2 milliards d'euros, et la France s'est engagée à accroître ses investissements et son aide au développement.",
    vi: "Kim ngạch thương mại song phương đạt 25 tỷ USD, vốn đầu tư trực tiếp nước ngoài tăng, Nhật Bản cam kết hỗ trợ phát triển chính thức.",
    id: "Nilai perdagangan bilateral mencapai 12 miliar dolar AS, ekspor naik 7 persen, dan investasi Jepang tumbuh pesat.",
    ru: "Товарооборот между странами вырос на 15%, экспорт и инвестиции увеличились вдвое.",
    ja: "両国間の貿易額は前年比12%増の85億ドルに達し、日本は政府開発援助と投資の拡大を表明した。",
  };
  for (const [code, text] of Object.entries(sentences)) {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, "../../lang", code, "figures.json"), "utf8")) as { metrics: Record<string, string[]>; boundaries?: string };
    const words = [...new Set(Object.values(file.metrics).flat().map((w) => w.replace(/^\*|\*$/g, "").toLowerCase()))]
      .filter((w) => !w.includes("…"))
      .sort((a, b) => b.length - a.length)
      .map((w) => escape(w).replace(/\s+/g, "\\s+"));
    assert.ok(words.length > 10, code);
    for (const flags of ["gu", "giu"]) {
      // Unspaced scripts have no word edges to check.
      const lead = file.boundaries === "none" ? "" : "(?<![\\p{L}\\p{N}])";
      const [plain, fast] = both(words, flags, text.toLowerCase(), lead);
      assert.deepEqual(fast, plain, `${code} ${flags}`);
      assert.ok(plain.length > 0, `${code}: some metric word is found`);
    }
  }
});
