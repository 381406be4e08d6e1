// Arabic names an office "in" its country before the holder (`وزير التجارة في جمهورية كوريا <name>`):
// the country carries the title on to the name, whatever script the name was first written in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

test("ar: a minister of a country named with في, then an East Asian name spelled in Arabic", () => {
  const ms = run("واستقبل الوزير أمس وزير الصناعة في جمهورية كوريا بارك سونغ مين، في الرياض.", "ar");
  assert.deepEqual(ms.filter((m) => m.type === "person").map((m) => m.surface), ["بارك سونغ مين"]);
  assert.deepEqual(ms.filter((m) => m.type === "country").map((m) => m.ref), ["country:KR"]);
});

test("near miss: a minister in a city is no name", () => {
  const ms = run("وصل وزير الخارجية في الرياض مساء أمس.", "ar");
  assert.deepEqual(ms.filter((m) => m.type === "person").map((m) => m.surface), []);
});
