// fold() is a one-pass rewrite of a chain of Unicode-class regex replaces; it must give exactly
// what the chain gave, on real text in every language and on random mixes of hard characters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fold, foldByRegex, foldCompact } from "../../src/util/text.ts";

/** The regex form fold() replaced: the reference every result must equal. */
const regexFold = (s: string) => foldByRegex(s.normalize("NFD"));

test("fold: accents, case, punctuation and script-specific letters", () => {
  assert.equal(fold("Phạm Minh Chính"), "pham minh chinh");
  assert.equal(fold("  Lee Jae-myung, "), "lee jae myung");
  assert.equal(fold("Đà Nẵng — Łódź / Øresund"), "da nang lodz oresund");
  assert.equal(fold("İSTANBUL’da"), "istanbul da");
  assert.equal(fold("«Ὀδυσσεύς»"), "οδυσσευς");
  assert.equal(fold("...!"), "");
  assert.equal(foldCompact("Lee Jae Myung"), "leejaemyung");
});

test("fold: same as the regex chain on a sentence in each language", () => {
  const sentences = [
    "Prime Minister Anthony Albanese said two-way trade reached A$24.3 billion in 2024.",
    "Thủ tướng Phạm Minh Chính đã hội đàm với Tổng thống Hàn Quốc Lee Jae-myung tại Hà Nội.",
    "Minister-president Dick Schoof sprak in Den Haag over de handel met Vietnam (€ 3,2 mld.).",
    "이재명 대통령은 서울에서 베트남의 또 럼 서기장과 정상회담을 가졌다.",
    "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Jakarta pada Selasa.",
    "Perdana Menteri Datuk Seri Anwar Ibrahim berkata dagangan dua hala mencecah RM50 bilion.",
    "นายกรัฐมนตรีแพทองธาร ชินวัตร พบหารือกับประธานาธิบดีเวียดนามที่กรุงเทพฯ",
    "中国国家主席习近平同越南总书记苏林在北京举行会谈，双边贸易额达2600亿美元。",
    "石破茂首相は東京でベトナムのファム・ミン・チン首相と会談した。",
    "Le président Emmanuel Macron a reçu à l’Élysée le Premier ministre indien Narendra Modi.",
    "Bundeskanzler Friedrich Merz traf in Berlin den Präsidenten Südkoreas, Lee Jae-myung.",
    "El presidente Pedro Sánchez se reunió en Madrid con el primer ministro de Vietnam.",
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان بنظيره الإيراني في الرياض.",
    "Президент Владимир Путин провёл переговоры с премьер-министром Индии Нарендрой Моди.",
  ];
  for (const s of sentences) assert.equal(fold(s), regexFold(s), s);
});

test("fold: same as the regex chain on the bench sentence pools", () => {
  const dir = join(import.meta.dirname, "..", "..", "bench", "corpus", "sentences");
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    const text = readFileSync(join(dir, f), "utf8");
    assert.equal(fold(text), regexFold(text), f);
    for (const line of text.split("\n")) { assert.equal(fold(line), regexFold(line), line); n++; }
  }
  assert.ok(n > 100);
});

test("fold: same as the regex chain on random mixes of hard characters", () => {
  // Marks (combining, Thai, Arabic, Devanagari), precomposed letters, final-sigma contexts,
  // İ and the flattened letters, astral letters and symbols, lone surrogates, odd spaces.
  const pool = [..."aZ09 \t\n-'’.,;()«»—…"].concat(
    [..."ạẮđĐøØłŁİıßẞΣσςΑάῼ"], ["\u0301", "\u0308", "\u0345", "\u0e31", "\u0e48", "\u064e", "\u0651", "\u093f", "\u3099"],
    [..."한국어日本語ひらがなカタカナ中文ไทยعربيрусский"], ["𠀀", "𝐀", "😀", "\u{1d165}", "\ud800", "\udc00", "\u00a0", "\u2028", "\u3000", "Ⅻ", "Ⓐ", "①"],
  );
  let state = 12345;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 2 ** 32; };
  for (let k = 0; k < 5000; k++) {
    let s = "";
    const len = Math.floor(rand() * 24);
    for (let i = 0; i < len; i++) s += pool[Math.floor(rand() * pool.length)];
    assert.equal(fold(s), regexFold(s), JSON.stringify(s));
  }
});
