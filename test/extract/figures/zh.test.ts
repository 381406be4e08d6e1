import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, CN, VN, ASEAN } from "./helpers.ts";

test("zh: year first, trade and investment with 对", () => {
  const s = "2024年，中越双边贸易额达2606亿美元，中国对越南投资达25亿美元。";
  const out = facts("zh", [{ text: s, quantities: [
    { surface: "2024年", kind: "year", value: 2024 }, { surface: "2606亿美元", kind: "money", value: 260.6e9 }, { surface: "25亿美元", kind: "money", value: 2.5e9 },
  ] }], [["中", CN], ["越", VN], ["中国", CN], ["越南", VN]].filter(([s]) => s.length > 1) as [string, string][]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 260.6e9, unit: "USD", period: "2024", status: "actual", parties: [CN, VN] },
    { metric: "investment", value: 2.5e9, unit: "USD", period: "2024", status: "actual", parties: [CN, VN] },
  ]);
});

test("zh: rank 第一大贸易伙伴, pledge 承诺 to a fund, and 周年 is not a fact", () => {
  const out = facts("zh", [
    { text: "中国连续15年保持东盟第一大贸易伙伴地位。", quantities: [{ surface: "15年", kind: "count", value: 15, noun: "年" }, { surface: "第一大", kind: "rank", value: 1 }] },
    { text: "中方承诺向中国－东盟合作基金提供1000万美元。", quantities: [{ surface: "1000万美元", kind: "money", value: 10e6 }] },
    { text: "今年是中国东盟建立对话关系35周年。", quantities: [{ surface: "35", kind: "count", value: 35 }] },
  ], [["中国", CN], ["东盟", ASEAN], ["中方", CN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 1, unit: "rank", period: null, status: "actual", parties: [CN, ASEAN] },
    { metric: "funding", value: 10e6, unit: "USD", period: null, status: "pledge", parties: [CN] },
  ]);
});
