// Name shapes that say "person" without a title: Vietnamese syllables after a known family name,
// and how a full name is called for short (Vietnamese by the last syllable, Korean by the surname).
import { fold } from "../../../util/text.ts";
import { isKoreanSurname, knownPersonCountry, looksKorean } from "../../../resolve/names.ts";
import { readDataFile } from "../../../lang/registry.ts";
import type { Token } from "../tokens.ts";
import { personTables } from "./tables.ts";

export const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/iu;

/**
 * Vietnamese name shape: a known surname and syllables only. A surname written with its marks must
 * be one with those marks (`Trương`, not `Trưởng` of `Bộ Trưởng`); one written without any is matched folded.
 */
export function vietShaped(words: Token[]): boolean {
  const p = personTables();
  const first = words[0].text, lower = first.toLowerCase().normalize("NFC");
  const surname = fold(first) === lower ? p.vietSurnames.has(lower) : p.vietSurnamesMarked.has(lower);
  return surname && words.every((w) => VIET_SYLLABLE.test(w.text));
}

/** How a person is called for short: Vietnamese by the last syllable, Korean and others by the surname. */
export function handlesOf(words: Token[], surface: string): Set<string> {
  const out = new Set<string>();
  if (words.length < 2) return out;
  const p = personTables();
  if (p.vietSurnames.has(fold(words[0].text)) && !isKoreanSurname(words[0].key)) out.add(words[words.length - 1].key);
  else if (isKoreanSurname(words[0].key) && looksKorean(surface)) out.add(words[0].key);
  else out.add(words[words.length - 1].key);
  // `Anwar said`, `Prabowo menegaskan`: people of countries that call them by their given name.
  const country = knownPersonCountry(surface);
  if (country && givenNameCountries().has(country)) out.add(words[0].key);
  return out;
}

let givenFirst: Set<string> | null = null;

/** Countries whose people are called by the given name that stands first (data/given-name-countries.txt). */
function givenNameCountries(): Set<string> {
  givenFirst ??= new Set(readDataFile("given-name-countries.txt").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  return givenFirst;
}
