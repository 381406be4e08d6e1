// Person-name keys: the part of an EntityRef that makes one person one entity across documents,
// spellings and scripts. `Chung Byung-won` and `Jeong Byeong-won`, `이재명` and `Lee Jae-myung`,
// `Phạm Minh Chính` and `Pham Minh Chinh` get equal keys; `Lee Jae-myung` and `Lee Myung-bak` do not.
// Knowledge of Korean romanisation is data: data/korean-surnames.tsv, data/korean-syllables.tsv.
import anyAscii from "any-ascii";
import { readDataFile } from "../lang/registry.ts";
import { fold } from "../util/text.ts";
import { wordKey } from "../extract/entities/tokens.ts";
import { entityData } from "../extract/entities/tables.ts";

interface KoreanTables {
  /** Any romanised surname spelling (lower case) → the group's merge key. */
  surnameKey: Map<string, string>;
  /** Hangul surname → display spelling (`이` → `Lee`). */
  hangulSurname: Map<string, string>;
  rules: { re: RegExp; to: string }[];
}

let tables: KoreanTables | null = null;

function dataLines(name: string): string[][] {
  return readDataFile(name).split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t"));
}

function korean(): KoreanTables {
  if (tables) return tables;
  const surnameKey = new Map<string, string>();
  const hangulSurname = new Map<string, string>();
  for (const [hangul, variants] of dataLines("korean-surnames.tsv")) {
    const spellings = (variants ?? "").split(",").map((v) => v.trim()).filter(Boolean);
    if (!hangul || !spellings.length) throw new Error("attache: data/korean-surnames.tsv: each line needs Hangul and spellings");
    hangulSurname.set(hangul, spellings[0]);
    for (const v of spellings) if (!surnameKey.has(v.toLowerCase())) surnameKey.set(v.toLowerCase(), spellings[0].toLowerCase());
  }
  const rules = dataLines("korean-syllables.tsv").map(([from, to]) => {
    if (!from || to == null) throw new Error("attache: data/korean-syllables.tsv: each line needs a pattern and a replacement");
    return { re: new RegExp(from), to };
  });
  tables = { surnameKey, hangulSurname, rules };
  return tables;
}

// Syllables a romanised Korean given name is built from (permissive: RR, MR without breves, common spellings).
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?(?:a|ae|ai|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|oo|wo|weo|we|wi|yu|eu|ui|i|ee|ou|oa)(?:ng|k|n|t|l|m|p|r)?$/;

export function isKoreanSyllable(s: string): boolean {
  return KOREAN_SYLLABLE.test(s.toLowerCase());
}

export function isKoreanSurname(s: string): boolean {
  return korean().surnameKey.has(s.toLowerCase());
}

/** Splits a joined romanised given name (`jaemyung`) into two Korean syllables, when it can. */
function splitJoined(given: string): string[] | null {
  for (let i = 1; i < given.length; i++) {
    const a = given.slice(0, i), b = given.slice(i);
    if (isKoreanSyllable(a) && isKoreanSyllable(b)) return [a, b];
  }
  return null;
}

function normaliseSyllable(s: string): string {
  let out = s;
  for (const { re, to } of korean().rules) out = out.replace(re, to);
  return out;
}

// Three syllables: the shape of nearly every Korean name (two-syllable words are mostly not names).
const HANGUL_NAME = /^[\uAC00-\uD7A3]{3}$/;
const RR_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const RR_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
const RR_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

/** Revised Romanization of one Hangul syllable, read on its own (as name syllables are). */
export function romaniseSyllable(ch: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return ch;
  return RR_INITIAL[Math.floor(code / 588)] + RR_MEDIAL[Math.floor((code % 588) / 28)] + RR_FINAL[code % 28];
}

/**
 * A Hangul personal name in the form English-language news uses: the surname's usual spelling,
 * then the given name in Revised Romanization, hyphenated (`이재명` → `Lee Jae-myeong`).
 * Returns null for anything that is not a three-syllable Hangul name with a known surname.
 */
export function romaniseHangulName(name: string): string | null {
  const s = name.trim();
  if (!HANGUL_NAME.test(s)) return null;
  const { hangulSurname } = korean();
  const sur = hangulSurname.get(s[0]);
  if (!sur) return null;
  const given = [...s.slice(1)].map(romaniseSyllable).join("-");
  return `${sur} ${given.charAt(0).toUpperCase()}${given.slice(1)}`;
}

