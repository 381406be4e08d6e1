// Korean: a common noun beginning with a surname syllable (방문 "visit", 조약, 정책) plus a particle
// after a title is no person; a sentence ending before a title leaves nothing to name; a Japanese
// leader's Hangul spelling from data/people.tsv is found even though its given name reads like a
// place plus a particle (사나에 = Sanaa + 에) and meets the kanji spelling. Near misses: a real
// name that begins like those nouns (방문규), and the place itself with a particle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, surfaces, person } from "./mentions.ts";

test("common nouns with a particle after a title are no person", () => {
  for (const text of ["총리의 한국 방문을 앞두고 양측은 협의했다.", "외교장관 방문을 계기로 협력이 강화됐다.", "대통령의 조약을 비준하는 절차가 시작됐다."]) {
    assert.deepEqual(surfaces(run(text, "ko"), "person"), [], text);
  }
});

test("a sentence that ends before a title gives no name", () => {
  const ms = run("시진핑은 이날 방문을 하지 않았다. 대통령의 방문을 계기로 협력이 강조됐다.", "ko");
  assert.ok(!surfaces(ms, "person").some((s) => s.includes("않았다")), surfaces(ms, "person").join(", "));
});

test("a Japanese leader in Hangul is the same person as in kanji", () => {
  const ko = run("이재명 대통령은 다카이치 사나에 일본 총리와 회담했다.", "ko");
  assert.ok(ko.some((m) => m.ref === person("Takaichi Sanae") && m.surface === "다카이치 사나에"), ko.map((m) => `${m.ref} ${m.surface}`).join(", "));
  assert.ok(!ko.some((m) => m.type === "place"), "no Sanaa");
  const ja = run("高市早苗首相は日韓首脳会談に臨んだ。", "ja");
  assert.ok(ja.some((m) => m.ref === person("Takaichi Sanae")), ja.map((m) => m.ref).join(", "));
});

test("near misses: a name beginning like a noun, and the place with a particle", () => {
  assert.deepEqual(surfaces(run("방문규 장관은 수출 지원을 약속했다.", "ko"), "person"), ["방문규"]);
  const ms = run("예멘 사나에서 회의가 열렸다.", "ko");
  assert.ok(ms.some((m) => m.ref === "place:Sanaa"), ms.map((m) => m.ref).join(", "));
});

test("a well-known person's Hangul spelling of three syllables or more needs no title; shorter ones do", () => {
  const ms = run("시진핑은 이날 트럼프가 발표한 관세를 비판했다.", "ko");
  assert.ok(ms.some((m) => m.ref === person("Xi Jinping") && m.surface === "시진핑"), ms.map((m) => `${m.ref} ${m.surface}`).join(", "));
  assert.ok(ms.some((m) => m.ref === person("Donald Trump") && m.surface === "트럼프"), ms.map((m) => m.ref).join(", "));
  assert.deepEqual(surfaces(run("그는 왕이 되고 싶었다.", "ko"), "person"), []);
});
