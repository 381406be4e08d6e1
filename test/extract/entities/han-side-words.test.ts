// Chinese names a country's side by its one-character abbreviation and 方 (`中方`, `美方`); more
// countries are listed in lang/zh/entities.json (`哈方` Kazakhstan, `缅方` Myanmar, `蒙方` Mongolia).
// Near miss: the characters apart (`哈哈大笑，方案`) are no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const codes = (text: string) => run(text, "zh").filter((m) => m.type === "country").map((m) => m.ref.slice(8));

test("zh: a country's side", () => {
  assert.deepEqual(codes("哈方支持中方的立场，缅方和蒙方也表示欢迎。"), ["KZ", "CN", "MM", "MN"]);
});

test("near miss: the characters apart", () => {
  assert.deepEqual(codes("他哈哈大笑，方案获得通过。"), []);
});
