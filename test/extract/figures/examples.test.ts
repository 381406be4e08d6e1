// Runs every example of every language end to end (sentences → entities → figures):
// `lang/<code>/figures.examples.json` lists news sentences and the facts they must give, with
// parties as entity keys (`KR`, `ASEAN`) in the order the contract asks (investor then recipient).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { langDir, languages } from "../../../src/lang/registry.ts";
import { splitSentences } from "../../../src/segment/sentences.ts";
import { recognizeEntities } from "../../../src/extract/entities/index.ts";
import { extractFacts } from "../../../src/extract/figures/index.ts";
import { refKey } from "../../../src/resolve/entities.ts";

interface ExpectedFact {
  metric: string;
  value: number;
  unit: string;
  period: string | null;
  status: string;
  parties: string[];
}

interface Example {
  /** What the example is about (an error class it guards against). */
  about: string;
  text: string;
  published?: string;
  facts: ExpectedFact[];
}

function factsOf(language: string, text: string, published: string | null): ExpectedFact[] {
  const sentences = splitSentences(text, language);
  const base = { text, language, sentences, published, title: null, datelinePlace: null };
  const mentions = recognizeEntities(base);
  return extractFacts({ ...base, mentions }).map((f) => ({
    metric: f.metric, value: f.value, unit: f.unit, period: f.period, status: f.status, parties: f.parties.map((p) => refKey(p)),
  }));
}

for (const code of languages()) {
  const file = join(langDir, code, "figures.examples.json");
  if (!existsSync(file)) continue;
  const examples = JSON.parse(readFileSync(file, "utf8")) as Example[];
  test(`figures: ${code} (${examples.length} examples)`, () => {
    for (const ex of examples) {
      const got = factsOf(code, ex.text, ex.published ?? "2025-05-12");
      assert.deepEqual(got, ex.facts, `${code}: ${ex.about}\n  ${ex.text}`);
    }
  });
}
