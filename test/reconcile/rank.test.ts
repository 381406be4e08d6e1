import { test } from "node:test";
import assert from "node:assert/strict";
import { rankCategory, effectiveRankPeriod } from "../../src/reconcile/rank.ts";

test("a rank's subject is read on the side where the language puts the noun", () => {
  const vi = "Hàn Quốc hiện là đối tác thương mại lớn thứ 5 của ASEAN, với kim ngạch thương mại hai chiều đạt 196,64 tỉ USD và là nhà đầu tư FDI lớn thứ 6 vào ASEAN đạt 11 tỉ USD trong năm 2023.";
  assert.equal(rankCategory(vi, "lớn thứ 5", null, undefined, { language: "vi", otherSurfaces: ["lớn thứ 6"] }), "trade");
  assert.equal(rankCategory(vi, "lớn thứ 6", null, undefined, { language: "vi", otherSurfaces: ["lớn thứ 5"] }), "investment");
  const nl = "Korea is momenteel de vijfde grootste handelspartner van ASEAN en de zevende grootste buitenlandse directe investeerder (FDI).";
  assert.equal(rankCategory(nl, "vijfde grootste", null, undefined, { language: "nl", otherSurfaces: ["zevende grootste"] }), "trade");
  assert.equal(rankCategory(nl, "zevende grootste", null, undefined, { language: "nl", otherSurfaces: ["vijfde grootste"] }), "investment");
  assert.equal(rankCategory("Korea ranks fifth overall.", "fifth", null), null);
});

test("a rank stated without a period takes its sentence's period, else the publication year", () => {
  assert.equal(effectiveRankPeriod(null, ["2024"], "2025-10-27"), "2024");
  assert.equal(effectiveRankPeriod(null, [], "2025-10-27"), "2025");
  assert.equal(effectiveRankPeriod(null, ["2023", "2024"], "2025-10-27"), null);
  assert.equal(effectiveRankPeriod(null, [], null), null);
  assert.equal(effectiveRankPeriod("2022", ["2024"], null), "2022");
});
