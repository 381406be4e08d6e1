import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, SA, CN, EG } from "./helpers.ts";

test("ar: التبادل التجاري between two named countries, year after", () => {
  const out = facts("ar", [
    { text: "بلغ حجم التبادل التجاري بين السعودية والصين 97 مليار دولار في عام 2023.",
      quantities: [{ surface: "97 مليار دولار", kind: "money", value: 97e9 }, { surface: "عام 2023", kind: "year", value: 2023 }] },
  ], [["السعودية", SA], ["الصين", CN]]);
  assert.deepEqual(out.map(brief), [{ metric: "trade", value: 97e9, unit: "USD", period: "2023", status: "actual", parties: [SA, CN] }]);
});

test("ar: a تعهد of funding by the giver; الذكرى anniversaries are not facts", () => {
  const out = facts("ar", [
    { text: "تعهدت السعودية بتقديم 500 مليون دولار لصندوق التنمية في مصر.", quantities: [{ surface: "500 مليون دولار", kind: "money", value: 500e6 }] },
    { text: "احتفل البلدان بالذكرى 70 لإقامة العلاقات الدبلوماسية.", quantities: [{ surface: "70", kind: "count", value: 70 }] },
  ], [["السعودية", SA], ["مصر", EG]]);
  assert.deepEqual(out.map(brief), [{ metric: "funding", value: 500e6, unit: "USD", period: null, status: "pledge", parties: [SA] }]);
});
