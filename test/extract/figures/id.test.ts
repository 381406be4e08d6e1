import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, ID, JP, KR } from "./helpers.ts";

test("id: rank bagi, bilateral trade and investasi dari", () => {
  const s = "Jepang merupakan mitra dagang terbesar keempat bagi Indonesia dengan nilai perdagangan mencapai 35 miliar dolar AS pada 2023, sementara investasi dari Jepang mencapai 4,6 miliar dolar AS.";
  const out = facts("id", [{ text: s, quantities: [
    { surface: "keempat", kind: "rank", value: 4 }, { surface: "35 miliar dolar AS", kind: "money", value: 35e9 },
    { surface: "2023", kind: "year", value: 2023 }, { surface: "4,6 miliar dolar AS", kind: "money", value: 4.6e9 },
  ] }], [["Jepang", JP], ["Indonesia", ID]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 4, unit: "rank", period: "2023", status: "actual", parties: [JP, ID] },
    { metric: "trade", value: 35e9, unit: "USD", period: "2023", status: "actual", parties: [JP, ID] },
    // `sementara` starts a new clause: the 2023 of the trade figure does not carry over.
    { metric: "investment", value: 4.6e9, unit: "USD", period: null, status: "actual", parties: [JP, ID] },
  ]);
});

test("id: komitmen hibah is a pledge of the giver; `tiga pilar` is not a fact", () => {
  const out = facts("id", [
    { text: "Korea Selatan menyampaikan komitmen hibah sebesar 20 juta dolar AS untuk Indonesia.", quantities: [{ surface: "20 juta dolar AS", kind: "money", value: 20e6 }] },
    { text: "Kerja sama kedua negara bertumpu pada tiga pilar.", quantities: [{ surface: "tiga", kind: "count", value: 3, noun: "pilar" }] },
  ], [["Korea Selatan", KR], ["Indonesia", ID]]);
  assert.deepEqual(out.map(brief), [{ metric: "aid", value: 20e6, unit: "USD", period: null, status: "pledge", parties: [KR] }]);
});
