// Chinese writes a verb right after a name (`穆罕默德表示`, `拉夫罗夫说`, `高市早苗指出`): the name ends
// before the verb (lang/zh/titles.json `clauseWords`). A foreign name spelled by sound and longer than
// a Chinese name is read whole even when its first character is also a Chinese surname (穆). Near
// misses: Chinese names of two and three characters keep their length, and a verb whose first
// character could end a three-character name ends a two-character one (`王毅强调`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const persons = (text: string) => run(text, "zh").filter((m) => m.type === "person").map((m) => [m.surface, m.role ?? ""]);

test("zh: a name after a title ends before the verb that follows it", () => {
  assert.deepEqual(persons("沙特王储穆罕默德表示，两国关系良好。"), [["穆罕默德", "王储"]]);
  assert.deepEqual(persons("外长法伊萨尔宣布，双方将加强合作。"), [["法伊萨尔", "外长"]]);
  assert.deepEqual(persons("总理安东尼奥称，双方对会谈结果满意。"), [["安东尼奥", "总理"]]);
  assert.deepEqual(persons("外长萨利姆会晤了来访的代表团。"), [["萨利姆", "外长"]]);
});

test("zh: well-known people without a title end before the verb too", () => {
  const ms = run("拉夫罗夫说，俄方愿意合作。高市早苗指出，日中关系十分重要。", "zh").filter((m) => m.type === "person");
  assert.deepEqual(ms.map((m) => m.surface), ["拉夫罗夫", "高市早苗"]);
});

test("near misses: Chinese names keep two or three characters", () => {
  assert.deepEqual(persons("外长王毅强调，中方愿意合作。"), [["王毅", "外长"]]);
  assert.deepEqual(persons("外长李克明宣布，中方支持。"), [["李克明", "外长"]]);
  assert.deepEqual(persons("外长张伟出席了会议。"), [["张伟", "外长"]]);
});

test("zh: a dotted foreign name before its title starts where the sound characters start", () => {
  // Names not in data/people.tsv, so only the shape reads them.
  assert.deepEqual(persons("部长转达了阿卜杜拉·卡里姆总统的问候。").filter(([n]) => n.includes("·")), [["阿卜杜拉·卡里姆", "总统"]]);
  assert.deepEqual(persons("双方会见了马赫迪·萨拉赫总理。").filter(([n]) => n.includes("·")), [["马赫迪·萨拉赫", "总理"]]);
  // A dot joining two country abbreviations or ordinary words is no name.
  assert.deepEqual(persons("中国·东盟博览会总理出席。").filter(([n]) => n.includes("·")), []);
});
