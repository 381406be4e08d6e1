import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, KR, VN, JP, CN, ID, FR, DE, ES, RU, NL, MY } from "./helpers.ts";

const TH = "country:TH", PH = "country:PH", IN = "country:IN", SG = "country:SG", MA = "country:MA";

test("relative years resolve against the publication date, in many languages", () => {
  const cases: [string, string, string, number, [string, string][]][] = [
    ["en", "Trade between Thailand and Japan reached 60 billion USD last year.", "60 billion USD", 60e9, [["Thailand", TH], ["Japan", JP]]],
    ["vi", "Năm ngoái, kim ngạch thương mại Việt Nam - Thái Lan đạt 20 tỷ USD.", "20 tỷ USD", 20e9, [["Việt Nam", VN], ["Thái Lan", TH]]],
    ["nl", "De handel tussen Nederland en Vietnam bedroeg vorig jaar 11 miljard euro.", "11 miljard euro", 11e9, [["Nederland", NL], ["Vietnam", VN]]],
    ["ko", "지난해 한국과 태국의 교역액은 140억 달러였다.", "140억 달러", 14e9, [["한국", KR], ["태국", TH]]],
    ["zh", "去年中泰贸易额达1260亿美元。", "1260亿美元", 126e9, [["中", CN], ["泰", TH]]],
    ["ja", "昨年の日タイ貿易額は7兆円だった。", "7兆円", 7e12, [["日", JP], ["タイ", TH]]],
    ["id", "Nilai perdagangan Indonesia dan Thailand tahun lalu mencapai USD18 miliar.", "USD18 miliar", 18e9, [["Indonesia", ID], ["Thailand", TH]]],
    ["ms", "Jumlah dagangan Malaysia dan Thailand tahun lepas ialah RM120 bilion.", "RM120 bilion", 120e9, [["Malaysia", MY], ["Thailand", TH]]],
    ["fr", "Les échanges entre la France et le Maroc ont atteint 14 milliards d'euros l'an dernier.", "14 milliards d'euros", 14e9, [["France", FR], ["Maroc", MA]]],
    ["de", "Der Handel zwischen Deutschland und Thailand lag im vergangenen Jahr bei 14 Milliarden Euro.", "14 Milliarden Euro", 14e9, [["Deutschland", DE], ["Thailand", TH]]],
    ["es", "El comercio entre España y Marruecos sumó 23.000 millones de euros el año pasado.", "23.000 millones de euros", 23e9, [["España", ES], ["Marruecos", MA]]],
    ["ru", "Товарооборот России и Таиланда в прошлом году составил 2 млрд долларов.", "2 млрд долларов", 2e9, [["России", RU], ["Таиланда", TH]]],
  ];
  for (const [lang, text, surface, value, ms] of cases) {
    const specs = [{ text, quantities: [{ surface, kind: "money" as const, value }] }];
    const withDate = facts(lang, specs, ms, "2025-03-10");
    assert.deepEqual(withDate.map((f) => [f.metric, f.period]), [["trade", "2024"]], `${lang}: ${text}`);
    const noDate = facts(lang, specs, ms, null);
    assert.deepEqual(noDate.map((f) => f.period), [null], `${lang} without a date`);
  }
});

test("a comparison year is not the figure's period; the stated year is", () => {
  const vi = facts("vi", [{ text: "Năm 2024, kim ngạch thương mại Việt Nam - Thái Lan đạt 20 tỷ USD, tăng 5,2% so với năm 2023.", quantities: [
    { surface: "2024", kind: "year", value: 2024 }, { surface: "20 tỷ USD", kind: "money", value: 20e9 },
    { surface: "5,2%", kind: "percent", value: 5.2 }, { surface: "2023", kind: "year", value: 2023 },
  ] }], [["Việt Nam", VN], ["Thái Lan", TH]]);
  assert.deepEqual(vi.map((f) => [f.metric, f.period]), [["trade", "2024"], ["growth", "2024"]]);
  const en = facts("en", [{ text: "Exports to Thailand rose 7% to 9 billion USD in 2024, up from 2022 levels.", quantities: [
    { surface: "7%", kind: "percent", value: 7 }, { surface: "9 billion USD", kind: "money", value: 9e9 },
    { surface: "2024", kind: "year", value: 2024 }, { surface: "2022", kind: "year", value: 2022 },
  ] }], [["Thailand", TH]]);
  assert.deepEqual(en.map((f) => f.period), ["2024", "2024"]);
});