/** A two-syllable Hangul name with a known surname (`조현` → `Jo Hyeon`); null otherwise. */
function romaniseShortHangulName(name: string): string | null {
  if (!/^[\uAC00-\uD7A3]{2}$/.test(name)) return null;
  const sur = korean().hangulSurname.get(name[0]);
  if (!sur) return null;
  const given = romaniseSyllable(name[1]);
  return `${sur} ${given.charAt(0).toUpperCase()}${given.slice(1)}`;
}

/** Tokens of a Korean-shaped romanised name as [surname, ...given syllables], or null. */
function koreanParts(tokens: string[], hyphenated: boolean): string[] | null {
  if (tokens.length < 2 || tokens.length > 3) return null;
  const { surnameKey } = korean();
  let sur = tokens[0], given = tokens.slice(1);
  if (!surnameKey.has(sur) && hyphenated && surnameKey.has(tokens[tokens.length - 1]) && tokens.length === 3) {
    // Western order with a hyphenated given name (`Jae-myung Lee`) is unambiguous.
    sur = tokens[2];
    given = tokens.slice(0, 2);
  }
  if (!surnameKey.has(sur)) return null;
  if (given.length === 1) {
    // A one-syllable given name (`Cho Hyun`, `조현`) stays one syllable.
    const split = isKoreanSyllable(given[0]) && given[0].length <= 5 ? [given[0]] : splitJoined(given[0]);
    if (!split) return null;
    given = split;
  }
  if (!given.every(isKoreanSyllable)) return null;
  return [surnameKey.get(sur)!, ...given.map(normaliseSyllable)];
}

/** Memoises a key function; bounded, so a long ingest cannot grow it without end. */
function boundedMemo(compute: (name: string) => string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let k = cache.get(name);
    if (k === undefined) {
      k = compute(name);
      if (cache.size > 50_000) cache.clear();
      cache.set(name, k);
    }
    return k;
  };
}

const readableKey = boundedMemo((name) => computePersonKey(name, false));
const matchingKey = boundedMemo((name) => computePersonKey(name, true));

/**
 * The readable key of a person's name (the ref key, exported as the entity key): folded Latin
 * letters, other scripts transliterated, Korean names in one romanisation, well-known people by
 * their English name (`pham minh chinh`, `lee jae myeong`, `wang yi`).
 */
export function personKey(name: string): string {
  return readableKey(name);
}

/**
 * The key two spellings of one name share however they were transliterated (`Прабово Субианто`
 * and `Prabowo Subianto`, `아이르랑가 하르타르토` and `Airlangga Hartarto`, `Ajanuch` and
 * `Akhannouch`). Equal for a name and for its personKey, so stored keys can be compared.
 */
export function personMatchKey(name: string): string {
  return matchingKey(name);
}

/**
 * The key that groups the mentions of one person inside a document: personMatchKey, with Russian
 * case endings taken off each word first (the tokenizer's Cyrillic stem), so `Владимиром Путиным`,
 * `Владимир Путин` and `Сергея Лаврова`/`Сергей Лавров` meet; a well-known person keeps the key
 * of their English name.
 */
export function personGroupKey(full: string): string {
  if (!/\p{sc=Cyrillic}/u.test(full) || knownPerson(full)) return personMatchKey(full);
  const name = withoutPatronymic(full);
  if (knownPerson(name)) return personMatchKey(name);
  const stemmed = stemmedKey(name);
  const known = knownPersonByKey(stemmed);
  return known ? personMatchKey(known) : stemmed;
}

// A Russian patronymic in any case form (`Викторович`, `Викторовича`, `Владимировна`, `Ильич`).
const PATRONYMIC = /^\p{Lu}[\p{Ll}]+(?:ович|евич|ьич|овн|евн|ичн)[\p{Ll}]{0,3}$/u;

/**
 * A Russian name without the patronymic between given and family name (`Сергей Викторович Лавров`
 * → `Сергей Лавров`): reports name a person with it or without it, and both are the same person.
 */
export function withoutPatronymic(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length === 3 && /\p{sc=Cyrillic}/u.test(words[1]) && PATRONYMIC.test(words[1]) ? `${words[0]} ${words[2]}` : name;
}

