// tokenize() finds words with a character table instead of `[\p{L}\p{M}\p{N}]+`; the words and
// offsets must be the ones the regex gave, in every script, and mixed-script words still split.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../../src/extract/entities/tokens.ts";

/** Tokens the regex gives, before mixed-script and glued-word splitting (none of those below). */
const regexWords = (s: string) => [...s.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => [m.index, m[0]] as const);
const scanned = (s: string) => tokenize(s).map((t) => [t.start, t.text] as const);

test("tokenize: the same words and offsets as the word regex, in each script", () => {
  const sentences = [
    "Prime Minister Anthony Albanese met Indonesia's President Prabowo Subianto on 12 November.",
    "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun tại Hà Nội.",
    "Premier Schoof en president Lee Jae-myung spraken in Den Haag over halfgeleiders.",
    "Президент Владимир Путин провёл переговоры с премьер-министром Моди в Кремле.",
    "وقّع وزيرا خارجية المملكة العربية السعودية وإيران مذكرة تفاهم في الرياض.",
    "นายกรัฐมนตรีเดินทางเยือนกรุงฮานอยเป็นเวลาสองวัน",
    "Ông Tô Lâm nói: “Quan hệ Việt–Hàn đạt 100 tỷ USD”, 😀 𠀀𠀁 ok",
  ];
  for (const s of sentences) assert.deepEqual(scanned(s), regexWords(s), s);
});

test("tokenize: Latin glued to Han or Hangul is still split at the script change", () => {
  assert.deepEqual(tokenize("ASEAN议题 và APEC회의").map((t) => t.text), ["ASEAN", "议题", "và", "APEC", "회의"]);
});

test("tokenize: random mixes of letters, marks, digits, astral characters and punctuation", () => {
  const pool = [..."aZ9 -.,'’()éạ\u0301\u0e31\u064e한中ไคр"].concat(["😀", "𠀀", "𝐀", "\ud800", "\udc00", "\u00a0", "①", "Ⅻ"]);
  let state = 99;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 2 ** 32; };
  for (let k = 0; k < 3000; k++) {
    let s = "";
    const len = Math.floor(rand() * 20);
    for (let i = 0; i < len; i++) s += pool[Math.floor(rand() * pool.length)];
    // Compare before splitting: join the split parts back per regex word.
    const words = regexWords(s);
    const tokens = tokenize(s);
    let t = 0;
    for (const [start, word] of words) {
      let text = "";
      assert.equal(tokens[t]?.start, start, JSON.stringify(s));
      while (t < tokens.length && tokens[t]!.start < start + word.length) text += tokens[t++]!.text;
      assert.equal(text, word, JSON.stringify(s));
    }
    assert.equal(t, tokens.length, JSON.stringify(s));
  }
});

test("tokenize: a capitalised word glued to a lower-case one is split, short camel-case names are not", () => {
  assert.deepEqual(tokenize("secretaris-generaalTo Lâm và McDonald, iPhone, DeSantis").map((t) => t.text),
    ["secretaris", "generaal", "To", "Lâm", "và", "McDonald", "iPhone", "DeSantis"]);
  // Non-ASCII letters on either side of the join still reach the regexes.
  assert.deepEqual(tokenize("thủ tướngÚc vizeministerinÖsterreich").map((t) => t.text), ["thủ", "tướng", "Úc", "vizeministerin", "Österreich"]);
});
