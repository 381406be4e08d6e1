// Named initiatives from data/agreements.tsv are one entity in every language they are written in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const initiatives = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "initiative").map((m) => m.ref);

test("the China-Pakistan Economic Corridor in Chinese, English, Urdu-press English and Russian is one initiative", () => {
  assert.deepEqual(initiatives("双方同意推进中巴经济走廊建设。", "zh"), ["initiative:CPEC"]);
  assert.deepEqual(initiatives("Both sides agreed to upgrade the China-Pakistan Economic Corridor (CPEC).", "en"), ["initiative:CPEC", "initiative:CPEC"]);
  assert.deepEqual(initiatives("Стороны обсудили Китайско-пакистанский экономический коридор.", "ru"), ["initiative:CPEC"]);
  // Another pair's corridor is not this one.
  assert.deepEqual(initiatives("双方同意推进中老经济走廊建设。", "zh").filter((r) => r === "initiative:CPEC"), []);
});
