import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuantities } from "../../../src/extract/quantities/index.ts";
import type { LanguageCode } from "../../../src/model.ts";

const ranks = (s: string, lang: string) =>
  findQuantities(s, lang as LanguageCode).filter((q) => q.kind === "rank").map((q) => [q.value, q.surface]);

test("a superlative before a ranked noun is first place, in every language", () => {
  const cases: [string, string, string][] = [
    ["en", "Korea is now Thailand's largest trading partner in the region.", "largest"],
    ["vi", "Hàn Quốc là nhà đầu tư lớn nhất tại Campuchia.", "lớn nhất"],
    ["nl", "Duitsland blijft de grootste handelspartner van België.", "grootste"],
    ["ko", "미국은 베트남의 최대 수출시장이다.", "최대"],
    ["zh", "日本是泰国最大的投资来源国。", "最大的"],
    ["ja", "中国はタイにとって最大の貿易相手国だ。", "最大の"],
    ["id", "Jepang merupakan investor asing terbesar di Thailand.", "terbesar"],
    ["fr", "L'Allemagne est le plus grand investisseur en Pologne.", "plus grand"],
    ["de", "Frankreich ist der größte Abnehmer spanischer Waren.", "größte"],
    ["es", "Alemania es el principal socio de Polonia.", "principal"],
    ["ru", "Индия — крупнейший покупатель российской нефти.", "крупнейший"],
    ["ar", "اليابان أكبر مانح للمساعدات إلى الأردن.", "أكبر"],
    ["th", "ญี่ปุ่นเป็นนักลงทุนรายใหญ่ที่สุดในเวียดนาม", "ใหญ่ที่สุด"],
  ];
  for (const [lang, s, surface] of cases) assert.deepEqual(ranks(s, lang), [[1, surface]], `${lang}: ${s}`);
});

test("numbered ranks win over the superlative inside them", () => {
  assert.deepEqual(ranks("Canada is Mexico's second-largest trading partner.", "en"), [[2, "second-largest"]]);
  assert.deepEqual(ranks("Jepang adalah mitra dagang terbesar kedua Filipina.", "id"), [[2, "terbesar kedua"]]);
  assert.deepEqual(ranks("Australia adalah rakan dagang kelima terbesar Malaysia.", "ms"), [[5, "kelima terbesar"]]);
});

test("superlatives that rank nothing, or rank among many, are not first place", () => {
  assert.deepEqual(ranks("It was the largest delegation ever sent to Hanoi.", "en"), []);
  assert.deepEqual(ranks("Brazil is one of the largest investors in Angola.", "en"), []);
  assert.deepEqual(ranks("Het is een van de grootste handelspartners van Chili.", "nl"), []);
  assert.deepEqual(ranks("Китай является одним из крупнейших партнёров Египта.", "ru"), []);
  assert.deepEqual(ranks("Singapura antara pelabur asing terbesar di Vietnam.", "ms"), []);
});

test("counters keep their class: documents and agreements are items", () => {
  const ko = findQuantities("양국은 보건 분야 양해각서 4건에 서명했다.", "ko");
  assert.deepEqual(ko.map((q) => [q.kind, q.value, q.unit]), [["count", 4, "items"]]);
  const ja = findQuantities("両国は3本の協力文書に署名した。", "ja");
  assert.deepEqual(ja.map((q) => [q.kind, q.value, q.unit]), [["count", 3, "items"]]);
});

test("ko: an approximation suffix glued to a scale word keeps the counter (`4만여 명`)", () => {
  const out = findQuantities("호주에 사는 한국인 유학생은 3만여 명이다.", "ko");
  assert.deepEqual(out.map((q) => [q.kind, q.value, q.unit, q.surface]), [["count", 30000, "persons", "3만여 명"]]);
});