function stemmedKey(name: string): string {
  return personMatchKey(name.trim().split(/\s+/).map((w) => w.split("-").map((p) => nameStem(wordKey(p, "cyrillic"))).join("-")).join(" "));
}

/**
 * A Cyrillic stem without the vowels a case ending may leave on it: `Сергей` and `Сергеем` stem
 * to `серг` and `серге`, `Николай` and `Николаем` to `никол` and `никола`; short words keep an
 * ending the stemmer leaves on them (`Хёном`).
 */
function nameStem(stem: string): string {
  const bare = stem.replace(/(?:[оеыи]м|[ое][йю])$/u, "").replace(/[аеёиоуыэюяй]+$/u, "");
  return bare.length >= 3 ? bare : stem;
}

function computePersonKey(name: string, sound: boolean): string {
  const trimmed = name.trim();
  const known = knownPerson(trimmed);
  if (known && known !== trimmed) return computePersonKey(known, sound);
  const hangul = romaniseHangulName(trimmed.replace(/\s+/g, "")) ?? romaniseShortHangulName(trimmed);
  const source = hangul ?? trimmed;
  const folded = fold(source);
  if (!folded) return trimmed;
  // Other scripts are spelled out in Latin letters so `Прабово Субианто` meets `Prabowo Subianto`;
  // Han stays as written (its readings differ by language), and is merged through data/people.tsv.
  // Cyrillic soft and hard signs mark a sound, not a break: spelled as an apostrophe they would cut
  // `Рональд` into two words (`ronal d`), so they are dropped first.
  const latin = /^[a-z0-9 ]+$/.test(folded) || /\p{sc=Han}/u.test(folded) ? folded : fold(anyAscii(folded.replace(/[ьъ]/gu, "")));
  if (!latin) return trimmed;
  const tokens = latin.split(" ");
  const parts = /^[a-z ]+$/.test(latin) ? koreanParts(tokens, hangul != null || /-/.test(source)) : null;
  if (!sound) return (parts ?? tokens).join(" ");
  // Korean names are already brought to one romanisation: their `eu` is a real vowel.
  return parts ? parts.map((w) => soundKey(w, false)).join(" ") : tokens.map((w) => soundKey(w, true)).join(" ");
}

/**
 * One word of a name reduced to how it sounds across transliterations: the vowel Korean inserts
 * between consonants (`하르타르토` → `haleutaleuto`), l/r, w/v, kh/j (Arabic names in
 * Spanish: `Akhannouch`/`Ajanuch`), ou/u (French spellings: `Bourita`/`Burita`), doubled letters.
 * Only whole words are compared, so distinct names rarely collapse.
 */
function soundKey(word: string, epenthetic: boolean): string {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return word;
  return (epenthetic ? word.replace(/eu(?=[^aeiou]|$)/g, "") : word)
    .replace(/ph/g, "f").replace(/kh/g, "j").replace(/ou/g, "u")
    .replace(/c(?!h)/g, "k").replace(/l/g, "r").replace(/w/g, "v")
    .replace(/(.)\1+/g, "$1");
}

interface PeopleTable {
  /** Folded spelling in any script → English name. */
  bySpelling: Map<string, string>;
  /** Every spelling as written, with its English name. */
  bySpellingRaw: [string, string][];
  /** Spellings in scripts without spaces (Han, Kana), for the recogniser. */
  unspaced: Map<string, string>;
}

let people: PeopleTable | null = null;
const cyrillicSpellings: [string, string][] = [];

/** Well-known people (data/people.tsv): English name, then spellings in other scripts and languages. */
export function peopleTable(): PeopleTable {
  if (people) return people;
  const bySpelling = new Map<string, string>(), unspaced = new Map<string, string>();
  const bySpellingRaw: [string, string][] = [];
  cyrillicSpellings.length = 0;
  for (const [en, variants, country] of dataLines("people.tsv")) {
    // A row with a country and no spellings is there for the events' host and guest only (see the file).
    if (en && !variants?.trim() && country?.trim()) continue;
    if (!en || !variants?.trim()) throw new Error("attache: data/people.tsv: each line needs an English name and spellings, or a country");
    for (const v of [en, ...variants.split("|")].map((x) => x.trim()).filter(Boolean)) {
      const f = fold(v);
      bySpellingRaw.push([v, en.trim()]);
      if (!bySpelling.has(f)) bySpelling.set(f, en.trim());
      if (/^[\p{sc=Han}\p{sc=Katakana}ー・]{2,}$/u.test(v)) unspaced.set(v, en.trim());
      if (/\p{sc=Cyrillic}/u.test(v)) cyrillicSpellings.push([v, en.trim()]);
    }
  }
  people = { bySpelling, bySpellingRaw, unspaced };
  return people;
}

