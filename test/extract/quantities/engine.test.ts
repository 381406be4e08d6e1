// Engine behaviour that is not about one language: separators, precision, validation, speed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDigits, normaliseDigits } from "../../../src/extract/quantities/digits.ts";
import { validateNumbers } from "../../../src/extract/quantities/data.ts";
import { findQuantities } from "../../../src/extract/quantities/index.ts";

test("digit groups are read by language and shape", () => {
  assert.deepEqual(parseDigits("1,530", "."), { value: 1530, precision: 1, grouped: true, decimals: 0 });
  assert.equal(parseDigits("1,530", ",")!.value, 1.53);
  assert.equal(parseDigits("1.530", ",")!.value, 1530);
  assert.equal(parseDigits("1.530", ".")!.value, 1.53);
  assert.equal(parseDigits("2.5", ",")!.value, 2.5);
  assert.equal(parseDigits("208,2", ",")!.value, 208.2);
  assert.equal(parseDigits("1.234.567,89", ",")!.value, 1234567.89);
  assert.equal(parseDigits("1,234,567.89", ".")!.value, 1234567.89);
  assert.equal(parseDigits("1 530", ",")!.value, 1530);
  assert.equal(parseDigits("40.000", ",")!.precision, 1000);
  assert.equal(parseDigits("1.2.3", "."), null);
});

test("other digit scripts keep their offsets", () => {
  const s = "٢٠٨٫٢ ١٢３４";
  assert.equal(normaliseDigits(s), "208.2 1234");
  assert.equal(normaliseDigits(s).length, s.length);
});

test("a malformed numbers.json is rejected naming the file", () => {
  assert.throws(() => validateNumbers({ decimal: ";" }, "lang/xx/numbers.json"), /lang\/xx\/numbers\.json/);
  assert.throws(() => validateNumbers({ decimal: ".", words: { one: "1" } }, "lang/xx/numbers.json"), /words\.one/);
});

test("unknown languages fall back to English conventions", () => {
  const q = findQuantities("Trade reached US$12.5 billion.", "xx");
  assert.equal(q[0]?.value, 12500000000);
});
