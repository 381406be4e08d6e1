import { test, before } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, initLanguageDetection } from "../../src/detect/language.ts";
import { SAMPLES } from "./samples.ts";

before(async () => {
  await initLanguageDetection();
});

for (const [lang, [short, long]] of Object.entries(SAMPLES)) {
  test(`${lang}: one sentence`, () => assert.equal(detectLanguage(short), lang));
  test(`${lang}: several paragraphs`, () => assert.equal(detectLanguage(long), lang));
}

test("an English article quoting a Vietnamese name list is English", () => {
  const text = [
    "The delegation included the following officials:",
    "Nguyễn Văn Thành, Trần Thị Hương, Lê Văn Dũng, Phạm Thị Mai, Hoàng Văn Nam",
    "The ministers discussed cooperation in trade, investment and energy, and agreed to meet again in Hanoi next spring to review progress on the joint action plan that was adopted last year.",
  ].join("\n");
  assert.equal(detectLanguage(text), "en");
});

test("a Dutch article with an English headline is Dutch", () => {
  const text = "ASEAN leaders meet Korea in Kuala Lumpur\n\nDe leiders van de ASEAN en Korea kwamen maandag bijeen in Kuala Lumpur. Zij bespraken de samenwerking op het gebied van handel, investeringen en digitale transformatie, en spraken af de gesprekken over het vrijhandelsakkoord volgend jaar te hervatten.";
  assert.equal(detectLanguage(text), "nl");
});

test("Malay and Indonesian are told apart by their distinctive words", () => {
  assert.equal(detectLanguage("Menteri berkata bahawa kerajaan akan memberi wang kepada syarikat."), "ms");
  assert.equal(detectLanguage("Menteri mengatakan bahwa pemerintah akan memberikan uang kepada perusahaan."), "id");
});

test("Ukrainian is not forced to Russian", () => {
  assert.equal(detectLanguage("Президент України заявив, що переговори з партнерами тривають і будуть продовжені наступного тижня."), "uk");
});

test("text without letters is und", () => {
  assert.equal(detectLanguage("123 456 — 2025"), "und");
});

test("short Malay and Indonesian reports are told apart both ways", () => {
  const ms = [
    "Sultan Brunei tiba di Putrajaya bagi Rundingan Tahunan ke-26, kata beliau.",
    "Kerajaan akan meneruskan dasar itu selepas lawatan rasmi semasa bulan Disember.",
    "Datuk Seri Anwar berkata pelaburan bernilai RM2 bilion iaitu daripada syarikat Jepun.",
  ];
  const id = [
    "Presiden Prabowo melakukan kunjungan resmi ke Malaysia pada Senin, ujar Menlu.",
    "Pemerintah RI menetapkan kebijakan baru setelah investasi senilai Rp2 triliun masuk bulan Desember.",
    "Bapak Menteri mengatakan ekspor ke Jepang naik karena harga rupiah turun.",
  ];
  for (const t of ms) assert.equal(detectLanguage(t), "ms", t);
  for (const t of id) assert.equal(detectLanguage(t), "id", t);
});
