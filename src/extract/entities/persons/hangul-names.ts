// Korean names around titles: a Korean name before a title written after it (`조현 외교부 장관`),
// a foreign name in Hangul words (`페니 웡 외교장관`, `총리 안와르 이브라힘이`), offices and
// particles that stand between, and common nouns that are never names.
import { isKoreanSurname, knownPerson, peopleTable, romaniseHangulName } from "../../../resolve/names.ts";
import { readDataFile } from "../../../lang/registry.ts";
import type { Token } from "../tokens.ts";
import type { Span } from "../spans.ts";
import { personTables, titleAt } from "./tables.ts";
import type { Found } from "./scan.ts";

// Particles that end a word before a name; `이`/`가` are left out since names end in them (`아이르랑가`).
export const HANGUL_CASE_END = /(?:은|는|을|를|의|에|와|과|로|도|에서|으로)$/u;
// Heads of a ministry, agency, office or party between a name and its title (`외교부`, `국세청`, `노동당`).
const HANGUL_OFFICE = /[부처청실원당]$/u;

/** Whether a Hangul token is a title after a name, alone or as the end of a compound (`경제조정장관은`). */
export function hangulTitleAt(text: string, tokens: Token[], i: number): boolean {
  if (titleAt(text, tokens, i, personTables().after)) return true;
  const t = tokens[i];
  for (const key of [t.key, ...t.alts]) for (const suffix of personTables().hangulTitleSuffixes) if (key.length > suffix.length && key.endsWith(suffix)) return true;
  return false;
}

/**
 * The name before a Korean title: a Korean name with a known surname (two or three syllables), or a
 * foreign name in two or three Hangul words introduced by a country, a particle or punctuation. An
 * office between them is skipped (`조현 외교부 장관`); common words are never names (`국방부`, `오른쪽`).
 */
export function hangulNameBefore(text: string, tokens: Token[], title: number, free: (i: number) => boolean, spanAt: (i: number) => Span | undefined): Omit<Found, "role"> | null {
  const p = personTables();
  let j = hangulNameEnd(tokens, title, spanAt);
  if (j < 0) return null;
  // A sentence ends before the title (`… 하지 않았다. 대통령의 …`): nothing before it names the person.
  if (/[.!?。！？]/u.test(text.slice(tokens[j].end, tokens[j + 1].start))) return null;
  // A well-known person's Hangul spelling is whole even where a word ends like a particle (`사나에`).
  for (let k = Math.max(0, j - 3); k < j; k++) {
    const surface = text.slice(tokens[k].start, tokens[j].end);
    if (/^[\uAC00-\uD7A3 ]+$/.test(surface) && knownPerson(surface)) {
      return { first: k, last: j, start: tokens[k].start, end: tokens[j].end, surface };
    }
  }
  const words: number[] = [];
  for (let k = j; k >= 0 && words.length < 4; k--) {
    const t = tokens[k];
    // A joining particle may spell a place too (`빈` is Vienna): inside a name it is the particle.
    const joiner = words.length > 0 && p.particles.has(t.text) && spanAt(k)?.type === "place";
    if (t.script !== "hangul" || (!free(k) && !joiner) || p.notNames.has(t.text) || t.text.length > 9) break;
    if (words.length && !/^ $/.test(text.slice(t.end, tokens[k + 1].start))) break;
    if (HANGUL_CASE_END.test(t.text) && (words.length || t.text.length > 1)) break;
    // A clause modifying the name (`방문을 마친 조현 장관`, `회의를 주재한 …`) ends before it.
    if (words.length && t.text.length >= 2 && p.modifierEnd?.test(t.text)) break;
    words.unshift(k);
  }
  if (!words.length) return null;
  const at = (k: number) => ({ first: k, last: j, start: tokens[k].start, end: tokens[j].end, surface: text.slice(tokens[k].start, tokens[j].end) });
  // One word: a Korean name; it must be the whole name, not the end of a longer one.
  const last = tokens[j];
  if (words.length === 1 || hangulName(last)) {
    if (/^[\uAC00-\uD7A3]{2,3}$/.test(last.text) && isKoreanSurname(romaniseSurname(last.text)) && !p.notNames.has(last.text)) {
      const prev = tokens[j - 1];
      const introduced = !prev || prev.script !== "hangul" || !free(j - 1) || HANGUL_CASE_END.test(prev.text) || !/^ $/.test(text.slice(prev.end, last.start))
        || (prev.text.length >= 2 && !!p.modifierEnd?.test(prev.text));
      if (introduced) return at(j);
    }
    if (words.length === 1) return null;
  }
  // A foreign name: two or three words (four with a joining particle: `무함마드 빈 자이드 알나흐얀`),
  // introduced by a country, a particle, punctuation or a sentence adverb (`한편`).
  // A full Korean name at the end (`… 방문해 이재명 대통령`) is the name itself, not the end of a
  // foreign one, unless the words before it sound transliterated.
  const koreanShaped = /^[\uAC00-\uD7A3]{3}$/.test(last.text) && isKoreanSurname(romaniseSurname(last.text));
  if (koreanShaped && !words.slice(0, -1).some((k) => EPENTHETIC.test(tokens[k].text))) return p.notNames.has(last.text) ? null : at(j);
  const joined = words.slice(1, -1).some((k) => p.particles.has(tokens[k].text));
  for (let w = Math.max(0, words.length - (joined ? 4 : 3)); w <= words.length - 2; w++) {
    const k = words[w];
    const prev = tokens[k - 1];
    const gap = prev ? text.slice(prev.end, tokens[k].start) : "";
    const introduced = !prev || /[^\s]/.test(gap) || /\n/.test(gap) || !free(k - 1) || HANGUL_CASE_END.test(prev.text) || prev.script !== "hangul" || p.notNames.has(prev.text)
      || (prev.text.length >= 2 && !!p.modifierEnd?.test(prev.text));
    const syllables = words.slice(w).reduce((a, x) => a + tokens[x].text.length, 0);
    if (introduced && syllables >= 3) return at(k);
  }
  return null;
}

