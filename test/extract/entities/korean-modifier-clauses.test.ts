// Korean: a verb or adjective form that modifies a name (`방문을 마친`, `회의를 주재한`, `선출된`) is a
// clause before it, never the first word of the name (lang/ko/titles.json modifierEndings). Near misses:
// the same names without the clause, and a foreign name whose last word ends like a modifier.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, surfaces } from "./mentions.ts";

test("a modifying clause before a Korean or foreign name is not part of it", () => {
  assert.deepEqual(surfaces(run("미국 방문을 마친 조현 장관은 귀국했다.", "ko"), "person"), ["조현"]);
  assert.deepEqual(surfaces(run("회의를 주재한 안와르 이브라힘 총리는 협력을 강조했다.", "ko"), "person"), ["안와르 이브라힘"]);
  assert.deepEqual(surfaces(run("지난해 새로 선출된 이재명 대통령은 말했다.", "ko"), "person"), ["이재명"]);
  assert.deepEqual(surfaces(run("국빈 방한 중인 또 럼 서기장은 회담했다.", "ko"), "person"), ["또 럼"]);
});

test("near misses: names without a clause, and a name ending in a modifier-like syllable", () => {
  assert.deepEqual(surfaces(run("조현 외교부 장관은 말했다.", "ko"), "person"), ["조현"]);
  assert.deepEqual(surfaces(run("한편 안와르 이브라힘 총리는 말했다.", "ko"), "person"), ["안와르 이브라힘"]);
  assert.deepEqual(surfaces(run("김정한 장관은 말했다.", "ko"), "person"), ["김정한"]);
});
