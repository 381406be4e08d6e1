// Korean names found by the titles written after them, and well-known people written in one Hangul
// word without a title.
import type { Found, Scan } from "./scan.ts";
import { titleAt } from "./tables.ts";
import { knownPerson } from "../../../resolve/names.ts";
import { HANGUL_CASE_END, hangulNameBefore, hangulNameEnd, hangulTitleAt, knownHangulWord } from "./hangul-names.ts";

/** A token that may stand for a person of the document, with the title after it. */
export interface ShortAt { at: number; role: string }

/**
 * 2. Titles after names (Korean): `이재명 대통령`, `조현 외교부 장관은`, `페니 웡 외교장관`. Full
 * names go into `full`; a surname alone (`안 장관`) and a foreign family name alone
 * (`미르지요예프 대통령`) are returned, to be joined to a full name of the document.
 */
export function hangulTitledNames(s: Scan, full: Found[]): { koreanShort: ShortAt[]; foreignShort: ShortAt[] } {
  const { text, tokens, n, p, free, spanAt } = s;
  const koreanShort: ShortAt[] = [];
  const foreignShort: ShortAt[] = [];
  // 2. Titles after names (Korean): `이재명 대통령`, `조현 외교부 장관은`, `페니 웡 외교장관`.
  for (let i = 1; i < n; i++) {
    if (tokens[i].script !== "hangul" || !hangulTitleAt(text, tokens, i)) continue;
    const found = hangulNameBefore(text, tokens, i, free, (k) => spanAt(k));
    // A title of two words (`외교부 장관`) is the role whole.
    const words = Math.max(1, titleAt(text, tokens, i, p.after));
    const role = text.slice(tokens[i].start, tokens[i + words - 1].end).replace(/(?<=..)(?:은|는|을|를|의|에|와|과|로|도|이|가)$/u, "");
    if (found) full.push({ ...found, role });
    // A surname alone before a title (`안 장관은`) is how Korean news calls a person again.
    const prev = tokens[i - 1];
    if (!found && /^[\uAC00-\uD7A3]$/u.test(prev.text) && text.slice(prev.end, tokens[i].start) === " " && free(i - 1)) koreanShort.push({ at: i - 1, role });
    // A foreigner's family name alone before a title (`미르지요예프 우즈벡 대통령은`), a country between.
    const end = found ? -1 : hangulNameEnd(tokens, i, (k) => spanAt(k));
    // A one-word name listed in data/people.tsv (`스기오노 인도네시아 외교장관`: Sugiono has no other).
    if (end >= 0 && end < i && tokens[end].script === "hangul" && free(end) && knownPerson(tokens[end].text)
      && (end === 0 || tokens[end - 1].script !== "hangul" || !free(end - 1) || HANGUL_CASE_END.test(tokens[end - 1].text) || p.notNames.has(tokens[end - 1].text) || text.slice(tokens[end - 1].end, tokens[end].start) !== " ")) {
      full.push({ first: end, last: end, start: tokens[end].start, end: tokens[end].end, surface: tokens[end].text, role });
      continue;
    }
    if (end >= 0 && end < i && tokens[end].script === "hangul" && free(end) && tokens[end].text.length >= 2 && !p.notNames.has(tokens[end].text) && !HANGUL_CASE_END.test(tokens[end].text)) foreignShort.push({ at: end, role });
  }
  return { koreanShort, foreignShort };
}

/**
 * 3c. Well-known people written in one Hangul word of three syllables or more, with a particle or
 * not (`시진핑은`, `트럼프가`), from data/people.tsv: Korean news names them without a title.
 * Shorter spellings (`왕이`, `푸틴`) are too often ordinary words or need a title.
 */
export function knownHangulNames(s: Scan, full: Found[]): void {
  const { tokens, n, language, free } = s;
  if (language === "ko") {
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (t.script !== "hangul" || !free(i) || full.some((f) => f.first <= i && i <= f.last)) continue;
      const name = [t.text, ...t.alts].find((w) => w.length >= 3 && /^[\uAC00-\uD7A3]+$/u.test(w) && knownHangulWord(w));
      if (name) full.push({ first: i, last: i, start: t.start, end: t.start + name.length, surface: name });
    }
  }
}
