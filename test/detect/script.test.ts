// Letter counts per script decide several languages outright (Hangul → ko, Thai → th): every
// letter must land in its script, and digits, punctuation and spaces in none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countScripts, dominantScript, emptyCounts, totalLetters } from "../../src/detect/script.ts";

test("letters are counted in their own script; digits, punctuation and spaces are not letters", () => {
  const c = countScripts("Hà Nội, 12/11 — 윤석열 대통령은 日本の首相と会談した。ไทย ١٢ مصر Москва Ελλάδα");
  assert.deepEqual(c, {
    latin: 5, // H à N ộ i
    cyrillic: 6,
    arabic: 3, // the Arabic-Indic digits ١٢ are not letters
    hangul: 7,
    kana: 4, // の と し た
    han: 6, // 日 本 首 相 会 談
    thai: 3,
    lao: 0, khmer: 0, myanmar: 0,
    other: 6, // Greek
  });
  assert.equal(totalLetters(c), 40);
});

test("counts add up over calls into the record given, as paragraphs are summed", () => {
  const total = emptyCounts();
  countScripts("Seoul 서울", total);
  countScripts("Busan 부산", total);
  assert.equal(total.latin, 10);
  assert.equal(total.hangul, 4);
  assert.equal(dominantScript(total), "latin");
  assert.equal(dominantScript(countScripts("大韓民国と日本は")), "kana");
  assert.equal(dominantScript(countScripts("12 345 — !?")), null);
});
