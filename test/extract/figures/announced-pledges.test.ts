// Money announced or to be provided is a pledge; money already spent is actual; loans and
// assistance from one country to another are aid; Arabic target cues do not fire on `rose`;
// people counted in one country of a two-country document belong to both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, DE, ES, FR, NL, ID, CN, RU, SA, EG, JP, KR, TH, VN } from "./helpers.ts";

const AU = "country:AU", MA = "country:MA", IN = "country:IN", KH = "country:KH", KZ = "country:KZ";
const m = (surface: string, value: number, unit = "USD") => ({ surface, kind: "money" as const, value, unit });
const one = (lang: string, text: string, q: ReturnType<typeof m>, ms: [string, string][]) =>
  facts(lang, [{ text, quantities: [q] }], ms).map((f) => [f.metric, f.status, f.parties]);

test("en: announced / would provide / to provide are pledges; already committed is actual", () => {
  assert.deepEqual(one("en", "Australia announced A$50 million for the fund.", m("A$50 million", 50e6, "AUD"), [["Australia", AU]]),
    [["funding", "pledge", [AU]]]);
  assert.deepEqual(one("en", "Australia would provide US$200 million in concessional loans to Indonesia.", m("US$200 million", 200e6), [["Australia", AU], ["Indonesia", ID]]),
    [["aid", "pledge", [AU]]]);
  assert.deepEqual(one("en", "Australia has already committed US$1.1 billion since 2019.", m("US$1.1 billion", 1.1e9), [["Australia", AU]]),
    [["funding", "actual", [AU]]]);
  // An announced trade figure is a report, not a promise.
  assert.deepEqual(one("en", "Australia announced that trade with Indonesia reached US$18 billion.", m("US$18 billion", 18e9), [["Australia", AU], ["Indonesia", ID]]),
    [["trade", "actual", [AU, ID]]]);
  assert.deepEqual(one("en", "The US will provide $300 million in foreign military financing to the Philippines.", m("$300 million", 300e6), [["US", "country:US"], ["Philippines", "country:PH"]]),
    [["aid", "pledge", ["country:US"]]]);
});

// Money a country gives to or for another country is aid unless it goes into a fund (docs/figures.md).
test("es / fr: anunció que … movilizará, una contribución de, a annoncé une enveloppe, a déjà engagé", () => {
  assert.deepEqual(one("es", "El presidente anunció que España movilizará 2.000 millones de euros para proyectos en Marruecos.", m("2.000 millones de euros", 2e9, "EUR"), [["España", ES], ["Marruecos", MA]]),
    [["aid", "pledge", [ES]]]);
  assert.deepEqual(one("fr", "La France a annoncé une enveloppe de 300 millions d'euros.", m("300 millions d'euros", 300e6, "EUR"), [["France", FR]]),
    [["funding", "pledge", [FR]]]);
  assert.deepEqual(one("fr", "La France a déjà engagé 1,1 milliard d'euros depuis 2019.", m("1,1 milliard d'euros", 1.1e9, "EUR"), [["France", FR]]),
    [["funding", "actual", [FR]]]);
  assert.deepEqual(one("fr", "La France versera 40 millions d'euros d'aide publique au développement.", m("40 millions d'euros", 40e6, "EUR"), [["France", FR]]),
    [["aid", "pledge", [FR]]]);
});

test("de / nl: separable verbs around the figure (sagte … zu, stellt … bereit, kondigde … aan, zegde … toe)", () => {
  assert.deepEqual(one("de", "Deutschland sagte Indien einen zinsgünstigen Kredit von 1 Milliarde Euro zu.", m("1 Milliarde Euro", 1e9, "EUR"), [["Deutschland", DE], ["Indien", IN]]),
    [["aid", "pledge", [DE]]]);
  assert.deepEqual(one("de", "Berlin stellt zudem 200 Millionen Euro für den Fonds bereit.", m("200 Millionen Euro", 200e6, "EUR"), [["Berlin", DE]]),
    [["funding", "pledge", [DE]]]);
  // Reported speech (`sagte,`) with an unrelated `zu` is not a pledge.
  assert.deepEqual(one("de", "Merz sagte, der Handel mit Indien habe 31 Milliarden Euro erreicht und sei zu stärken.", m("31 Milliarden Euro", 31e9, "EUR"), [["Indien", IN]]),
    [["trade", "actual", [IN]]]);
  assert.deepEqual(one("nl", "Nederland kondigde aan dat het 20 miljoen euro bijdraagt aan het fonds.", m("20 miljoen euro", 20e6, "EUR"), [["Nederland", NL]]),
    [["funding", "pledge", [NL]]]);
  assert.deepEqual(one("nl", "Nederland zegde de Filipijnen 5 miljoen euro toe.", m("5 miljoen euro", 5e6, "EUR"), [["Nederland", NL], ["Filipijnen", "country:PH"]]),
    [["funding", "pledge", [NL]]]);
});

