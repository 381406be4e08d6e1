// A meeting of several days is dated by the day it opened, even when the report leads with the day
// it closed (`wrapped up … on Tuesday. The two-day meeting, which opened on Monday …`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["Vietnam", "country:VN", "Vietnam"], ["Singapore", "country:SG", "Singapore"], ["Việt Nam", "country:VN", "Vietnam"],
  ["ASEAN", "organization:ASEAN", "ASEAN"], ["Kuala Lumpur", "place:Kuala Lumpur", "Kuala Lumpur"],
  ["クアラルンプール", "place:Kuala Lumpur", "Kuala Lumpur"], ["쿠알라룸푸르", "place:Kuala Lumpur", "Kuala Lumpur"],
  ["Deutschland", "country:DE", "Germany"], ["Indien", "country:IN", "India"], ["Berlin", "place:Berlin", "Berlin"],
];
// 2025-11-27 is a Thursday: `Monday` is 24 November, `Tuesday` 25 November.
const dates = (lang: string, text: string) => extractEvents(context(lang, text, S, { published: "2025-11-27" })).map((e) => [e.type, e.date]);

test("the opening day stated beside a closing day dates the meeting", () => {
  assert.deepEqual(dates("en", "Leaders of ASEAN wrapped up the 47th ASEAN Summit in Kuala Lumpur on Tuesday. The two-day meeting, which opened on Monday, focused on trade."),
    [["summit", "2025-11-24"]]);
  assert.deepEqual(dates("vi", "Hội nghị Cấp cao ASEAN lần thứ 47 bế mạc ngày 25/11 tại Kuala Lumpur. Hội nghị khai mạc ngày 24/11 với sự tham dự của lãnh đạo các nước."),
    [["summit", "2025-11-24"]]);
  assert.deepEqual(dates("ja", "第47回ASEAN首脳会議は25日、クアラルンプールで閉幕した。会議は24日に開幕し、貿易を議論した。"),
    [["summit", "2025-11-24"]]);
  assert.deepEqual(dates("ko", "제47차 ASEAN 정상회의가 25일 쿠알라룸푸르에서 폐막했다. 이번 회의는 24일 개막해 이틀간 진행됐다."),
    [["summit", "2025-11-24"]]);
  assert.deepEqual(dates("de", "Die 8. deutsch-indischen Regierungskonsultationen endeten am 25. November in Berlin. Sie hatten am 24. November begonnen."),
    [["summit", "2025-11-24"]]);
});

test("an opening day far from the reported one is another occasion's", () => {
  // The exhibition that opened a month earlier is another occasion.
  assert.deepEqual(dates("en", "Leaders of ASEAN wrapped up the 47th ASEAN Summit in Kuala Lumpur on 25 November. An exhibition beside it opened on 20 October."),
    [["summit", "2025-11-25"]]);
  // Held on one day of a larger gathering that began earlier: no close is told, the day stands.
  assert.deepEqual(dates("en", "The 47th ASEAN Summit was held in Kuala Lumpur on 27 November, the second day of the summitry that began on 26 November."),
    [["summit", "2025-11-27"]]);
});

test("the end of a stay dates no visit: the day of arrival does", () => {
  const V: Spec[] = [["Прабово Субианто", "person:prabowo subianto"], ["Индонезии", "country:ID", "Indonesia"], ["Москву", "place:Moscow", "Moscow"],
    ["Prabowo Subianto", "person:prabowo subianto"], ["Indonesia", "country:ID", "Indonesia"], ["Moscow", "place:Moscow", "Moscow"], ["Russia", "country:RU", "Russia"]];
  const got = (lang: string, text: string) => extractEvents(context(lang, text, V, { published: "2025-11-27" })).map((e) => [e.type, e.date, e.place]);
  assert.deepEqual(got("ru", "Президент Индонезии Прабово Субианто 25 ноября прибыл в Москву с государственным визитом, который продлится до 27 ноября."),
    [["state_visit", "2025-11-25", "Moscow"]]);
  assert.deepEqual(got("en", "President Prabowo Subianto of Indonesia arrived in Moscow on 25 November for a state visit to Russia that lasts until 27 November."),
    [["state_visit", "2025-11-25", "Moscow"]]);
});
