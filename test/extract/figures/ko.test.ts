import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, KR, VN, ASEAN } from "./helpers.ts";

test("ko: year before the figures, rank with 의, investment with 대", () => {
  const s = "2023년 한국은 아세안의 5위 교역 상대국으로 교역액은 1,890억 달러를 기록했으며, 한국의 대아세안 투자는 110억 달러였다.";
  const out = facts("ko", [{ text: s, quantities: [
    { surface: "2023년", kind: "year", value: 2023 }, { surface: "5위", kind: "rank", value: 5 },
    { surface: "1,890억 달러", kind: "money", value: 189e9 }, { surface: "110억 달러", kind: "money", value: 11e9 },
  ] }], [["한국", KR], ["아세안", ASEAN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 5, unit: "rank", period: "2023", status: "actual", parties: [KR, ASEAN] },
    { metric: "trade", value: 189e9, unit: "USD", period: "2023", status: "actual", parties: [KR, ASEAN] },
    { metric: "investment", value: 11e9, unit: "USD", period: "2023", status: "actual", parties: [KR, ASEAN] },
  ]);
});

test("ko: `2030년까지` target for 양국; anniversaries and abstract counts are dropped", () => {
  const out = facts("ko", [
    { text: "한국과 베트남은 정상회담을 가졌다.", quantities: [] },
    { text: "양국은 2030년까지 교역액 1,500억 달러 달성을 목표로 하고 있다.",
      quantities: [{ surface: "2030년", kind: "year", value: 2030 }, { surface: "1,500억 달러", kind: "money", value: 150e9 }] },
    { text: "올해는 수교 33주년이며, 양국은 3대 방향에 합의했다.",
      quantities: [{ surface: "33", kind: "count", value: 33, noun: "주년" }, { surface: "3", kind: "count", value: 3, noun: "대 방향" }] },
    { text: "이번 방문 기간 양국은 협력 문서 20건을 체결했다.", quantities: [{ surface: "20건", kind: "count", value: 20 }] },
  ], [["한국", KR], ["베트남", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 150e9, unit: "USD", period: "2030", status: "target", parties: [KR, VN] },
    { metric: "count", value: 20, unit: "items", period: null, status: "actual", parties: [KR, VN] },
  ]);
});
