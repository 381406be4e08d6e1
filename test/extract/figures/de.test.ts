import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, DE, VN } from "./helpers.ts";

test("de: Handelsvolumen and Investitionen aus/nach; Jahrestag is not a fact", () => {
  const out = facts("de", [
    { text: "Das bilaterale Handelsvolumen zwischen Deutschland und Vietnam erreichte 2023 rund 17 Milliarden Euro.",
      quantities: [{ surface: "2023", kind: "year", value: 2023 }, { surface: "rund 17 Milliarden Euro", kind: "money", value: 17e9, unit: "EUR", approximate: true }] },
    { text: "Die Direktinvestitionen aus Deutschland in Vietnam beliefen sich auf 2,6 Milliarden Euro.",
      quantities: [{ surface: "2,6 Milliarden Euro", kind: "money", value: 2.6e9, unit: "EUR" }] },
    { text: "Beide Länder feierten den 50. Jahrestag der diplomatischen Beziehungen.", quantities: [{ surface: "50.", kind: "rank", value: 50 }] },
  ], [["Deutschland", DE], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 17e9, unit: "EUR", period: "2023", status: "actual", parties: [DE, VN] },
    { metric: "investment", value: 2.6e9, unit: "EUR", period: null, status: "actual", parties: [DE, VN] },
  ]);
});

test("de: Ziel bis 2030 and Kooperationsdokumente compounds", () => {
  const out = facts("de", [
    { text: "Deutschland und Vietnam unterzeichneten 9 Kooperationsdokumente.", quantities: [{ surface: "9", kind: "count", value: 9, noun: "Kooperationsdokumente" }] },
    { text: "Ziel ist es, bis 2030 jährlich 10.000 Fachkräfte aus Vietnam in Deutschland zu beschäftigen.",
      quantities: [{ surface: "2030", kind: "year", value: 2030 }, { surface: "10.000", kind: "count", value: 10000, noun: "Fachkräfte" }] },
  ], [["Deutschland", DE], ["Vietnam", VN]]);
  assert.deepEqual(out.map((f) => [f.metric, f.value, f.unit, f.period, f.status, f.subject]), [
    ["count", 9, "items", null, "actual", "documents"],
    ["people", 10000, "persons", "2030", "target", "skilled workers"],
  ]);
});
