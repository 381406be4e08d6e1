import { test } from "node:test";
import assert from "node:assert/strict";
import { agree, consensusGroups, effectivePrecision, inferPrecision } from "../../src/reconcile/precision.ts";

const bn = (value: number, precision: number, approximate = false) => ({ value: value * 1e9, precision, approximate, unit: "USD" });

test("the same figure written in two languages agrees (208.2 billion / 208,2 miljard)", () => {
  assert.equal(agree(bn(208.2, 1e8), bn(208.2, 1e8)), true);
});

test("a coarser rounding agrees with a finer one it covers", () => {
  assert.equal(agree(bn(208.2, 1e8), bn(208, 1e9)), true, "208 bn stated to 1 bn");
  assert.equal(agree(bn(208.2, 1e8), bn(210, 1e9)), true, "210 bn is a round number: stated to 10 bn");
  assert.equal(effectivePrecision(bn(210, 1e9)), 1e10);
});

test("values outside each other's rounding disagree", () => {
  assert.equal(agree(bn(196.64, 1e7), bn(208.2, 1e8)), false);
  assert.equal(agree(bn(208.2, 1e8), bn(209, 1e9)), false, "209 bn means 208.5–209.5");
});

test("an approximate value agrees with values within a few percent", () => {
  assert.equal(agree(bn(153, 1e9, true), bn(152.9, 1e8)), true, "nearly 153 vs 152.9");
  assert.equal(agree(bn(150, 1e9, true), bn(148, 1e9)), true, "about 150 vs 148");
  assert.equal(agree(bn(153, 1e9, true), bn(140, 1e9)), false);
});

test("ranks and percentages are exact: 5th and 6th disagree, 10th is not rounded", () => {
  const rank = (v: number) => ({ value: v, precision: 1, approximate: false, unit: "rank" });
  assert.equal(agree(rank(5), rank(6)), false);
  assert.equal(agree(rank(10), rank(11)), false);
  assert.equal(agree(rank(7), rank(7)), true);
});

test("values in different units never agree", () => {
  assert.equal(agree({ value: 5, precision: 1, approximate: false, unit: "USD" }, { value: 5, precision: 1, approximate: false, unit: "EUR" }), false);
});

test("precision is inferred from the digits when unknown", () => {
  assert.equal(inferPrecision(196.64), 0.01);
  assert.equal(inferPrecision(7), 1);
});

test("statements split into the fewest groups that each share a value", () => {
  const groups = consensusGroups([bn(208.2, 1e8), bn(208, 1e9), bn(210, 1e9), bn(196.64, 1e7), bn(197, 1e9, true)]);
  assert.equal(groups.length, 2);
  const sizes = groups.map((g) => g.length).sort();
  assert.deepEqual(sizes, [2, 3]);
});