test("id / ar / ja / zh / ko / ru / th: announcement and future provision verbs", () => {
  assert.deepEqual(one("id", "Australia mengumumkan pendanaan sebesar 50 juta dolar Australia untuk Indonesia.", m("50 juta dolar Australia", 50e6, "AUD"), [["Australia", AU], ["Indonesia", ID]]),
    [["aid", "pledge", [AU]]]);
  assert.deepEqual(one("ar", "أعلنت السعودية أنها ستقدم قرضا ميسرا بقيمة 500 مليون دولار لمصر.", m("500 مليون دولار", 500e6), [["السعودية", SA], ["مصر", EG]]),
    [["aid", "pledge", [SA]]]);
  assert.deepEqual(one("ja", "日本はフィリピンに300億円の円借款を供与する方針を表明した。", m("300億円", 30e9, "JPY"), [["日本", JP], ["フィリピン", "country:PH"]]),
    [["aid", "pledge", [JP]]]);
  assert.deepEqual(one("zh", "中国宣布将向柬埔寨提供5亿元人民币。", m("5亿元人民币", 5e8, "CNY"), [["中国", CN], ["柬埔寨", KH]]),
    [["aid", "pledge", [CN]]]);
  assert.deepEqual(one("ko", "한국은 베트남에 5000만 달러를 지원하겠다고 밝혔다.", m("5000만 달러", 50e6), [["한국", KR], ["베트남", VN]]),
    [["aid", "pledge", [KR]]]);
  assert.deepEqual(one("ru", "Россия объявила о выделении 100 миллионов долларов.", m("100 миллионов долларов", 100e6), [["Россия", RU]]),
    [["funding", "pledge", [RU]]]);
  assert.deepEqual(one("th", "ไทยประกาศให้เงินช่วยเหลือ 300 ล้านบาท", m("300 ล้านบาท", 300e6, "THB"), [["ไทย", TH]]),
    [["aid", "pledge", [TH]]]);
});

test("ar: `ارتفع` (rose) and `بزيادة` (up by) do not make a figure a target; `لرفع` does", () => {
  const out = facts("ar", [
    { text: "ارتفع حجم التبادل التجاري بين مصر والسعودية إلى 5 مليارات دولار بزيادة كبيرة.", quantities: [m("5 مليارات دولار", 5e9)] },
    { text: "ويسعى البلدان لرفع التجارة إلى 10 مليارات دولار.", quantities: [m("10 مليارات دولار", 10e9)] },
  ], [["مصر", EG], ["السعودية", SA]]);
  assert.deepEqual(out.map((f) => [f.value, f.metric, f.status]), [[5e9, "trade", "actual"], [10e9, "trade", "target"]]);
});

test("people of one country counted in the other belong to both (nationality first)", () => {
  const count = (surface: string, value: number) => ({ surface, kind: "count" as const, value, unit: "persons" });
  const nl = facts("nl", [
    { text: "Nederland en Marokko versterken de banden." },
    { text: "Er wonen 400.000 Marokkanen in Nederland.", quantities: [count("400.000", 4e5)] },
  ], [["Nederland", NL], ["Marokko", MA]]);
  assert.deepEqual(nl.map(brief).map((f) => f.parties), [[MA, NL]]);
  const en = facts("en", [
    { text: "Russia and Kazakhstan held talks." },
    { text: "About 500,000 workers are employed in Russia.", quantities: [count("500,000", 5e5)] },
  ], [["Russia", RU], ["Kazakhstan", KZ]]);
  assert.deepEqual(en.map(brief).map((f) => f.parties), [[KZ, RU]]);
});
