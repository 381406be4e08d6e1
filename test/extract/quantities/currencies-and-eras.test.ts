// Dollars named with a country adjective are that country's dollars, never USD; Thai text counts
// years in the Buddhist Era and has its own scale words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuantities } from "../../../src/extract/quantities/index.ts";
import type { LanguageCode } from "../../../src/model.ts";

const money = (lang: string, text: string) =>
  findQuantities(text, lang as LanguageCode).filter((q) => q.kind === "money").map((q) => [q.value, q.unit]);
const years = (lang: string, text: string) =>
  findQuantities(text, lang as LanguageCode).filter((q) => q.kind === "year" || q.kind === "period").map((q) => q.value);

test("dollars with a country adjective keep their country in many languages", () => {
  assert.deepEqual(money("en", "Canberra will give 30 million Australian dollars to Jakarta."), [[30e6, "AUD"]]);
  assert.deepEqual(money("en", "Ottawa pledged 15 million Canadian dollars."), [[15e6, "CAD"]]);
  assert.deepEqual(money("fr", "La France versera 50 millions de dollars australiens."), [[50e6, "AUD"]]);
  assert.deepEqual(money("de", "Berlin stellt 200 Millionen australische Dollar bereit."), [[200e6, "AUD"]]);
  assert.deepEqual(money("es", "España aportará 10 millones de dólares canadienses."), [[10e6, "CAD"]]);
  assert.deepEqual(money("id", "Australia mengumumkan pendanaan sebesar 50 juta dolar Australia (AUD)."), [[50e6, "AUD"]]);
  assert.deepEqual(money("vi", "Úc tài trợ 5 triệu đô la Úc."), [[5e6, "AUD"]]);
  assert.deepEqual(money("ko", "한국은 5000만 호주 달러를 지원하겠다고 밝혔다."), [[50e6, "AUD"]]);
  assert.deepEqual(money("ja", "日本は5000万豪ドルを拠出する。"), [[50e6, "AUD"]]);
  assert.deepEqual(money("zh", "澳大利亚将提供2000万澳元。"), [[20e6, "AUD"]]);
  assert.deepEqual(money("ru", "Россия выделит 100 миллионов австралийских долларов."), [[100e6, "AUD"]]);
  assert.deepEqual(money("en", "Wellington gave 8 million New Zealand dollars."), [[8e6, "NZD"]]);
  assert.deepEqual(money("zh", "台湾提供5亿新台币。"), [[500e6, "TWD"]]);
});

test("th: Buddhist Era years read as common-era years; Thai scale words", () => {
  assert.deepEqual(years("th", "มูลค่าการค้าในปี 2567"), [2024]);
  assert.deepEqual(years("th", "ใน พ.ศ. 2568"), [2025]);
  assert.deepEqual(years("th", "ภายในปี 2573"), [2030]);
  // Common-era years are left alone.
  assert.deepEqual(years("th", "ในปี ค.ศ. 2024"), [2024]);
  assert.deepEqual(money("th", "การค้า 5 หมื่นล้านบาท"), [[5e10, "THB"]]);
  assert.deepEqual(money("th", "เงินกู้ 3 พันล้านบาท"), [[3e9, "THB"]]);
  assert.deepEqual(money("th", "การลงทุน 1.2 แสนล้านบาท"), [[1.2e11, "THB"]]);
  assert.deepEqual(money("th", "มูลค่า 2 ล้านล้านบาท"), [[2e12, "THB"]]);
});

test("other languages keep 2500-2600 as plain numbers, not years", () => {
  assert.deepEqual(years("en", "about 2567 people attended"), []);
});