// Syllables with the vowel Korean inserts between foreign consonants (`르`, `프`, `트`): the mark of a
// transliterated name (`안와르 이브라힘`, `카심조마르트 토카예프`), rare in Korean words.
const EPENTHETIC = /[르프트스크브드즈흐므그]/u;

/**
 * A foreign name of two Hangul words after a title written before it (`총리 안와르 이브라힘이`):
 * the second word ends the phrase (a particle or punctuation), neither is a common word or a title,
 * and the name sounds transliterated. Korean names after a title are read by `hangulName`.
 */
export function hangulForeignAfter(text: string, tokens: Token[], j: number, free: (i: number) => boolean): Omit<Found, "role"> | null {
  const p = personTables();
  const a = tokens[j], b = tokens[j + 1];
  if (!b || a.script !== "hangul" || b.script !== "hangul" || !free(j) || !free(j + 1) || text.slice(a.end, b.start) !== " ") return null;
  if (HANGUL_CASE_END.test(a.text) || a.text.length < 2 || p.notNames.has(a.text)) return null;
  const stem = b.alts.find((x) => x.length >= 3) ?? b.text;
  const ends = stem !== b.text || /^\s*(?:[,.;:!?)\]'"’”…·]|$)/u.test(text.slice(b.end, b.end + 2));
  if (!ends || stem.length < 3 || p.notNames.has(stem) || hangulTitleAt(text, tokens, j + 1) || !EPENTHETIC.test(a.text + stem)) return null;
  return { first: j, last: j + 1, start: a.start, end: b.start + stem.length, surface: text.slice(a.start, b.start + stem.length) };
}

/**
 * The last token of the name before a Korean title: offices (`외교부`), countries and
 * organisations (`우즈벡`, `유엔`) and words like `전` "former" between them are skipped; -1 when none.
 */
export function hangulNameEnd(tokens: Token[], title: number, spanAt: (i: number) => Span | undefined): number {
  const p = personTables();
  let j = title - 1;
  for (let skip = 0; skip < 4 && j >= 0 && tokens[j].script === "hangul"; skip++) {
    const s = spanAt(j);
    if (!s && p.between.has(tokens[j].text)) { j--; continue; }
    // An office shaped like a name (`국방부`: 국 is a surname too) is still an office when a name precedes it.
    const office = !s && HANGUL_OFFICE.test(tokens[j].text) && tokens[j].text.length >= 3
      && (!hangulName(tokens[j]) || p.notNames.has(tokens[j].text) || (j > 0 && tokens[j - 1].script === "hangul" && !!hangulName(tokens[j - 1])));
    if ((s && (s.type === "organization" || s.type === "country")) || office) j--;
    else break;
  }
  return j;
}

/** The romanised surname of a Hangul name (`조현` → `Jo`), or "" when the first syllable is no surname. */
function romaniseSurname(name: string): string {
  return (romaniseHangulName(name.length === 3 ? name : name + "가") ?? "").split(" ")[0];
}

export function hangulName(t: Token): string | null {
  for (const cand of [t.text, ...t.alts]) if (/^[\uAC00-\uD7A3]{2,4}$/.test(cand) && !startsWithHangulTitle(cand) && romaniseHangulName(cand)) return cand;
  return null;
}

let hangulTitles: Set<string> | null = null;

/**
 * A title or common noun with a plural or particle (`정상들` "leaders", `장관님`) is no name, even
 * when its first syllable is also a surname (정, 장).
 */
function startsWithHangulTitle(word: string): boolean {
  const p = personTables();
  hangulTitles ??= new Set([...p.hangulTitleSuffixes, ...[...p.notNames].filter((n) => /^[\uAC00-\uD7A3]{2,3}$/.test(n))]);
  for (let n = 2; n <= Math.min(3, word.length); n++) {
    // Only the word itself or with a plural, honorific or particle: `정상철` is a name (정 + 상철).
    if (hangulTitles.has(word.slice(0, n)) && HANGUL_NOUN_ENDINGS.has(word.slice(n))) return true;
  }
  return false;
}

const HANGUL_NOUN_ENDINGS = new Set(["", "들", "님", "들과", "들은", "들이", "들의", "들을", "과", "와", "은", "는", "이", "가", "을", "를", "의", "도"]);

let hangulWords: Set<string> | null = null;

/** Whether a single Hangul word is a listed spelling of a well-known person (`시진핑`). */
export function knownHangulWord(word: string): boolean {
  hangulWords ??= new Set(peopleTable().bySpellingRaw.map(([v]) => v.trim()).filter((v) => /^[\uAC00-\uD7A3]+$/u.test(v)));
  return hangulWords.has(word);
}

let hanjaTable: Map<string, string> | null = null;

/** Korean surnames in Hanja → Hangul (data/korean-hanja-surnames.tsv). */
export function hanjaSurnames(): Map<string, string> {
  hanjaTable ??= new Map(readDataFile("korean-hanja-surnames.tsv").split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t").map((c) => c.trim()) as [string, string]));
  return hanjaTable;
}
