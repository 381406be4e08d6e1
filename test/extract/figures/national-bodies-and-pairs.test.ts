// Parties of figures: national agencies stand for their country, Arabic prefixed names, two-sided
// figures in a bilateral document naming one side, and pledges announced by a leader.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, KR, VN, CN, ID, SA, EG, RU, EU, ES } from "./helpers.ts";

const US = "country:US", PH = "country:PH", AU = "country:AU", KZ = "country:KZ", PL = "country:PL", BR = "country:BR", JP = "country:JP";
const parties = (out: ReturnType<typeof facts>) => out.map((f) => f.parties);

test("US aid agencies credit their country alike: MCC and USAID money is US money (en)", () => {
  const out = facts("en", [
    { text: "The Millennium Challenge Corporation (MCC) pledged $500 million to the Philippines for roads.",
      quantities: [{ surface: "$500 million", kind: "money", value: 500e6 }] },
    { text: "USAID pledged $20 million to the Philippines for typhoon relief.",
      quantities: [{ surface: "$20 million", kind: "money", value: 20e6 }] },
  ], [["Millennium Challenge Corporation", "organization:MCC"], ["MCC", "organization:MCC"], ["Philippines", PH], ["USAID", "organization:USAID"]]);
  assert.deepEqual(parties(out), [[US], [US]]);
});

test("statistics offices are not parties: the country in the name, else the table, else dropped", () => {
  // en: the name carries the country.
  const en = facts("en", [
    { text: "Exports to China rose to $12 billion, according to the Philippine Statistics Authority.",
      quantities: [{ surface: "$12 billion", kind: "money", value: 12e9 }] },
  ], [["China", CN], ["Philippine Statistics Authority", "organization:PSA"], ["Philippine", PH]]);
  assert.ok(en[0].parties.length > 0 && !en[0].parties.includes("organization:PSA"));
  // ru: Росстат is Russia's.
  const ru = facts("ru", [
    { text: "По данным Росстата, товарооборот с Китаем составил 240 млрд долларов.",
      quantities: [{ surface: "240 млрд долларов", kind: "money", value: 240e9 }] },
  ], [["Росстата", "organization:ROSSTAT"], ["Китаем", CN]]);
  assert.deepEqual(parties(ru), [[RU, CN]]);
  // id: Badan Pusat Statistik is Indonesia's.
  const id = facts("id", [
    { text: "Menurut Badan Pusat Statistik, nilai perdagangan dengan Korea mencapai 20 miliar dolar AS.",
      quantities: [{ surface: "20 miliar dolar AS", kind: "money", value: 20e9 }] },
  ], [["Badan Pusat Statistik", "organization:BPS"], ["Korea", KR]]);
  assert.deepEqual(parties(id), [[ID, KR]]);
  // zh: a country right before the bureau is the one it works for, not the table's.
  const zh = facts("zh", [
    { text: "越南国家统计局数据显示，越中贸易额达到1700亿美元。", quantities: [{ surface: "1700亿美元", kind: "money", value: 170e9 }] },
  ], [["越南", VN], ["国家统计局", "organization:NBS"], ["越", VN], ["中", CN]]);
  assert.deepEqual(parties(zh), [[VN, CN]]);
  // ko: an office the table does not know is dropped.
  const ko = facts("ko", [
    { text: "통계청에 따르면 베트남과의 교역액은 800억 달러였다.", quantities: [{ surface: "800억 달러", kind: "money", value: 80e9 }] },
  ], [["통계청", "organization:통계청"], ["베트남", VN]]);
  assert.ok(!ko[0].parties.includes("organization:통계청"));
});

test("ar: names after و/ل/لل prefixes are parties: both sides of trade, the giver of a pledge", () => {
  const trade = facts("ar", [
    { text: "بلغ حجم التبادل التجاري بين مصر والسعودية 10 مليارات دولار.", quantities: [{ surface: "10 مليارات دولار", kind: "money", value: 10e9 }] },
  ], [["مصر", EG], ["والسعودية", SA]]);
  assert.deepEqual(parties(trade), [[EG, SA]]);
  const pledge = facts("ar", [
    { text: "أعلنت السعودية أنها ستقدم 5 مليارات دولار لمصر.", quantities: [{ surface: "5 مليارات دولار", kind: "money", value: 5e9 }] },
  ], [["السعودية", SA], ["لمصر", EG]]);
  assert.deepEqual(parties(pledge), [[SA]]);
});