test("a counter beats a person noun earlier in the sentence; a handful of unnamed persons is no figure", () => {
  const ko = facts("ko", [{ text: "양국 정상은 보건 분야 문서 4건의 서명식에 참석했다.", quantities: [
    { surface: "4건", kind: "count", value: 4, noun: "건" },
  ] }], [["양국", KR]]);
  assert.deepEqual(ko.map((f) => [f.metric, f.unit]), [["count", "items"]]);
  const en = facts("en", [{ text: "The three ministers then met the press in Bangkok.", quantities: [
    { surface: "three", kind: "count", value: 3, unit: "persons", noun: "ministers" },
  ] }], [["Bangkok", "place:Bangkok"]]);
  assert.deepEqual(en, []);
});

test("documents signed belong to both sides of the document's pair", () => {
  const out = facts("fr", [
    { text: "Le président français a reçu le Premier ministre thaïlandais à Paris, a indiqué la France.", quantities: [] },
    { text: "La Thaïlande et la France ont renforcé leur partenariat.", quantities: [] },
    { text: "Les deux dirigeants ont assisté à la signature de six accords.", quantities: [{ surface: "six", kind: "count", value: 6, noun: "accords" }] },
  ], [["France", FR], ["Thaïlande", TH]]);
  assert.deepEqual(out.map(brief), [{ metric: "count", value: 6, unit: "items", period: null, status: "actual", parties: [FR, TH] }]);
});

test("a ministry is not a party to a bilateral figure", () => {
  const out = facts("en", [
    { text: "India and Singapore held talks in Delhi.", quantities: [] },
    { text: "Bilateral trade stood at 35 billion USD in 2024, according to the Trade Ministry.", quantities: [
      { surface: "35 billion USD", kind: "money", value: 35e9 }, { surface: "2024", kind: "year", value: 2024 }] },
  ], [["India", IN], ["Singapore", SG], ["Trade Ministry", "organization:TRADE MINISTRY"]]);
  assert.deepEqual(out.map((f) => f.parties), [[IN, SG]]);
});

test("`raise it to X` takes the metric of the figure in the sentence before", () => {
  const out = facts("ru", [
    { text: "Товарооборот России и Вьетнама в 2024 году составил 7 млрд долларов.", quantities: [
      { surface: "2024", kind: "year", value: 2024 }, { surface: "7 млрд долларов", kind: "money", value: 7e9 }] },
    { text: "Стороны намерены довести его до 15 млрд долларов к 2030 году.", quantities: [
      { surface: "15 млрд долларов", kind: "money", value: 15e9 }, { surface: "2030", kind: "year", value: 2030 }] },
  ], [["России", RU], ["Вьетнама", VN]]);
  assert.deepEqual(out.map((f) => [f.metric, f.period, f.status]), [["trade", "2024", "actual"], ["trade", "2030", "target"]]);
});

test("a headline restating a dated figure without its year adds no second fact", () => {
  const out = facts("id", [
    { text: "Indonesia dan Filipina sepakati target perdagangan USD20 miliar", quantities: [{ surface: "USD20 miliar", kind: "money", value: 20e9 }] },
    { text: "Kedua negara sepakat meningkatkan perdagangan bilateral menjadi USD20 miliar pada 2030.", quantities: [
      { surface: "USD20 miliar", kind: "money", value: 20e9 }, { surface: "2030", kind: "year", value: 2030 }] },
  ], [["Indonesia", ID], ["Filipina", PH]], "2025-06-01");
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 20e9, unit: "USD", period: "2030", status: "target", parties: [ID, PH] }]);
});

test("a sum restated in another currency in parentheses is one figure", () => {
  const out = facts("en", [{ text: "Korea will lend Thailand 400 billion won (about 300 million USD) for a metro line.", quantities: [
    { surface: "400 billion won", kind: "money", value: 400e9, unit: "KRW" },
    { surface: "about 300 million USD", kind: "money", value: 300e6, approximate: true },
  ] }], [["Korea", KR], ["Thailand", TH]]);
  assert.deepEqual(out.map((f) => [f.value, f.unit]), [[400e9, "KRW"]]);
});
