import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, MY, CN, KR } from "./helpers.ts";

test("ms: perdagangan dua hala with a target menjelang 2030", () => {
  const out = facts("ms", [
    { text: "Malaysia dan China menandatangani beberapa perjanjian.", quantities: [] },
    { text: "Kedua-dua negara menyasarkan perdagangan dua hala mencecah 150 bilion dolar AS menjelang 2030.",
      quantities: [{ surface: "150 bilion dolar AS", kind: "money", value: 150e9 }, { surface: "2030", kind: "year", value: 2030 }] },
  ], [["Malaysia", MY], ["China", CN]]);
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 150e9, unit: "USD", period: "2030", status: "target", parties: [MY, CN] }]);
});

test("ms: pelaburan dari Korea ke Malaysia; workers counted as people", () => {
  const out = facts("ms", [
    { text: "Pelaburan dari Korea Selatan ke Malaysia berjumlah 2.1 bilion dolar AS pada 2024.",
      quantities: [{ surface: "2.1 bilion dolar AS", kind: "money", value: 2.1e9 }, { surface: "2024", kind: "year", value: 2024 }] },
    { text: "Seramai 15,000 pekerja Malaysia kini bekerja di Korea Selatan.", quantities: [{ surface: "15,000", kind: "count", value: 15000, noun: "pekerja" }] },
  ], [["Korea Selatan", KR], ["Malaysia", MY]]);
  assert.deepEqual(out.map(brief), [
    { metric: "investment", value: 2.1e9, unit: "USD", period: "2024", status: "actual", parties: [KR, MY] },
    { metric: "people", value: 15000, unit: "persons", period: null, status: "actual", parties: [MY, KR] },
  ]);
});
