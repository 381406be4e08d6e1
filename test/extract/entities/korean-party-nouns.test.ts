// Korean common nouns before a title are no names, even where their first syllable is a surname
// (공 of 공산당 "Communist Party", 노 of 노동당, 국 of 국무원): they are listed in lang/ko/titles.json
// `notNames`, and a party between a name and its title is skipped like a ministry (`김정은 노동당
// 총비서`). Near misses: the names before such a party and title are still found.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const persons = (text: string) => run(text, "ko").filter((m) => m.type === "person");

test("ko: a party, a council or a delegation before a title is no person", () => {
  for (const text of ["중국 공산당 총서기가 참석했다.", "북한 노동당 총비서가 연설했다.", "일본 집권 자민당 총재가 선출됐다.", "민주당 대표와 국민의힘 대표가 만났다.", "국무원 총리가 방문했다.", "인민 대표가 참석했다."]) {
    assert.deepEqual(persons(text).map((m) => m.surface), [], text);
  }
});

test("near misses: a name before a party and a title", () => {
  assert.deepEqual(persons("김정은 노동당 총비서가 연설했다.").map((m) => m.ref), [person("Kim Jong Un")]);
  assert.deepEqual(persons("시진핑 중국 공산당 총서기가 말했다.").map((m) => m.ref), [person("Xi Jinping")]);
  assert.deepEqual(persons("이재명 더불어민주당 대표가 말했다.").map((m) => m.surface), ["이재명"]);
});

test("ko: a title of two words after a name is the role whole", () => {
  assert.deepEqual(persons("조현 외교부 장관은 말했다.").map((m) => [m.surface, m.role]), [["조현", "외교부 장관"]]);
});