let countryByName: Map<string, string> | null = null;
/** `Willem-Alexander`, `willem alexander`, `Felipe VI` → one key. */
const countryKey = (s: string) => fold(s).replace(/[\s\-‐.’']+/g, " ").trim();

/**
 * The country a well-known person speaks for (data/people.tsv, third column), by any of their
 * spellings, or null when the person is not listed with one.
 */
export function knownPersonCountry(name: string): string | null {
  if (!countryByName) {
    countryByName = new Map();
    for (const [en, variants, iso] of dataLines("people.tsv")) {
      if (!en || !iso?.trim()) continue;
      for (const n of [en, ...(variants ?? "").split("|")].map((x) => x.trim()).filter(Boolean)) countryByName.set(countryKey(n), iso.trim());
    }
  }
  return countryByName.get(countryKey(name)) ?? null;
}

let byMatchKey: Map<string, string> | null = null;

/**
 * The English name of a well-known person whose match key (or group key: declined Russian forms
 * like `Владимиром Путиным`) this is, or null.
 */
export function knownPersonByKey(key: string): string | null {
  if (!byMatchKey) {
    byMatchKey = new Map();
    for (const en of new Set(peopleTable().bySpelling.values())) {
      const k = personMatchKey(en);
      if (k.includes(" ") && !byMatchKey.has(k)) byMatchKey.set(k, en);
    }
    for (const [spelling, en] of cyrillicSpellings) {
      const k = stemmedKey(spelling);
      if (k.includes(" ") && !byMatchKey.has(k)) byMatchKey.set(k, en);
    }
  }
  return byMatchKey.get(key) ?? null;
}

let byFamily: Map<string, Set<string>> | null = null;

/**
 * The English name of the one well-known person (data/people.tsv) whose Latin or Cyrillic family
 * name this single word is, in any case form (`Tokayev`, `Токаевым`), or null when none or several
 * are. Family names of three letters or fewer (`Yi`, `Lee`) say too little.
 */
export function knownByFamilyName(word: string): string | null {
  if (!byFamily) {
    byFamily = new Map();
    for (const [spelling, en] of peopleTable().bySpellingRaw) {
      const words = spelling.trim().split(/\s+/);
      const last = words[words.length - 1];
      if (words.length < 2 || !/^[\p{sc=Latin}\p{sc=Cyrillic}-]+$/u.test(last) || last.replace(/-/g, "").length <= 3) continue;
      const key = personGroupKey(last);
      const set = byFamily.get(key) ?? new Set<string>();
      set.add(en);
      byFamily.set(key, set);
    }
  }
  if (!/^[\p{sc=Latin}\p{sc=Cyrillic}-]+$/u.test(word.trim())) return null;
  const owners = byFamily.get(personGroupKey(word.trim()));
  return owners && owners.size === 1 ? [...owners][0] : null;
}

/** The English name of a well-known person spelled this way, or null. */
export function knownPerson(name: string): string | null {
  return peopleTable().bySpelling.get(fold(name)) ?? null;
}

let hanSurnames: { single: Set<string>; compound: string[]; readings: Map<string, string> } | null = null;

function chineseSurnameTables(): { single: Set<string>; compound: string[]; readings: Map<string, string> } {
  if (hanSurnames) return hanSurnames;
  const single = new Set<string>(), compound: string[] = [];
  for (const l of readDataFile("chinese-surnames.txt").split("\n").map((x) => x.trim()).filter((x) => x && !x.startsWith("#"))) {
    if ([...l].length > 2) [...l].forEach((c) => single.add(c)); else compound.push(l);
  }
  const readings = new Map<string, string>();
  for (const [han, reading] of dataLines("chinese-surname-readings.tsv")) if (han && reading) readings.set(han.trim(), reading.trim());
  hanSurnames = { single, compound, readings };
  return hanSurnames;
}

/**
 * A Chinese name in Han characters spelled in pinyin the way English-language news writes it:
 * surname, then the given name's syllables joined (`王文涛` → `Wang Wentao`, `欧阳晓晖` → `Ouyang
 * Xiaohui`). Null when the name is not two to four Han characters starting with a Chinese surname.
 * Only meaningful for names read in Chinese text: Japanese and Korean read the same characters otherwise.
 */
export function hanPinyinName(name: string): string | null {
  const s = name.trim();
  if (!/^\p{sc=Han}{2,4}$/u.test(s)) return null;
  const { single, compound, readings } = chineseSurnameTables();
  const sur = compound.find((c) => s.startsWith(c) && s.length > c.length) ?? (single.has(s[0]) ? s[0] : null);
  if (!sur) return null;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  const spell = (chars: string) => [...chars].map((c) => anyAscii(c).toLowerCase()).join("");
  const given = spell(s.slice(sur.length));
  if (!/^[a-z]+$/.test(given)) return null;
  return `${cap(readings.get(sur) ?? spell(sur))} ${cap(given)}`;
}

/** Whether a romanised name has the shape of a Korean name (known surname, Korean given-name syllables). */
export function looksKorean(name: string): boolean {
  const folded = fold(name);
  if (!/^[a-z ]+$/.test(folded)) return false;
  const hyphenated = /\p{L}-\p{L}/u.test(name);
  const tokens = folded.split(" ");
  // Spaced three-part names (`Kim Min Seok`) and hyphenated ones (`Kim Min-seok`) only: two
  // spaced words (`Song Hong`) are too often something else.
  if (!hyphenated && tokens.length !== 3) return false;
  return koreanParts(tokens, hyphenated) != null;
}

// Instrumental endings of Russian men's names and how the nominative ends instead: `Хасаном` →
// `Хасан`, `Саидовым` → `Саидов`, `Сергеем` → `Сергей`.
const INSTRUMENTAL: [RegExp, string][] = [
  [/(?<=[бвгдзклмнпрстфх])ом$/u, ""],
  [/(?<=(?:ин|ын|ов|ев|ёв))ым$/u, ""],
  [/(?<=[аеиоуяэ])ем$/u, "й"],
];
// Word endings that do not decline (`Чо`, `Моди`, `Санаэ`): such a word may stand beside declined ones.
const INDECLINABLE = /[аоэиуеыюя]$/u;

/**
 * The nominative of a Russian man's full name read only in the instrumental (`с Мохамадом
 * Хасаном`, `с Бахтиёром Саидовым`), so the record is named as a reader would write it and meets
 * other scripts' spellings; null when the name is not such a form. Every word must be declined
 * or indeclinable: `Ислом Каримов` (a nominative ending in -ом) is left alone.
 */
export function russianNominative(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[\p{sc=Cyrillic}-]+$/u.test(w))) return null;
  let changed = 0;
  const out = words.map((w) => {
    const rule = INSTRUMENTAL.find(([re]) => re.test(w));
    if (rule && w.length >= 5) { changed++; return w.replace(rule[0], rule[1]); }
    return INDECLINABLE.test(w) ? w : null;
  });
  return changed > 0 && out.every((w) => w !== null) ? out.join(" ") : null;
}

let shared: Set<string> | null = null;

/**
 * Family names so many people share that one alone names nobody across reports: every Korean
 * surname spelling (data/korean-surnames.tsv), Chinese surnames in pinyin (data/chinese-surnames.txt
 * and its readings) and Vietnamese surnames (lang/<code>/entities.json), all lower case.
 */
function sharedFamilyNames(): Set<string> {
  if (shared) return shared;
  const out = new Set<string>(korean().surnameKey.keys());
  const { single, compound, readings } = chineseSurnameTables();
  for (const han of [...single, ...compound]) out.add(fold(anyAscii(han)).replace(/\s+/g, ""));
  for (const r of readings.values()) out.add(fold(r));
  for (const d of entityData().values()) for (const sn of d.surnames) out.add(fold(sn));
  shared = out;
  return out;
}

/**
 * The key of a person named by one Latin family name (`stubb` of `President Stubb`) when that word
 * may stand for a full name seen in another report: four letters or more, and no family name many
 * people share (`lee`, `kim`, `wang`, `nguyen`). Null otherwise.
 */
export function familyNameAlone(key: string): string | null {
  const w = key.trim();
  if (!/^[a-z][a-z'-]{3,}$/.test(w) || sharedFamilyNames().has(w)) return null;
  return w;
}
