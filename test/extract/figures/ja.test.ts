import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, JP, VN } from "./helpers.ts";

test("ja: trade and investment with から/への, year before", () => {
  const s = "2023年の日越貿易額は約470億ドルで、日本からベトナムへの直接投資は50億ドルに達した。";
  const out = facts("ja", [{ text: s, quantities: [
    { surface: "2023年", kind: "year", value: 2023 }, { surface: "約470億ドル", kind: "money", value: 47e9, approximate: true }, { surface: "50億ドル", kind: "money", value: 5e9 },
  ] }], [["日本", JP], ["ベトナム", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 47e9, unit: "USD", period: "2023", status: "actual", parties: [JP, VN] },
    { metric: "investment", value: 5e9, unit: "USD", period: "2023", status: "actual", parties: [JP, VN] },
  ]);
  assert.equal(out[0].approximate, true);
});

test("ja: ODA pledge by Japan; 周年 and durations are not facts", () => {
  const out = facts("ja", [
    { text: "日本はベトナムに対し500億円の円借款の供与を表明した。", quantities: [{ surface: "500億円", kind: "money", value: 50e9, unit: "JPY" }] },
    { text: "両国は外交関係樹立50周年を祝った。", quantities: [{ surface: "50", kind: "count", value: 50 }] },
  ], [["日本", JP], ["ベトナム", VN]]);
  assert.deepEqual(out.map(brief), [{ metric: "aid", value: 50e9, unit: "JPY", period: null, status: "pledge", parties: [JP] }]);
});
