import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { findDates } from "../../../src/extract/dates/index.ts";
import { context } from "./helpers.ts";

const one = (lang: string, text: string, specs: [string, string, string?][], extra = {}) => {
  const evs = extractEvents(context(lang, text, specs, extra));
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => e.name)));
  return evs[0]!;
};

test("numbered committees, commissions, 2+2 meetings and retreats, ordinal in any position", () => {
  const en = one("en", "Officials prepared the 4th Thailand-Viet Nam Joint Commission meeting in Bangkok.",
    [["Thailand", "country:TH", "Thailand"], ["Viet Nam", "country:VN", "Viet Nam"], ["Bangkok", "place:Bangkok", "Bangkok"]]);
  assert.deepEqual([en.type, en.ordinal, en.place], ["ministerial", 4, "Bangkok"]);
  const ret = one("en", "The leaders met at the ninth Malaysia-Brunei Leaders' Retreat on Tuesday.",
    [["Malaysia", "country:MY", "Malaysia"], ["Brunei", "country:BN", "Brunei"]], { published: "2026-01-21" });
  assert.deepEqual([ret.type, ret.ordinal, ret.date], ["summit", 9, "2026-01-20"]);
  const ko = one("ko", "양국은 20일 도쿄에서 '제3차 한-일 외교·국방(2+2) 장관회의'를 열었다.",
    [["한", "country:KR", "Republic of Korea"], ["일", "country:JP", "Japan"]], { published: "2026-01-21" });
  assert.deepEqual([ko.type, ko.ordinal, ko.date], ["ministerial", 3, "2026-01-20"]);
  const zh = one("zh", "1月20日，中老两国外长在万象共同主持第六次外长会。", [], { published: "2026-01-21" });
  assert.deepEqual([zh.type, zh.ordinal, zh.date], ["ministerial", 6, "2026-01-20"]);
  const vi = one("vi", "Hai Bộ trưởng đồng chủ trì Kỳ họp lần thứ 9 Ủy ban Hỗn hợp Việt Nam - Lào.",
    [["Việt Nam", "country:VN", "Viet Nam"], ["Lào", "country:LA", "Laos"]]);
  assert.deepEqual([vi.type, vi.ordinal], ["ministerial", 9]);
  const es = one("es", "Ambos gobiernos celebraron la XI Reunión de Alto Nivel entre Portugal y España en Lisboa.",
    [["Portugal", "country:PT", "Portugal"], ["España", "country:ES", "Spain"]]);
  assert.deepEqual([es.type, es.ordinal], ["summit", 11]);
  const ms = one("ms", "Kedua-dua pemimpin hadir pada Retreat Pemimpin Malaysia-Brunei ke-24 di Bandar Seri Begawan.",
    [["Malaysia", "country:MY", "Malaysia"], ["Brunei", "country:BN", "Brunei"]]);
  assert.deepEqual([ms.type, ms.ordinal], ["summit", 24]);
  const id = one("id", "Kedua menteri memimpin Sidang Komisi Bersama (Joint Commission/JC) Indonesia-Vietnam ke-6 di Hanoi.",
    [["Indonesia", "country:ID", "Indonesia"], ["Vietnam", "country:VN", "Viet Nam"], ["Hanoi", "place:Hanoi", "Hanoi"]]);
  assert.deepEqual([id.type, id.ordinal, id.place, id.country], ["ministerial", 6, "Hanoi", "VN"]);
});

test("regions are not venues; the dateline city is, in the meeting's country", () => {
  const e = one("en", "Ministers of the Mekong countries gathered for the 3rd Mekong-Korea Foreign Ministers' Meeting.",
    [["Mekong", "place:Mekong", "Mekong"], ["Korea", "country:KR", "Republic of Korea"]], { datelinePlace: "HANOI" });
  assert.equal(e.place, "Hanoi");
  assert.equal(e.country, "VN");
  const de = one("de", "Bundeskanzler und Premierminister trafen sich zu den 7. Regierungskonsultationen in Neu-Delhi.",
    [["Neu-Delhi", "place:New Delhi", "New Delhi"]]);
  assert.deepEqual([de.type, de.ordinal, de.place, de.country], ["summit", 7, "New Delhi", "IN"]);
});

test("day-of-month dates need the publication date to be dated; ranges are not years", () => {
  const pub = { published: "2026-02-03", year: 2026 };
  assert.deepEqual(findDates("外相は2日、ハノイで会談した。3日間の日程。", "ja", pub).map((d) => d.value), ["2026-02-02"]);
  assert.deepEqual(findDates("장관은 30일 서울에서 회담했다.", "ko", pub).map((d) => d.value), ["2026-01-30"]);
  // Without one the day is stated but undated: never guessed.
  assert.deepEqual(findDates("外长2日在河内会谈。", "zh", { published: null, year: null }).map((d) => [d.value, d.precision]), [[null, "day"]]);
  assert.deepEqual(findDates("通过了《行动计划（2023－2027）》", "zh", pub).map((d) => d.value), []);
});

test("talks on a day a wire dateline gives without a year are reported, undated", () => {
  const zh = extractEvents(context("zh", "中国国务院总理李强4日在开罗同埃及总理马德布利举行会谈。", [["李强", "person:li qiang"], ["开罗", "place:Cairo", "Cairo"], ["埃及", "country:EG", "Egypt"]]));
  assert.deepEqual(zh.map((e) => [e.type, e.date, e.place, e.country]), [["talks", null, "Cairo", "EG"]]);
});
