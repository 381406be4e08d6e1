import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "../../../src/extract/entities/index.ts";
import { splitSentences } from "../../../src/segment/sentences.ts";

function places(text: string, language: string): string[] {
  const sentences = splitSentences(text, language);
  return recognizeEntities({ text, language, sentences, published: null, title: null, datelinePlace: null })
    .filter((m) => m.type === "place")
    .map((m) => m.name);
}

test("a place name that is an ordinary word in the article's language is not a place there", () => {
  // Indonesian and Malay `lima` is "five", even capitalised at the start of a sentence.
  assert.deepEqual(places("Lima perjanjian ditandatangani di Jakarta pada hari Senin.", "id"), ["Jakarta"]);
  assert.deepEqual(places("Lima memorandum persefahaman dimeterai di Kuala Lumpur.", "ms"), ["Kuala Lumpur"]);
  // In English it is the capital of Peru.
  assert.deepEqual(places("The foreign ministers met in Lima on Tuesday.", "en"), ["Lima"]);
});

test("capitals from the places table are recognised in several scripts", () => {
  assert.deepEqual(places("وصل وزير الخارجية إلى الرباط مساء الأحد.", "ar"), ["Rabat"]);
  assert.deepEqual(places("Die Delegation reiste anschließend nach Warschau weiter.", "de"), ["Warsaw"]);
});
