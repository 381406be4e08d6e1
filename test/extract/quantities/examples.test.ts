// Runs every example of every language: `lang/<code>/numbers.examples.json` lists news sentences
// with the quantities each must yield (all of them, in order; only the fields given are compared).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { langDir, languages } from "../../../src/lang/registry.ts";
import { findQuantities } from "../../../src/extract/quantities/index.ts";
import type { Quantity } from "../../../src/model.ts";

interface Example {
  text: string;
  expect: Partial<Quantity>[];
}

for (const code of languages()) {
  const file = join(langDir, code, "numbers.examples.json");
  if (!existsSync(file)) continue;
  const examples = JSON.parse(readFileSync(file, "utf8")) as Example[];
  test(`quantities: ${code} (${examples.length} examples)`, () => {
    const failures: string[] = [];
    for (const ex of examples) {
      const got = findQuantities(ex.text, code);
      for (const q of got) assert.equal(q.surface, ex.text.slice(q.start, q.end), `offsets of ${q.surface}`);
      const problems: string[] = [];
      if (got.length !== ex.expect.length) problems.push(`expected ${ex.expect.length} quantities, got ${got.length}`);
      ex.expect.forEach((want, k) => {
        const q = got[k] as unknown as Record<string, unknown> | undefined;
        if (!q) return;
        for (const [field, value] of Object.entries(want)) {
          if (q[field] !== value) problems.push(`#${k} ${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(q[field])}`);
        }
      });
      if (problems.length) failures.push(`${ex.text}\n    ${problems.join("\n    ")}\n    got: ${JSON.stringify(got.map(({ kind, value, valueTo, unit, surface, approximate, lowerBound, noun }) => ({ kind, value, valueTo, unit, surface, approximate, lowerBound, noun })))}`);
    }
    assert.equal(failures.length, 0, `${failures.length} of ${examples.length} ${code} examples fail:\n  ${failures.join("\n  ")}`);
  });
}
