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

/** Every number of a phrase with its offsets (`auf 20.000 zu steigern` → 20000), for bare numbers
 *  that another sentence says what they count. Digits are normalised in place (same offsets). */
export function numeralsIn(phrase: string, language: LanguageCode): { start: number; end: number; value: number; yearShaped: boolean; scale: number; precision: number }[] {
  const lang = compiledLanguage(language) ?? compiledLanguage("en");
  if (!lang) return [];
  const text = normaliseDigits(phrase);
  if (text.length !== phrase.length) return [];
  return findNumerals(text, lang, () => false).map((n) => ({ start: n.start, end: n.end, value: n.value, yearShaped: n.yearShaped, scale: n.trailingScale, precision: n.precision }));
}
