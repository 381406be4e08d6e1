// Day ranges are dated by their first day, with month and year from the date that ends the range.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "../../../src/extract/dates/index.ts";

const anchor = { published: "2025-11-27", year: 2025 };
const first = (lang: string, text: string) => findDates(text, lang, anchor).filter((d) => d.precision === "day").map((d) => d.value);

test("ranges in many languages give the first day", () => {
  const cases: [string, string][] = [
    ["en", "The visit took place from 24 to 26 November."],
    ["en", "He was in Rabat on 24–26 November 2025."],
    ["vi", "Chuyến thăm từ ngày 24 đến 26/11."],
    ["vi", "Chuyến thăm diễn ra từ 24-26/11."],
    ["nl", "Het bezoek vond plaats van 24 tot en met 26 november."],
    ["fr", "La visite a eu lieu du 24 au 26 novembre."],
    ["de", "Der Besuch fand vom 24. bis 26. November statt."],
    ["es", "La visita se celebró del 24 al 26 de noviembre."],
    ["ru", "Визит прошел с 24 по 26 ноября."],
    ["ja", "訪問は24～26日に行われた。"],
    ["ja", "24日から26日まで訪問した。"],
    ["ko", "24일부터 26일까지 방문했다."],
    ["zh", "11月24日至26日进行访问。"],
    ["id", "Kunjungan berlangsung 24-26 November 2025."],
    ["ms", "Lawatan dari 24 hingga 26 November."],
    ["th", "การเยือนระหว่างวันที่ 24-26 พฤศจิกายน 2568"],
  ];
  for (const [lang, text] of cases) assert.deepEqual(first(lang, text), ["2025-11-24"], `${lang}: ${text}`);
});

test("a range across a month end starts in the earlier month; unrelated numbers are no range", () => {
  assert.deepEqual(first("en", "The talks ran 30–2 December."), ["2025-11-30"]);
  assert.deepEqual(first("en", "In 2025 26 November was the day of the vote."), ["2025-11-26"]);
  assert.deepEqual(first("fr", "Le 26 novembre, les ministres se sont réunis."), ["2025-11-26"]);
  assert.deepEqual(first("en", "Between 1 and 30 November 2025."), ["2025-11-01"]);
});

test("a year after the range's last day dates its first day (`November 24-26, 2025`)", () => {
  const jan = { published: "2026-01-05", year: 2026 };
  assert.deepEqual(findDates("The summit on November 24-26, 2025 in Rabat.", "en", jan).map((d) => d.value), ["2025-11-24"]);
  assert.deepEqual(findDates("Le sommet du 24 au 26 novembre 2025 à Rabat.", "fr", jan).map((d) => d.value), ["2025-11-24"]);
});

test("ranges whose end is announced again, joined by a clitic or a comma, or by a mathematical tilde", () => {
  const cases: [string, string][] = [
    ["de", "Der Gipfel fand vom 24. bis zum 26. November in Berlin statt."],
    ["de", "Die Regierungskonsultationen fanden am 24. und am 26. November statt."],
    ["vi", "Hội nghị diễn ra từ ngày 24 đến ngày 26 tháng 11 tại Hà Nội."],
    ["ar", "عقدت القمة يومي 24 و26 نوفمبر في الرياض."],
    ["ko", "정상회의는 11월 24∼26일 서울에서 개최됐다."],
    ["ja", "首脳会議は24、26日に東京で開かれた。"],
    ["zh", "峰会于24、26日在北京举行。"],
  ];
  for (const [lang, text] of cases) assert.deepEqual(first(lang, text), ["2025-11-24"], `${lang}: ${text}`);
  // A lone date after the clitic `و` is read too; a word ending in the same letter is no clitic.
  assert.deepEqual(first("ar", "وصل الوزير إلى الرياض و25 نوفمبر موعد القمة."), ["2025-11-25"]);
});

test("a lone date after `until` ends a span; a range's end does not", () => {
  const until = (lang: string, text: string) => findDates(text, lang, anchor).filter((d) => d.precision === "day").map((d) => [d.value, !!d.until]);
  assert.deepEqual(until("en", "The exhibition runs until 30 November."), [["2025-11-30", true]]);
  assert.deepEqual(until("ru", "Визит продлится до 28 ноября."), [["2025-11-28", true]]);
  assert.deepEqual(until("de", "Der Besuch dauert bis zum 28. November."), [["2025-11-28", true]]);
  assert.deepEqual(until("ja", "訪問は28日まで続く。"), [["2025-11-28", true]]);
  assert.deepEqual(until("ja", "24日から28日まで訪問した。"), [["2025-11-24", false]]);
  assert.deepEqual(until("ru", "Визит прошел с 24 по 28 ноября."), [["2025-11-24", false]]);
  assert.deepEqual(until("en", "He arrived on 24 November."), [["2025-11-24", false]]);
});
