import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, ES, MX, VN } from "./helpers.ts";

test("es: comercio bilateral and inversión de España en México", () => {
  const out = facts("es", [
    { text: "El comercio bilateral entre España y México alcanzó 12.500 millones de dólares en 2023, mientras la inversión de España en México sumó 3.000 millones.",
      quantities: [{ surface: "12.500 millones de dólares", kind: "money", value: 12.5e9 }, { surface: "2023", kind: "year", value: 2023 }, { surface: "3.000 millones", kind: "money", value: 3e9 }] },
  ], [["España", ES], ["México", MX]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 12.5e9, unit: "USD", period: "2023", status: "actual", parties: [ES, MX] },
    { metric: "investment", value: 3e9, unit: "USD", period: null, status: "actual", parties: [ES, MX] },
  ]);
});

test("es: una meta para 2030 is a target; `cinco ejes` is not a fact", () => {
  const out = facts("es", [
    { text: "España y Vietnam fijaron la meta de 10.000 millones de dólares en comercio para 2030 y acordaron cinco ejes de cooperación.",
      quantities: [{ surface: "10.000 millones de dólares", kind: "money", value: 10e9 }, { surface: "2030", kind: "year", value: 2030 }, { surface: "cinco", kind: "count", value: 5, noun: "ejes" }] },
  ], [["España", ES], ["Vietnam", VN]]);
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 10e9, unit: "USD", period: "2030", status: "target", parties: [ES, VN] }]);
});
