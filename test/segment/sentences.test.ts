import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../../src/segment/sentences.ts";

function texts(text: string, lang: string): string[] {
  const ss = splitSentences(text, lang);
  ss.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(text.slice(s.start, s.end), s.text, "offsets index the text exactly");
  });
  return ss.map((s) => s.text);
}

test("en: abbreviations, initials, decimals, quotes", () => {
  assert.deepEqual(texts('Dr. J. Smith met Mr. Lee in the U.S. capital on Oct. 27. Trade reached US$208.2 billion, i.e. a record. "We agree." Officials said so.', "en"), [
    "Dr. J. Smith met Mr. Lee in the U.S. capital on Oct. 27.",
    "Trade reached US$208.2 billion, i.e. a record.",
    '"We agree."',
    "Officials said so.",
  ]);
});

test("line breaks are boundaries: headline and list items without final punctuation", () => {
  const text = "ASEAN leaders meet in Kuala Lumpur\n\nThe premier outlined three directions, including:\n1. Deepen trade ties\n2. Expand education. Train more workers.\n   \nDone.";
  assert.deepEqual(texts(text, "en"), [
    "ASEAN leaders meet in Kuala Lumpur",
    "The premier outlined three directions, including:",
    "1. Deepen trade ties",
    "2. Expand education.",
    "Train more workers.",
    "Done.",
  ]);
});

test("vi: TS., PGS. and ông. do not end sentences", () => {
  assert.deepEqual(texts("PGS.TS. Nguyễn Văn An phát biểu. Theo TS. Lê Thị Bình, kim ngạch đạt 196,64 tỉ USD.", "vi"), [
    "PGS.TS. Nguyễn Văn An phát biểu.",
    "Theo TS. Lê Thị Bình, kim ngạch đạt 196,64 tỉ USD.",
  ]);
});

test("nl, de, fr, es, ru abbreviations and ordinals", () => {
  assert.deepEqual(texts("Volgens dhr. De Vries en mevr. Jansen (zie blz. 4) groeit de handel. Dat is goed.", "nl"), ["Volgens dhr. De Vries en mevr. Jansen (zie blz. 4) groeit de handel.", "Dat is goed."]);
  assert.deepEqual(texts("Am 27. Oktober sprach Hr. Müller bzw. Dr. Weber. Nr. 5 folgt.", "de"), ["Am 27. Oktober sprach Hr. Müller bzw. Dr. Weber.", "Nr. 5 folgt."]);
  assert.deepEqual(texts("M. Macron et Mme Dupont sont arrivés. Ils repartent demain.", "fr"), ["M. Macron et Mme Dupont sont arrivés.", "Ils repartent demain."]);
  assert.deepEqual(texts("El Sr. García y la Sra. López firmaron. Fue un éxito.", "es"), ["El Sr. García y la Sra. López firmaron.", "Fue un éxito."]);
  assert.deepEqual(texts("Встреча прошла в 2025 г. в Москве, т.е. в столице. Стороны довольны.", "ru"), ["Встреча прошла в 2025 г. в Москве, т.е. в столице.", "Стороны довольны."]);
});

test("zh, ja, ko", () => {
  assert.deepEqual(texts("会议在吉隆坡举行。双方同意加强合作！贸易额达2082亿美元。", "zh"), ["会议在吉隆坡举行。", "双方同意加强合作！", "贸易额达2082亿美元。"]);
  assert.deepEqual(texts("首相は到着した。会議は「成功だった。」と述べた。", "ja").length, 2);
  assert.deepEqual(texts("양국 정상이 만났다. 협정을 체결했다.", "ko"), ["양국 정상이 만났다.", "협정을 체결했다."]);
});

test("whitespace-only and empty text give no sentences", () => {
  assert.deepEqual(splitSentences("", "en"), []);
  assert.deepEqual(splitSentences(" \n\n \t\n", "en"), []);
});

test("th: month and era abbreviations (พ.ย., มี.ค., พ.ศ.) do not end sentences", () => {
  const t = "การประชุมจัดขึ้นที่กรุงพนมเปญ เมื่อวันที่ 12 พ.ย. 68 ทั้งสองฝ่ายเห็นพ้องกัน\nนายกรัฐมนตรีเยือนลาวเมื่อ 3 มี.ค. พ.ศ. 2568 ตามคำเชิญ";
  assert.deepEqual(texts(t, "th"), [
    "การประชุมจัดขึ้นที่กรุงพนมเปญ เมื่อวันที่ 12 พ.ย. 68 ทั้งสองฝ่ายเห็นพ้องกัน",
    "นายกรัฐมนตรีเยือนลาวเมื่อ 3 มี.ค. พ.ศ. 2568 ตามคำเชิญ",
  ]);
});

test("Filipino Ma. (Maria) before a given name does not end a sentence, in any language's text", () => {
  assert.deepEqual(texts("Sáng 5/2, tại Manila, Bộ trưởng Ngoại giao Philippines Ma. Cristina Reyes tiếp Đại sứ. Hai bên thảo luận.", "vi"), [
    "Sáng 5/2, tại Manila, Bộ trưởng Ngoại giao Philippines Ma. Cristina Reyes tiếp Đại sứ.",
    "Hai bên thảo luận.",
  ]);
  assert.deepEqual(texts("Secretary Ma. Cristina Reyes met the envoy. Both sides agreed.", "en"), [
    "Secretary Ma. Cristina Reyes met the envoy.",
    "Both sides agreed.",
  ]);
});
