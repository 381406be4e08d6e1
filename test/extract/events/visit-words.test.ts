// Compact visit words name their destination (`방한`, visit to Korea; `来日`, `来华`), and a visit
// stated as a clause on a person (`방한 중인 X`, `来日中のX`) names that person as the visitor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["이재명", "person:Lee Jae-myung"], ["또 럼", "person:To Lam"], ["베트남", "country:VN", "Vietnam"], ["서울", "place:Seoul", "Seoul"],
  ["高市", "person:Takaichi"], ["プラボウォ", "person:Prabowo"], ["インドネシア", "country:ID", "Indonesia"], ["東京", "place:Tokyo", "Tokyo"],
  ["习近平", "person:Xi Jinping"], ["梁强", "person:Luong Cuong"], ["越南", "country:VN", "Vietnam"], ["北京", "place:Beijing", "Beijing"],
];
const rows = (lang: string, text: string) =>
  extractEvents(context(lang, text, S, { published: "2025-11-27" })).map((e) => [e.type, e.date, e.place, e.country, e.participants[0]]);

test("a state visit named by a compact visit word is hosted by the country the word names", () => {
  assert.deepEqual(rows("ko", "이재명 대통령은 25일 서울에서 국빈 방한 중인 또 럼 베트남 국가주석과 정상회담을 가졌다."),
    [["state_visit", "2025-11-25", "Seoul", "KR", "person:To Lam"]]);
  assert.deepEqual(rows("ja", "高市首相は25日、東京で、国賓として来日中のインドネシアのプラボウォ大統領と会談した。"),
    [["state_visit", "2025-11-25", "Tokyo", "JP", "person:Prabowo"]]);
  assert.deepEqual(rows("zh", "国家主席习近平25日在北京同来华进行国事访问的越南国家主席梁强举行会谈。"),
    [["state_visit", "2025-11-25", "Beijing", "CN", "person:Luong Cuong"]]);
});

test("the subject stays the visitor when the visit word ends the clause", () => {
  assert.deepEqual(rows("ja", "インドネシアのプラボウォ大統領は25日、国賓として来日し、東京で高市首相と会談した。").map((r) => [r[0], r[3], r[4]]),
    [["state_visit", "JP", "person:Prabowo"]]);
});

test("a bare visit verb with a destination is an official visit (vi `thăm Việt Nam`)", () => {
  const V: Spec[] = [["Lawrence Wong", "person:Lawrence Wong"], ["Singapore", "country:SG", "Singapore"], ["Việt Nam", "country:VN", "Vietnam"], ["Hà Nội", "place:Hanoi", "Hanoi"]];
  const got = extractEvents(context("vi", "Thủ tướng Singapore Lawrence Wong thăm Việt Nam từ ngày 24 đến 25/11. Hai Thủ tướng đã hội đàm tại Hà Nội.", V, { published: "2025-11-27" }))
    .map((e) => [e.type, e.date, e.country, e.participants.includes("person:Lawrence Wong")]);
  assert.deepEqual(got, [["official_visit", "2025-11-24", "VN", true]]);
});
