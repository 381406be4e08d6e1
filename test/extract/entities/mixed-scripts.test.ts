import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

test("a Latin acronym glued to Japanese, Chinese or Korean text is its own word", () => {
  const ja = run("ASEANと日本は海洋安全保障での協力を強化することで一致した。", "ja");
  assert.deepEqual([...refs(ja, "organization")], ["organization:ASEAN"]);
  assert.deepEqual([...refs(ja, "country")], ["country:JP"]);

  const zh = run("中国与APEC成员加强合作，东盟国家表示欢迎。", "zh");
  assert.ok(refs(zh, "organization").has("organization:APEC"));
  assert.ok(refs(zh, "organization").has("organization:ASEAN"));
  assert.ok(refs(zh, "country").has("country:CN"));

  const ko = run("한국은 APEC에서 ASEAN과 협력을 강화했다.", "ko");
  assert.ok(refs(ko, "organization").has("organization:APEC"));
  assert.ok(refs(ko, "organization").has("organization:ASEAN"));
});

test("a Korean title or common noun with a plural or particle is no name; a real name sharing its first syllables is", () => {
  const people = (text: string) => run(text, "ko").filter((m) => m.type === "person").map((m) => m.surface);
  assert.deepEqual(people("윤석열 대통령은 ASEAN 정상들과 만났다."), ["윤석열"]);
  assert.deepEqual(people("정상철 외교부 장관은 서울에서 기자회견을 열었다."), ["정상철"]);
});
