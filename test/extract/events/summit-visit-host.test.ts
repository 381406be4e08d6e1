// A summit told with a leader's compact visit word (`방한한`, `来日した`, `来华`) is the news and is held
// in the visited country; its city only when the text states one. A visit reported as such
// (`국빈 방한 중인`) stays the news instead (see visit-words.test.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["이재명", "person:lee jae-myung"], ["다카이치 사나에", "person:takaichi sanae"], ["일본", "country:JP", "Japan"], ["서울", "place:Seoul", "Seoul"],
  ["高市", "person:takaichi sanae"], ["李在明", "person:lee jae-myung"], ["韓国", "country:KR", "South Korea"],
  ["习近平", "person:xi jinping"], ["梁强", "person:luong cuong"], ["越南", "country:VN", "Viet Nam"],
];
const rows = (lang: string, text: string) =>
  extractEvents(context(lang, text, S, { published: "2026-01-14" })).map((e) => [e.type, e.date, e.place, e.country]);

test("a summit with a visiting leader is held in the visited country, with no city unless stated", () => {
  assert.deepEqual(rows("ko", "이재명 대통령은 13일 방한한 다카이치 사나에 일본 총리와 정상회담을 열었다."), [["summit", "2026-01-13", null, "KR"]]);
  assert.deepEqual(rows("ja", "高市首相は13日、来日した韓国の李在明大統領と首脳会談を行った。"), [["summit", "2026-01-13", null, "JP"]]);
  assert.deepEqual(rows("zh", "习近平13日同来华的越南国家主席梁强举行首脑会晤。"), [["summit", "2026-01-13", null, "CN"]]);
  assert.deepEqual(rows("ko", "이재명 대통령은 13일 서울에서 방한한 다카이치 사나에 일본 총리와 정상회담을 열었다."), [["summit", "2026-01-13", "Seoul", "KR"]]);
});
