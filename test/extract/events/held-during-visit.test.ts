// A meeting told right beside a visit, with no place or host of its own, is held where the visit
// went; it takes the visit's day only when it has none, and a meeting elsewhere or long after keeps its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const find = (evs: ReturnType<typeof extractEvents>, type: string) => evs.find((e) => e.type === type);

test("a joint commission chaired during a visit is held where and when the visit is (id, en)", () => {
  const id = extractEvents(context("id",
    "Menteri Luar Negeri Sugiono menerima kunjungan resmi Menteri Luar Negeri Mesir Badr Abdelatty di Jakarta, Rabu (4/3/2026). Kedua menteri memimpin Sidang Komisi Bersama Indonesia-Mesir ke-4.",
    [["Sugiono", "person:sugiono"], ["Mesir", "country:EG", "Egypt"], ["Badr Abdelatty", "person:badr abdelatty"], ["Jakarta", "place:Jakarta", "Jakarta"], ["Indonesia", "country:ID", "Indonesia"]],
    { published: "2026-03-04" }));
  const jc = find(id, "ministerial");
  assert.ok(jc, JSON.stringify(id.map((e) => [e.type, e.name])));
  assert.deepEqual([jc.ordinal, jc.date, jc.place, jc.country], [4, "2026-03-04", "Jakarta", "ID"]);

  const en = extractEvents(context("en",
    "Foreign Minister Penny Wong began an official visit to Viet Nam in Hanoi on Monday. On Tuesday she co-chaired the 5th Australia-Viet Nam Foreign Ministers' Meeting.",
    [["Penny Wong", "person:penny wong"], ["Viet Nam", "country:VN", "Viet Nam"], ["Hanoi", "place:Hanoi", "Hanoi"], ["Australia", "country:AU", "Australia"]],
    { published: "2026-03-04" }));
  const fmm = en.find((e) => e.ordinal === 5);
  assert.ok(fmm, JSON.stringify(en.map((e) => [e.type, e.name])));
  // Its own day stays; the place and host are the visit's.
  assert.deepEqual([fmm.date, fmm.place, fmm.country], ["2026-03-03", "Hanoi", "VN"]);
});

test("a meeting named beside a visit with its own place keeps it; one a year away is not the report's", () => {
  const S: Spec[] = [["Penny Wong", "person:penny wong"], ["Viet Nam", "country:VN", "Viet Nam"], ["Hanoi", "place:Hanoi", "Hanoi"], ["Australia", "country:AU", "Australia"], ["Canberra", "place:Canberra", "Canberra"]];
  const visit = "Foreign Minister Penny Wong began an official visit to Viet Nam in Hanoi on Monday. ";
  const en = extractEvents(context("en", visit + "The 6th Australia-Viet Nam Foreign Ministers' Meeting will be held in Canberra in December.", S, { published: "2026-03-04" }));
  const next = en.find((e) => e.ordinal === 6);
  assert.ok(next, JSON.stringify(en.map((e) => [e.type, e.name])));
  assert.deepEqual([next.place, next.country], ["Canberra", "AU"]);
  // `will be held in Canberra in 2027`: announced for a later year, it is not what the report is about.
  const later = extractEvents(context("en", visit + "The 6th Australia-Viet Nam Foreign Ministers' Meeting will be held in Canberra in 2027.", S, { published: "2026-03-04" }));
  assert.deepEqual(later.map((e) => [e.type, e.place]), [["official_visit", "Hanoi"]]);
});
