// The value of a short number phrase on its own (`five`, `5`, `五`, `năm`), for phrases that are
// not figures but say how many (`over the next five years`).
import type { LanguageCode } from "../../model.ts";
import { compiledLanguage } from "./compile.ts";
import { normaliseDigits } from "./digits.ts";
import { findNumerals } from "./numerals.ts";

export function numberIn(phrase: string, language: LanguageCode): number | null {
  const lang = compiledLanguage(language) ?? compiledLanguage("en");
  if (!lang) return null;
  const text = normaliseDigits(phrase);
  const found = findNumerals(text, lang, () => false);
  return found.length === 1 ? found[0]!.value : null;
}
