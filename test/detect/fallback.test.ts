// Without initLanguageDetection (cld3 not loaded), script rules and word lists still answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, languageModelReady } from "../../src/detect/language.ts";
import { SAMPLES } from "./samples.ts";

test("the model is not loaded in this process", () => assert.equal(languageModelReady(), false));

for (const lang of ["ko", "ja", "zh", "th", "lo", "km", "my", "ar", "ru", "en", "vi", "nl", "fr", "de", "es", "id", "ms", "tl"]) {
  test(`${lang} without the model (several paragraphs)`, () => assert.equal(detectLanguage(SAMPLES[lang]![1]), lang));
}
