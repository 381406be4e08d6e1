// Thai glues an agreement's name to the words before it (`ไทยและญี่ปุ่นลงนามความตกลง…`): the long form
// before an acronym starts at its head noun (lang/th/entities.json `nameStarts`: ความตกลง,
// บันทึกความเข้าใจ …), not at the start of the run. Near miss: a run without such a head keeps the
// long form it had, and the countries before the head are still mentioned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

test("th: an agreement's long form starts at its head", () => {
  const ms = run("ไทยและญี่ปุ่นลงนามความตกลงหุ้นส่วนเศรษฐกิจไทย-ญี่ปุ่น (JTEPA) เมื่อปี 2550", "th");
  const a = ms.filter((m) => m.type === "agreement");
  assert.deepEqual(a.map((m) => m.surface), ["ความตกลงหุ้นส่วนเศรษฐกิจไทย-ญี่ปุ่น", "JTEPA"]);
  assert.equal(a[1].expansion, "ความตกลงหุ้นส่วนเศรษฐกิจไทย-ญี่ปุ่น");
  assert.equal(new Set(a.map((m) => m.ref)).size, 1);
  assert.ok(refs(ms, "country").has("country:TH") && refs(ms, "country").has("country:JP"));
});

test("th: a memorandum's long form starts at บันทึกความเข้าใจ and is an agreement", () => {
  const ms = run("กระทรวงพาณิชย์ไทยและเวียดนามลงนามบันทึกความเข้าใจว่าด้วยการค้าข้าวไทย-เวียดนาม (TVRM) แล้ว", "th");
  const a = ms.filter((m) => m.type === "agreement");
  assert.deepEqual(a.map((m) => m.surface), ["บันทึกความเข้าใจว่าด้วยการค้าข้าวไทย-เวียดนาม", "TVRM"]);
});

test("near miss: a Thai run without a head before an acronym defines nothing new", () => {
  const ms = run("นักท่องเที่ยวจากไทยและเวียดนามเพิ่มขึ้นมาก (TVX) ในปีนี้", "th");
  assert.deepEqual(ms.filter((m) => m.type !== "country").map((m) => m.surface), []);
});