test("two-sided figures naming one side take the document's main pair (ru, zh, ko, es)", () => {
  const ru = facts("ru", [
    { text: "Россия и Казахстан подписали соглашение. Россия и Казахстан обсудили сотрудничество." },
    { text: "Товарооборот между странами в 2024 году составил 28 млрд долларов.",
      quantities: [{ surface: "28 млрд долларов", kind: "money", value: 28e9 }, { surface: "2024 году", kind: "year", value: 2024 }] },
  ], [["Россия", RU], ["Казахстан", KZ]]);
  assert.deepEqual(parties(ru), [[RU, KZ]]);
  const zh = facts("zh", [
    { text: "中国和越南领导人举行会谈。" },
    { text: "去年两国贸易额达到2600亿美元。", quantities: [{ surface: "2600亿美元", kind: "money", value: 260e9 }] },
  ], [["中国", CN], ["越南", VN]]);
  assert.deepEqual(parties(zh), [[CN, VN]]);
  const es = facts("es", [
    { text: "El comercio entre la UE y Brasil alcanzó 90.000 millones de euros.",
      quantities: [{ surface: "90.000 millones de euros", kind: "money", value: 90e9, unit: "EUR" }] },
  ], [["UE", EU], ["Brasil", BR]]);
  assert.deepEqual(parties(es), [[EU, BR]]);
});

test("people: nationality and country of residence are both parties (en, ko)", () => {
  const en = facts("en", [
    { text: "Some 500,000 people of Kazakhstan are living in Russia.", quantities: [{ surface: "500,000", kind: "count", value: 5e5, unit: "persons", noun: "people" }] },
  ], [["Kazakhstan", KZ], ["Russia", RU]]);
  assert.deepEqual(out0(en), [KZ, RU]);
  const ko = facts("ko", [
    { text: "폴란드와 한국은 방산 협력을 논의했다." },
    { text: "현재 600명의 폴란드 군인이 한국에서 훈련을 받고 있다.", quantities: [{ surface: "600명", kind: "count", value: 600, unit: "persons", noun: "군인" }] },
  ], [["폴란드", PL], ["한국", KR]]);
  assert.deepEqual(ko.at(-1)!.parties, [PL, KR]);
});

test("people: the country they are in comes second, whatever the word order (ru, fr)", () => {
  const ru = facts("ru", [
    { text: "В России проживают 600 тысяч граждан Казахстана.", quantities: [{ surface: "600 тысяч", kind: "count", value: 6e5, unit: "persons", noun: "граждан" }] },
  ], [["России", RU], ["Казахстана", KZ]]);
  assert.deepEqual(out0(ru), [KZ, RU]);
  const fr = facts("fr", [
    { text: "En Espagne vivent 800 000 ressortissants du Maroc.", quantities: [{ surface: "800 000", kind: "count", value: 8e5, unit: "persons", noun: "ressortissants" }] },
  ], [["Espagne", ES], ["Maroc", "country:MA"]]);
  assert.deepEqual(out0(fr), ["country:MA", ES]);
});

function out0(out: ReturnType<typeof facts>) { return out[0]?.parties; }

test("a pledge announced by a leader is given by the leader's country (id, en, es)", () => {
  const id = facts("id", [
    { text: "PM Albanese mengumumkan pendanaan sebesar 50 juta dolar Australia untuk Indonesia.",
      quantities: [{ surface: "50 juta dolar Australia", kind: "money", value: 50e6, unit: "AUD" }] },
  ], [["Albanese", "person:albanese", "person"], ["Indonesia", ID]]);
  assert.deepEqual(parties(id), [[AU]]);
  // The title named the country earlier in the document.
  const en = facts("en", [
    { text: "Japanese Prime Minister Fumio Kishida met ASEAN leaders." },
    { text: "Kishida announced $100 million in new funding for Viet Nam.", quantities: [{ surface: "$100 million", kind: "money", value: 100e6 }] },
  ], [["Japanese", JP], ["Fumio Kishida", "person:fumio kishida", "person"], ["Kishida", "person:kishida", "person"], ["Viet Nam", VN]]);
  assert.deepEqual(en.at(-1)!.parties, [JP]);
  // A country named as the doer after the speaker still gives.
  const es = facts("es", [
    { text: "Sánchez dijo que España aportará 20 millones de euros a Marruecos.",
      quantities: [{ surface: "20 millones de euros", kind: "money", value: 20e6, unit: "EUR" }] },
  ], [["Sánchez", "person:sanchez", "person"], ["España", ES], ["Marruecos", "country:MA"]]);
  assert.deepEqual(parties(es), [[ES]]);
});

test("ru: people counted `между странами` in a bilateral document are both sides", () => {
  const out = facts("ru", [
    { text: "Россия и Казахстан подписали соглашение. Россия и Казахстан обсудили сотрудничество." },
    { text: "Россия приняла 3 тысячи студентов в рамках обменов между странами.",
      quantities: [{ surface: "3 тысячи", kind: "count", value: 3000, unit: "persons", noun: "студентов" }] },
  ], [["Россия", RU], ["Казахстан", KZ]]);
  assert.deepEqual(out.at(-1)!.parties, [RU, KZ]);
});
