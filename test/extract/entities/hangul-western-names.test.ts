// Korean news spells European and other foreign ministers in Hangul; data/people.tsv lists those
// spellings, so `호세 마누엘 알바레스` is José Manuel Albares in every script and his family name alone
// after a title (`프레데릭센 총리`) joins the full name of the document. Near miss: a Hangul name the
// table does not list is still a person, keyed by its own spelling.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const persons = (text: string) => run(text, "ko").filter((m) => m.type === "person");

test("ko: Hangul spellings of Western names meet their Latin spelling", () => {
  const ms = persons("호세 마누엘 알바레스 스페인 외교장관과 안나레나 베어보크 전 독일 외교장관이 만났다.");
  assert.deepEqual(ms.map((m) => m.ref), [person("José Manuel Albares"), person("Annalena Baerbock")]);
  const pm = persons("메테 프레데릭센 덴마크 총리가 방한했다. 프레데릭센 총리는 회담 후 말했다.");
  assert.deepEqual(pm.map((m) => m.ref), [person("Mette Frederiksen"), person("Mette Frederiksen")]);
  assert.deepEqual(persons("마리아 테레사 라사로 필리핀 외교장관은 말했다.").map((m) => m.ref), [person("Maria Theresa Lazaro")]);
});

test("near miss: an unlisted Hangul name is still a person", () => {
  const ms = persons("에스펜 바르트 에이데 노르웨이 외교장관이 말했다.");
  assert.deepEqual(ms.map((m) => m.surface), ["에스펜 바르트 에이데"]);
});
