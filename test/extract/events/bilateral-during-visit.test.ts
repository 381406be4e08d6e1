// A bilateral meeting named as such during a visit (`Dalam pertemuan bilateral itu`, `양자회담`, `a bilateral
// meeting`) is an event beside the visit, held where and when the visit was unless it says; other talks
// during a visit stay part of it, and a list of generic contacts (`tijdens gesprekken, bijeenkomsten en
// contacten`) names no meeting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["Sugiono", "person:sugiono"], ["David van Weel", "person:david van weel"], ["Belanda", "country:NL", "Netherlands"],
  ["Jakarta", "place:Jakarta", "Jakarta"], ["Indonesia", "country:ID", "Indonesia"], ["Penny Wong", "person:penny wong"],
];
const rows = (lang: string, text: string) => extractEvents(context(lang, text, S, { published: "2026-01-16" })).map((e) => [e.type, e.date, e.place, e.country]);

test("id/en: a bilateral meeting during a visit is an event beside it", () => {
  assert.deepEqual(rows("id", "Menteri Luar Negeri Sugiono menerima kunjungan Menteri Luar Negeri Belanda David van Weel di Jakarta, Kamis (15/1/2026). Dalam pertemuan bilateral itu, kedua menteri membahas kerja sama perdagangan."),
    [["official_visit", "2026-01-15", "Jakarta", "ID"], ["talks", "2026-01-15", "Jakarta", "ID"]]);
  assert.deepEqual(rows("en", "Foreign Minister Penny Wong began an official visit to Indonesia in Jakarta on 15 January. She held a bilateral meeting with Foreign Minister Sugiono."),
    [["official_visit", "2026-01-15", "Jakarta", "ID"], ["talks", "2026-01-15", "Jakarta", "ID"]]);
});

test("other talks during a visit stay part of it", () => {
  assert.deepEqual(rows("en", "Foreign Minister Penny Wong began an official visit to Indonesia in Jakarta on 15 January. She held talks with Foreign Minister Sugiono."),
    [["official_visit", "2026-01-15", "Jakarta", "ID"]]);
});
