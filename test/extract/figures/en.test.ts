import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, KR, VN, ASEAN, JP } from "./helpers.ts";

test("en: rank, trade and FDI in one coordinated sentence share the trailing year", () => {
  const out = facts("en", [
    { text: "Japan is Viet Nam's third-largest trading partner and second-largest investor, with two-way trade hitting US$46.2 billion and FDI from Japan amounting to $5.1 billion in 2023.",
      quantities: [
        { surface: "third", kind: "rank", value: 3 }, { surface: "second", kind: "rank", value: 2 },
        { surface: "US$46.2 billion", kind: "money", value: 46.2e9 }, { surface: "$5.1 billion", kind: "money", value: 5.1e9 },
        { surface: "2023", kind: "year", value: 2023 },
      ] },
  ], [["Japan", JP], ["Viet Nam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 3, unit: "rank", period: "2023", status: "actual", parties: [JP, VN] },
    { metric: "rank", value: 2, unit: "rank", period: "2023", status: "actual", parties: [JP, VN] },
    { metric: "trade", value: 46.2e9, unit: "USD", period: "2023", status: "actual", parties: [JP, VN] },
    { metric: "investment", value: 5.1e9, unit: "USD", period: "2023", status: "actual", parties: [JP, VN] },
  ]);
  assert.equal(out[2].quote, out[2].quote.trim());
  assert.equal(out[2].surface, "US$46.2 billion");
});

test("en: a pledge by a country named earlier (`its commitment`) belongs to that giver only", () => {
  const out = facts("en", [
    { text: "The minister praised Korea's assistance to ASEAN, in particular its commitment of 15 million USD for the Mekong-Korea Cooperation Fund.",
      quantities: [{ surface: "15 million USD", kind: "money", value: 15e6 }] },
  ], [["Korea", KR], ["ASEAN", ASEAN], ["Mekong-Korea Cooperation Fund", "initiative:Mekong-Korea Cooperation Fund"]]);
  assert.deepEqual(out.map(brief), [{ metric: "funding", value: 15e6, unit: "USD", period: null, status: "pledge", parties: [KR] }]);
});

test("en: concrete counts are facts, abstract counts and anniversaries are not", () => {
  const out = facts("en", [
    { text: "The two leaders witnessed the signing of 12 cooperation agreements and set out four priorities for the partnership.",
      quantities: [{ surface: "12", kind: "count", value: 12, noun: "cooperation agreements" }, { surface: "four", kind: "count", value: 4, noun: "priorities" }] },
    { text: "This year marks the 30th anniversary of diplomatic ties.",
      quantities: [{ surface: "30th", kind: "rank", value: 30 }] },
    { text: "During his three days in Tokyo, the Prime Minister met business leaders.",
      quantities: [{ surface: "three", kind: "count", value: 3, noun: "days" }] },
  ], [["Tokyo", "place:Tokyo"], ["Japan", JP]]);
  assert.equal(out.length, 1);
  assert.equal(out[0].metric, "count");
  assert.equal(out[0].value, 12);
  assert.equal(out[0].subject, "cooperation agreements");
});

test("en: a target trade figure with `by 2030` and `both sides` takes the document's main pair", () => {
  const out = facts("en", [
    { text: "Viet Nam and Japan upgraded their ties during the visit.", quantities: [] },
    { text: "Both sides aim to lift two-way trade to 60 billion USD by 2030.",
      quantities: [{ surface: "60 billion USD", kind: "money", value: 60e9 }, { surface: "2030", kind: "year", value: 2030 }] },
  ], [["Viet Nam", VN], ["Japan", JP]]);
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 60e9, unit: "USD", period: "2030", status: "target", parties: [VN, JP] }]);
});

test("en: percentages are shares unless a growth word is next to them; multiples are growth", () => {
  const out = facts("en", [
    { text: "ASEAN and Japan said 90 per cent of the 2021–2025 work plan had been implemented.",
      quantities: [{ surface: "90 per cent", kind: "percent", value: 90 }, { surface: "2021–2025", kind: "period", value: 2021, valueTo: 2025 }] },
    { text: "Japanese investment in ASEAN rose 12% year-on-year, while trade has grown fourfold since 2000.",
      quantities: [{ surface: "12%", kind: "percent", value: 12 }, { surface: "fourfold", kind: "multiple", value: 4 }, { surface: "2000", kind: "year", value: 2000 }] },
  ], [["ASEAN", ASEAN], ["Japan", JP], ["Japanese", JP]]);
  assert.deepEqual(out.map((f) => [f.metric, f.value, f.unit, f.period]), [
    ["share", 90, "percent", "2021/2025"],
    ["growth", 12, "percent", null],
    ["growth", 4, "times", "2000"],
  ]);
  assert.deepEqual(out[1].parties, [JP, ASEAN]);
});

test("en: the same figure stated twice in a document is one fact, keeping the first quote", () => {
  const s1 = "Two-way trade between Viet Nam and Japan reached 46 billion USD last year.";
  const out = facts("en", [
    { text: s1, quantities: [{ surface: "46 billion USD", kind: "money", value: 46e9 }] },
    { text: "The 46 billion USD in bilateral trade is a record.", quantities: [{ surface: "46 billion USD", kind: "money", value: 46e9 }] },
  ], [["Viet Nam", VN], ["Japan", JP]]);
  assert.equal(out.length, 1);
  assert.equal(out[0].quote, s1);
  assert.deepEqual(out[0].parties, [VN, JP]);
});

test("en: investment direction follows `from`/`in`, and ODA goes from giver to recipient", () => {
  const out = facts("en", [
    { text: "Registered capital from Japan in Viet Nam totalled 3.2 billion USD in the first half.",
      quantities: [{ surface: "3.2 billion USD", kind: "money", value: 3.2e9 }] },
    { text: "Viet Nam has received 30 billion USD in ODA loans from Japan since 1992.",
      quantities: [{ surface: "30 billion USD", kind: "money", value: 30e9 }, { surface: "1992", kind: "year", value: 1992 }] },
  ], [["Japan", JP], ["Viet Nam", VN]]);
  assert.deepEqual(out[0].parties, [JP, VN]);
  assert.equal(out[0].metric, "investment");
  assert.equal(out[1].metric, "aid");
  assert.deepEqual(out[1].parties, [JP, VN]);
});

test("en: people counted with a noun get a subject; a year-less figure has no period", () => {
  const out = facts("en", [
    { text: "More than 250,000 Vietnamese live and work in Korea, the ambassador said.",
      quantities: [{ surface: "More than 250,000", kind: "count", value: 250000, noun: "Vietnamese", unit: "persons" }] },
  ], [["Vietnamese", VN], ["Korea", KR]]);
  assert.deepEqual(out.map(brief), [{ metric: "people", value: 250000, unit: "persons", period: null, status: "actual", parties: [VN, KR] }]);
  assert.equal(out[0].subject, "Vietnamese");
});
