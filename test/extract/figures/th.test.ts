import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, TH, VN } from "./helpers.ts";

test("th: two-way trade target ภายในปี 2568 for both countries", () => {
  const out = facts("th", [
    { text: "ไทยและเวียดนามหารือความร่วมมือ", quantities: [] },
    { text: "ทั้งสองประเทศตั้งเป้ามูลค่าการค้า 25,000 ล้านดอลลาร์สหรัฐภายในปี 2025",
      quantities: [{ surface: "25,000 ล้านดอลลาร์สหรัฐ", kind: "money", value: 25e9 }, { surface: "2025", kind: "year", value: 2025 }] },
  ], [["ไทย", TH], ["เวียดนาม", VN]]);
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 25e9, unit: "USD", period: "2025", status: "target", parties: [TH, VN] }]);
});

test("th: documents counted with ฉบับ are facts; ครบรอบ anniversaries are not", () => {
  const out = facts("th", [
    { text: "ไทยและเวียดนามลงนามเอกสารความร่วมมือ 12 ฉบับ", quantities: [{ surface: "12", kind: "count", value: 12 }] },
    { text: "ปีนี้ครบรอบ 50 ปีความสัมพันธ์ไทย-เวียดนาม", quantities: [{ surface: "50", kind: "count", value: 50, noun: "ปี" }] },
  ], [["ไทย", TH], ["เวียดนาม", VN]]);
  assert.deepEqual(out.map(brief), [{ metric: "count", value: 12, unit: "items", period: null, status: "actual", parties: [TH, VN] }]);
});
