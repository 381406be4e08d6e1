// A meeting announced for a later year than the report's (`다음 제6차 위원회는 내년 서울에서 열린다`,
// `sollen im Frühjahr 2026 in Berlin stattfinden`) is not what the report is about: it is left out
// beside the report's own meeting, and kept when it is the only one (a preview).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const rows = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2025-06-12" })).map((e) => [e.type, e.ordinal, e.date]);

test("ko: the next committee, next year, is left out beside this year's", () => {
  const S: Spec[] = [["자카르타", "place:Jakarta", "Jakarta"], ["서울", "place:Seoul", "Seoul"]];
  assert.deepEqual(rows("ko", "제5차 산업협력위원회가 12일 자카르타에서 열렸다. 다음 제6차 산업협력위원회는 내년 서울에서 열린다.", S),
    [["ministerial", 5, "2025-06-12"]]);
  assert.deepEqual(rows("ko", "제6차 산업협력위원회는 내년 서울에서 열린다.", S), [["ministerial", 6, "2026"]]);
});

test("de: consultations planned for a later year are left out beside the visit", () => {
  const S: Spec[] = [["Friedrich Merz", "person:friedrich merz"], ["Indien", "country:IN", "India"], ["Neu-Delhi", "place:New Delhi", "New Delhi"], ["Berlin", "place:Berlin", "Berlin"]];
  assert.deepEqual(rows("de", "Bundeskanzler Friedrich Merz ist am 12. Juni zu einem offiziellen Besuch in Neu-Delhi eingetroffen. Die 8. deutsch-indischen Regierungskonsultationen sollen im Frühjahr 2026 in Berlin stattfinden.", S),
    [["official_visit", null, "2025-06-12"]]);
});
