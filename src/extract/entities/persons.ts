// People: names after (or, in Korean/Japanese/Chinese, before) a title; names whose shape is
// unmistakable (Korean `Chung Byung-won`, three-syllable Vietnamese `Do Hung Viet`); and later
// short mentions (`PM Chính`, `Lam`, `Viet`) resolved to a full name found in the same document.
// A bare capitalised word is never a person on its own.
import { fold } from "../../util/text.ts";
import { makeRef } from "../../resolve/entities.ts";
import { knownByFamilyName, knownPerson, knownPersonByKey, looksKorean, peopleTable, personGroupKey, personKey, personMatchKey, romaniseHangulName, isKoreanSurname, russianNominative } from "../../resolve/names.ts";
import { entityData, titleData } from "./tables.ts";
import { dateLexicon } from "../dates/lexicon.ts";
import { readDataFile } from "../../lang/registry.ts";
import { joinable, tokenize, type Token } from "./tokens.ts";
import type { Span } from "./spans.ts";
import { thaiNames, type ThaiName, type ThaiWords } from "./thai.ts";
import { arabicNameAt } from "./arabic.ts";
import { isCountryAbbreviation, onlyCountryAbbreviations } from "./han-abbrev.ts";

interface Title { keys: string[]; exact: string | null }

interface PersonTables {
  before: Map<string, Title[]>;
  /** Counterpart words (`counterpart`, `Amtskollege`), also in `before`: they introduce a name but give no role. */
  counterparts: Map<string, Title[]>;
  after: Map<string, Title[]>;
  connectors: Map<string, string[][]>;
  particles: Set<string>;
  notNames: Set<string>;
  vietSurnames: Set<string>;
  blockers: Set<string>;
  /** Han/Kana titles, before or after a name (`外长`, `首相`, `大統領`). */
  hanTitles: RegExp | null;
  hanBefore: Set<string>;
  hanAfter: Set<string>;
  /** The end of a text that is an honorific written with the name (`Datuk Seri `), or null. */
  honorificBefore: RegExp | null;
  /** A word ending like a verb or adjective form that modifies the next word (Korean `마친`); never in a name. */
  modifierEnd: RegExp | null;
  /** Korean titles that also end compound titles (`외교장관`, `경제조정장관`). */
  hangulTitleSuffixes: string[];
  /** Every language's titles as written (Thai titles are matched inside runs of letters). */
  allBefore: string[];
  /** Per language: words that are prepositions there, never name particles (`di` in Indonesian). */
  prepositions: Map<string, Set<string>>;
  /** Endings of compound titles written as one word (German `Bundeswirtschaftsministerin`), folded. */
  titleSuffixes: string[];
  /** Thai name boundaries (lang/th/titles.json). */
  thaiWords: ThaiWords;
  /** Words continuing a title (portfolios, institutions), folded; Arabic conjunction/preposition forms match by their alts. */
  roleWords: Set<string>;
  /** Words between a name and the title after it (Korean `전` "former", `신임` "new"). */
  between: Set<string>;
}

let tables: PersonTables | null = null;
const AND_WORDS = new Set(["and", "en", "và", "und", "et", "y", "dan", "и"]);
const HAN = /^[\p{sc=Han}\p{sc=Katakana}ー・]+$/u;
const HAN_STOP = new Set([..."表说說在与與和的是于於会會出发發指同对對将將已也就访訪举舉等及率向称稱共主并並"]);
// Verbs whose first character can also end a three-character name (`王毅强调` is 王毅 + 强调).
const HAN_VERBS = ["强调", "強調", "指出", "表示", "会见", "會見", "会谈", "會談", "出席", "访问", "訪問", "主持", "举行", "舉行", "说", "說", "介绍", "祝贺", "欢迎", "歡迎", "感谢", "感謝"];
// Words that stand where a Japanese name would (`同首相` "the said PM", `両首脳`, `前首相`).
const JA_NOT_NAME = /^[同両各前元現新副次]/u;
const NAME_CHAR = /[\p{sc=Han}\p{sc=Katakana}ー]/u;
// Last characters of Chinese institutions (ministry, council, committee, bureau, office, province).
const INSTITUTION_END = /[部院委局办辦厅廳署省]$/u;
const DOT = /[·・]/u;
const THAI = /[\u0E00-\u0E7F]/u;
const CYRILLIC = /\p{sc=Cyrillic}/u;
const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/iu;
const BYLINE_LINE = /^\s*(?:theo|by|par|von|por|oleh|pewarta|penulis|editor|redaktur|reporter|reporting by|editing by|autor|auteur|автор|текст|корреспондент)\s*:?\s*$/iu;
const CREDIT_BEFORE = /(?:foto|photo|ảnh|by|door|credit|credits|source|bron|nguồn|photographer|fotograaf)\s*:?\s*$/iu;

function index(list: string[], map: Map<string, Title[]>): void {
  for (const s of list) {
    const keys = tokenize(s).map((t) => t.key);
    if (!keys.length) continue;
    const exact = /^\p{Lu}{2,}$/u.test(s) ? s : null;
    const l = map.get(keys[0]) ?? [];
    l.push({ keys, exact });
    map.set(keys[0], l);
  }
  for (const l of map.values()) l.sort((a, b) => b.keys.length - a.keys.length);
}

function personTables(): PersonTables {
  if (tables) return tables;
  const before = new Map<string, Title[]>(), after = new Map<string, Title[]>(), counterparts = new Map<string, Title[]>();
  const connectors = new Map<string, string[][]>();
  const particles = new Set<string>(), notNames = new Set<string>();
  const hanBefore: string[] = [], hanAfter: string[] = [];
  const allBefore: string[] = [], prepositions = new Map<string, Set<string>>(), titleSuffixes: string[] = [];
  const thaiWords: ThaiWords = { clauseWords: [], functionWords: new Set(), notNameStarts: [] };
  const roleWords = new Set<string>(), between = new Set<string>(), honorifics: string[] = [], modifierEndings: string[] = [];
  for (const [lang, d] of titleData()) {
    modifierEndings.push(...d.modifierEndings);
    honorifics.push(...d.honorifics);
    d.between.forEach((w) => between.add(w));
    allBefore.push(...d.before);
    prepositions.set(lang, new Set(d.prepositions));
    titleSuffixes.push(...d.suffixes.map((x) => fold(x)));
    index([...d.before, ...d.counterparts].filter((t) => !HAN.test(t)), before);
    index(d.counterparts.filter((t) => !HAN.test(t)), counterparts);
    index(d.after.filter((t) => !HAN.test(t)), after);
    hanBefore.push(...d.before.filter((t) => HAN.test(t)));
    hanAfter.push(...d.after.filter((t) => HAN.test(t)));
    for (const c of d.connectors) {
      const keys = tokenize(c).map((t) => t.key);
      if (!keys.length) continue;
      const l = connectors.get(keys[0]) ?? [];
      l.push(keys);
      connectors.set(keys[0], l.sort((a, b) => b.length - a.length));
    }
    d.particles.forEach((p) => particles.add(p));
    d.notNames.forEach((n) => notNames.add(n));
    thaiWords.clauseWords.push(...d.clauseWords);
    d.functionWords.forEach((w) => thaiWords.functionWords.add(w));
    thaiWords.notNameStarts.push(...d.notNameStarts);
    for (const w of d.roleWords) for (const t of tokenize(w)) roleWords.add(t.key);
  }
  const vietSurnames = new Set<string>(), blockers = new Set<string>();
  for (const d of entityData().values()) {
    d.surnames.forEach((s) => vietSurnames.add(fold(s)));
    d.shortNameBlockers.forEach((b) => blockers.add(b));
  }
  const alt = (l: string[]) => l.sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  tables = {
    before, counterparts, after, connectors, particles, notNames, vietSurnames, blockers, allBefore, prepositions, titleSuffixes, thaiWords, roleWords, between,
    hangulTitleSuffixes: [...new Set(titleData().get("ko")?.after ?? [])].filter((t) => /^[\uAC00-\uD7A3]{2,}$/.test(t) && !["대표", "여사"].includes(t)),
    hanTitles: hanBefore.length + hanAfter.length ? new RegExp(`(?:${alt([...new Set([...hanBefore, ...hanAfter])])})`, "gu") : null,
    hanBefore: new Set(hanBefore), hanAfter: new Set(hanAfter),
    modifierEnd: modifierEndings.length ? new RegExp(`(?:${alt([...new Set(modifierEndings)])})$`, "u") : null,
    honorificBefore: honorifics.length ? new RegExp(`(?:^|[\\s(,;:])((?:${alt([...new Set(honorifics)])})\\s+)$`, "u") : null,
  };
  return tables;
}

/** Context the person finder needs: which tokens other recognisers already claimed. */
export interface Claimed {
  /** Token index → span covering it (countries, organisations, places…). */
  at: (Span | undefined)[];
  /** Every claimed span, for checks by character offset inside long tokens (Han, Kana, Thai runs). */
  spans?: Span[];
}

function titleAt(text: string, tokens: Token[], i: number, map: Map<string, Title[]>): number {
  const t = tokens[i];
  const memo = (t.memo.titles ??= new Map());
  let cands = memo.get(map) as Title[] | undefined;
  if (!cands) {
    cands = [t.key, ...t.alts].flatMap((k) => map.get(k) ?? []);
    memo.set(map, cands);
  }
  for (const title of cands) {
    const n = title.keys.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = tokens[i + k];
      ok = (w.key === title.keys[k] || ((k === n - 1 || (k === 0 && w.script === "arabic")) && w.alts.includes(title.keys[k]))) && (k === 0 || joinable(text, tokens[i + k - 1], w) || TITLE_APOSTROPHE.test(text.slice(tokens[i + k - 1].end, w.start)));
    }
    if (ok && title.exact && t.text !== title.exact) ok = false;
    if (ok) return n;
  }
  // German writes a portfolio into the title (`Bundeswirtschaftsministerin`, `Staatssekretärin`).
  if (map === personTables().before && t.upper && t.script === "latin" && t.key.length > 8) {
    let hit = memo.get(SUFFIXED) as boolean[] | undefined;
    if (!hit) {
      hit = [personTables().titleSuffixes.some((x) => t.key.length >= x.length + 4 && t.key.endsWith(x))];
      memo.set(SUFFIXED, hit);
    }
    if (hit[0]) return 1;
  }
  return 0;
}
const SUFFIXED = {};
// Malay honorifics spell a clipped word with an apostrophe inside the title (`Dato' Sri`).
const TITLE_APOSTROPHE = /^['’] $/u;

/** Vietnamese name shape: a known surname and syllables only. */
function vietShaped(words: Token[]): boolean {
  const p = personTables();
  return p.vietSurnames.has(fold(words[0].text)) && words.every((w) => VIET_SYLLABLE.test(w.text));
}

interface Found { first: number; last: number; start: number; end: number; surface: string; role?: string; titleStart?: number }

export function findPersons(text: string, tokens: Token[], claimed: Claimed, titleStarts: Set<number> = titleStartsIn(text, tokens), language = ""): Span[] {
  const p = personTables();
  const n = tokens.length;
  const free = (i: number) => i < n && !claimed.at[i];
  const prepositions = p.prepositions.get(language) ?? new Set<string>();
  const spanAt = (i: number) => (i < n ? claimed.at[i] : undefined);
  const roleWord = (t: Token) => p.roleWords.has(t.key) || t.alts.some((a) => p.roleWords.has(a));
  /** A Vietnamese family name at i and two (or three) capitalised Vietnamese syllables after it. */
  const vietNameAt = (i: number) => {
    if (!p.vietSurnames.has(tokens[i].key) || i + 2 >= n) return false;
    for (let k = i + 1; k <= i + 2; k++) {
      if (!free(k) || !tokens[k].upper || !VIET_SYLLABLE.test(tokens[k].text) || !/^ $/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    }
    return true;
  };
  const isName = (i: number) => {
    const t = tokens[i];
    if (titleStarts.has(i)) return false;
    return t.script !== "cjk" && t.script !== "hangul" && t.upper && !p.notNames.has(t.text) && t.text.length >= 2 || (t.upper && t.script === "latin" && t.text.length === 1 && i > 0 && tokens[i - 1].upper);
  };

  /** The capitalised name starting at token i (1–5 words), as [first, last], or null. */
  const readName = (i: number, titled = false): [number, number] | null => {
    // After a title, a given name that happens to spell a place (`Санаэ`, stemmed like `Сана`)
    // still starts the name when a capitalised word follows it.
    const placeGiven = titled && i + 1 < n && !free(i) && spanAt(i)!.type === "place" && spanAt(i)!.first === i && spanAt(i)!.last === i
      && free(i + 1) && isName(i + 1) && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start));
    if (i >= n || (!free(i) && !placeGiven)) return null;
    // A surname that is also a common word (`To Lam`, `Do Hung Viet`) starts a name when a name follows.
    const surnameFirst = !isName(i) && tokens[i].upper && !titleStarts.has(i) && (p.vietSurnames.has(tokens[i].key) || isKoreanSurname(tokens[i].key))
      && i + 1 < n && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && free(i + 1) && isName(i + 1);
    if (!isName(i) && !surnameFirst) return null;
    let j = i;
    while (j + 1 < n && j - i < 4 && joinable(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
      const gap = text.slice(tokens[j].end, next.start);
      const hyphen = /[-–‐‑]/.test(gap);
      if (/['’]/.test(gap)) break;
      if (!free(j + 1)) {
        // A short country word inside a Vietnamese name (`Lê Đức Anh`) belongs to the name.
        const s = spanAt(j + 1)!;
        // So is a surname that is also a country's name, after a title and a given name
        // (`Prime Minister Luís Montenegro`): a title, a name, then a country is no phrase.
        const surname = titled && j === i && s.type === "country" && s.first === s.last && !s.demonym && next.script === "latin" && tokens[i].script === "latin"
          && (j + 2 >= n || !tokens[j + 2].upper || !joinable(text, next, tokens[j + 2]));
        if (!surname && !(s.type === "country" && s.first === s.last && next.key.length <= 4 && j + 1 > i)) break;
      }
      if (hyphen && /^\p{Ll}/u.test(next.text) && next.script === "latin") { j++; continue; } // `Byung-won`
      if (isName(j + 1)) { j++; continue; }
      // Particles, one or a chain (`van Klaveren`, `von der Leyen`, `da Silva`), then a capitalised word.
      let q = j + 1;
      while (q < n && q - j <= 3 && p.particles.has(tokens[q].text) && !prepositions.has(tokens[q].text) && (q === j + 1 || joinable(text, tokens[q - 1], tokens[q]))) q++;
      // `Albanese di Kirribilli House`: a particle before a place's name is a preposition.
      const placeAfter = q + 1 < n && tokens[q + 1].upper && p.notNames.has(tokens[q + 1].text) && joinable(text, tokens[q], tokens[q + 1]);
      if (q > j + 1 && q < n && free(q) && isName(q) && joinable(text, tokens[q - 1], tokens[q]) && !placeAfter) { j = q; continue; }
      break;
    }
    return [i, j];
  };

  const isCredit = (a: number, b: number) => {
    const lineStart = text.lastIndexOf("\n", tokens[a].start) + 1;
    const before = text.slice(Math.max(lineStart, tokens[a].start - 20), tokens[a].start);
    const after = text.slice(tokens[b].end, tokens[b].end + 2);
    if (CREDIT_BEFORE.test(before) || /^\s?\//.test(after)) return true;
    // A line that is only a byline word and the name (`Theo Nguyễn Thị Lan`, `Pewarta: Budi Santoso`).
    const lineEnd = text.indexOf("\n", tokens[b].end);
    const rest = text.slice(tokens[b].end, lineEnd < 0 ? text.length : lineEnd);
    return BYLINE_LINE.test(text.slice(lineStart, tokens[a].start)) && /^[\s.,;:)\]–-]*$/u.test(rest);
  };

  const full: Found[] = [];
  const shortAfterTitle: Found[] = [];

  const take = (a: number, b: number, role: string | undefined, titleStart: number | undefined) => {
    if (isCredit(a, b)) return;
    const f: Found = { first: a, last: b, start: tokens[a].start, end: tokens[b].end, surface: text.slice(tokens[a].start, tokens[b].end), role, titleStart };
    if (b > a) full.push(f); else shortAfterTitle.push(f);
  };

  // 1. Titles before names.
  for (let i = 0; i < n; i++) {
    // titleStarts holds exactly the tokens where titleAt finds a title: look up only those.
    const tl = titleStarts.has(i) ? titleAt(text, tokens, i, p.before) : 0;
    if (!tl) continue;
    let roleEnd = i + tl - 1;
    let j = i + tl;
    // `his Indonesian counterpart Sugiono`: a name, but the office is the other side's, so the word is
    // no role and not part of the mention; a title after it is the person's own (`counterpart, Foreign Minister X`).
    const counterpart = titleAt(text, tokens, i, p.counterparts) > 0;
    let roleStart = counterpart ? -1 : i;
    for (let hop = 0; hop < 9 && j < n; hop++) {
      if (!joinable(text, tokens[j - 1], tokens[j]) && !/^\s*(?:,|\(\p{L}+\))?\s*$/u.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      const s = spanAt(j);
      if (s && s.first === j && (s.type === "country" || s.type === "organization")) {
        roleEnd = s.last; j = s.last + 1;
        // `(RoK)` after a country name.
        if (j < n && /^\s*\($/.test(text.slice(tokens[j - 1].end, tokens[j].start)) && text[tokens[j].end] === ")") j++;
        continue;
      }
      const conn = (p.connectors.get(tokens[j].key) ?? []).find((c) => c.every((k, x) => tokens[j + x]?.key === k));
      if (conn) {
        const after = spanAt(j + conn.length);
        if (after && (after.type === "country" || after.type === "organization")) { j += conn.length; continue; }
        // An institution the gazetteer does not know, closed by a comma (`presidente del Consejo
        // Europeo, António Costa`): capitalised words (and small joining words) belong to the role.
        let k = j + conn.length, caps = 0;
        while (k < n && k - j < 8 && joinable(text, tokens[k - 1], tokens[k]) && (tokens[k].upper || (caps > 0 && (p.connectors.has(tokens[k].key) || AND_WORDS.has(tokens[k].key))))) { if (tokens[k].upper) caps++; k++; }
        if (caps > 0 && k < n && tokens[k - 1].upper && /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && tokens[k].upper) { roleEnd = k - 1; j = k; continue; }
        break;
      }
      const more = titleAt(text, tokens, j, p.before);
      if (more) { if (roleStart < 0) roleStart = j; roleEnd = j + more - 1; j += more; continue; }
      // The portfolio belongs to the title (`Menteri Koordinator Bidang Perekonomian`, `Menteri Energi dan Sumber Daya Mineral`).
      // Arabic nisba adjectives stand there too (`الرئيس المصري`), listed as notNames.
      // A Vietnamese family name that is a word elsewhere (`Le`, `Do`, `Van`) before two Vietnamese
      // syllables starts the name (`ambtgenoot Le Hoai Trung`), whatever else it may be.
      if ((tokens[j].upper || tokens[j].script === "arabic") && p.notNames.has(tokens[j].text) && !vietNameAt(j)) { roleEnd = j; j++; continue; }
      // So do an Arabic ministry's portfolio and institution words, `و`-joined ones too (`وزير الخارجية
      // والهجرة وشؤون المصريين بالخارج`, `رئيس مجلس الوزراء`): they carry the title on and start no name.
      if (tokens[j].script === "arabic" && roleWord(tokens[j])) { roleEnd = j; j++; continue; }
      // Russian names the portfolio in lower-case words between the title and the country (`министр
      // торговли Новой Зеландии`, `министр сельского хозяйства Индии`): they carry the title on to it.
      if (tokens[j].script === "cyrillic" && !tokens[j].upper) {
        let k = j;
        while (k < n && k - j < 4 && tokens[k].script === "cyrillic" && !tokens[k].upper && joinable(text, tokens[k - 1], tokens[k])) k++;
        const at = spanAt(k);
        if (k > j && k < n && joinable(text, tokens[k - 1], tokens[k]) && at && at.first === k && (at.type === "country" || at.type === "organization")) { roleEnd = k - 1; j = k; continue; }
      }
      if (AND_WORDS.has(tokens[j].key) && j + 1 < n && tokens[j + 1].upper && p.notNames.has(tokens[j + 1].text)) { roleEnd = j + 1; j += 2; continue; }
      if (AND_WORDS.has(tokens[j].key)) {
        const t2 = titleAt(text, tokens, j + 1, p.before);
        if (t2) { roleEnd = j + t2; j += 1 + t2; continue; }
      }
      break;
    }
    if (j >= n) continue;
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (/\n/.test(gap) || gap.length > 3) continue;
    // A sentence ends between the title and the next word (`встретился министр. Мирзояну …`): the
    // word starts another sentence. A short word before a period is an abbreviated title (`Dr.`, `Prof.`).
    if (/[!?。！？]/u.test(gap) || (gap.includes(".") && (tokens[j - 1].text.length >= 5 || roleEnd > i || spanAt(j - 1) !== undefined))) continue;
    const role = roleStart < 0 ? undefined : text.slice(tokens[roleStart].start, tokens[roleEnd].end);
    const tok = tokens[j];
    if (tok.script === "arabic") {
      // Arabic has no capitals: the name is read by shape, and a single word only when it is a known person.
      const r = arabicNameAt(text, tokens, j, (k) => !free(k) || titleStarts.has(k) || tokens[k].alts.some((a) => p.before.has(a)) || roleWord(tokens[k]));
      if (!r) continue;
      r[1] = arabicNameEnd(text, tokens, r, (k) => spanAt(k));
      // A listed name is whole: the word after it is no third part (`عبد الفتاح السيسي الوفد`).
      if (r[1] > r[0] && !knownPerson(text.slice(tokens[r[0]].start, tokens[r[1]].end)) && knownPerson(text.slice(tokens[r[0]].start, tokens[r[1] - 1].end))) r[1]--;
      const surface = text.slice(tokens[r[0]].start, tokens[r[1]].end);
      if (r[1] > r[0]) full.push({ first: r[0], last: r[1], start: tokens[r[0]].start, end: tokens[r[1]].end, surface, role, titleStart: i });
      else if (knownPerson(surface)) full.push({ first: j, last: j, start: tok.start, end: tok.end, surface, role, titleStart: i });
      continue;
    }
    if (tok.script === "hangul") {
      // A title carrying a particle (`장관은`) ends its phrase: what follows is no name.
      if (HANGUL_CASE_END.test(tokens[j - 1].text)) continue;
      const foreign = hangulForeignAfter(text, tokens, j, free);
      if (foreign) { full.push({ ...foreign, role }); continue; }
      const name = [tok.text, ...tok.alts].some((x) => p.notNames.has(x)) ? null : hangulName(tok);
      if (name && free(j)) full.push({ first: j, last: j, start: tok.start, end: tok.start + name.length, surface: name, role });
      continue;
    }
    const r = readName(j, true);
    if (r) take(r[0], r[1], role, roleStart < 0 ? undefined : roleStart);
  }

  const koreanShort: { at: number; role: string }[] = [];
  const foreignShort: { at: number; role: string }[] = [];
  // 2. Titles after names (Korean): `이재명 대통령`, `조현 외교부 장관은`, `페니 웡 외교장관`.
  for (let i = 1; i < n; i++) {
    if (tokens[i].script !== "hangul" || !hangulTitleAt(text, tokens, i)) continue;
    const found = hangulNameBefore(text, tokens, i, free, (k) => spanAt(k));
    const role = tokens[i].text.replace(/(?<=..)(?:은|는|을|를|의|에|와|과|로|도|이|가)$/u, "");
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

  // 3. Han- and Kana-script names next to titles (Chinese, Japanese), read over the raw text so a
  // middle dot inside a foreign name (`马里·讪津巴功`, `フェルディナンド・マルコス`) does not cut it.
  if (p.hanTitles && tokens.some((t) => t.script === "cjk")) {
    p.hanTitles.lastIndex = 0;
    const dottedByFirst = new Map<string, string>();
    for (const m of text.matchAll(p.hanTitles)) {
      const q = m.index ?? 0, title = m[0];
      for (const found of [hanNameAfter(text, q + title.length, language), hanNameBefore(text, q, language)]) {
        if (!found || onlyCountryAbbreviations(found.name)) continue;
        const idx = tokenIndexAt(tokens, found.start);
        if (idx < 0) continue;
        // Within a run of Han text one token holds many names: check every claimed span, not the token's.
        // A dotted foreign name wins over a country it happens to contain (`马里·讪津巴功` is no mention of Mali).
        const dotted = DOT.test(found.name);
        // The first part of a dotted name seen before is that person again (`马里外长` after `马里·讪津巴功`).
        const whole = dottedByFirst.get(found.name);
        if (!whole && (claimed.spans ?? [claimed.at[idx]]).some((c) => c && c.start < found.end && found.start < c.end && !(dotted && c.start >= found.start && c.end <= found.end))) continue;
        const last = tokenIndexAt(tokens, found.end - 1);
        full.push({ first: idx, last: Math.max(idx, last), start: found.start, end: found.end, surface: whole ?? found.name, role: title });
        if (dotted) dottedByFirst.set(found.name.split(DOT)[0], found.name);
      }
    }
  }

  // 3b. Well-known people written in Han or Kana without a title (`习近平指出`), from data/people.tsv.
  const known = knownUnspaced();
  if (known && tokens.some((t) => t.script === "cjk")) {
    known.lastIndex = 0;
    for (const m of text.matchAll(known)) {
      const start = m.index ?? 0, end = start + m[0].length;
      if (full.some((f) => f.start < end && start < f.end)) continue;
      if ((claimed.spans ?? []).some((c) => c.start < end && start < c.end)) continue;
      const idx = tokenIndexAt(tokens, start);
      if (idx < 0) continue;
      full.push({ first: idx, last: Math.max(idx, tokenIndexAt(tokens, end - 1)), start, end, surface: m[0] });
    }
  }

  // 3c. Well-known people written in one Hangul word of three syllables or more, with a particle or
  // not (`시진핑은`, `트럼프가`), from data/people.tsv: Korean news names them without a title.
  // Shorter spellings (`왕이`, `푸틴`) are too often ordinary words or need a title.
  if (language === "ko") {
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (t.script !== "hangul" || !free(i) || full.some((f) => f.first <= i && i <= f.last)) continue;
      const name = [t.text, ...t.alts].find((w) => w.length >= 3 && /^[\uAC00-\uD7A3]+$/u.test(w) && knownHangulWord(w));
      if (name) full.push({ first: i, last: i, start: t.start, end: t.start + name.length, surface: name });
    }
  }

  // 3b. Thai names glued to their titles.
  const thaiSingles: ThaiName[] = [];
  if (THAI.test(text)) {
    for (const t of thaiNames(text, p.allBefore, p.notNames, claimed.spans ?? [], p.thaiWords)) {
      const first = tokenIndexAt(tokens, t.start), last = tokenIndexAt(tokens, t.end - 1);
      if (first < 0 || last < 0) continue;
      if (t.full) full.push({ first, last, start: t.start, end: t.end, surface: t.surface, role: t.role });
      else thaiSingles.push(t);
    }
  }

  // 4. Names whose shape alone says person.
  for (let i = 0; i < n; i++) {
    if (!free(i) || !tokens[i].upper || (tokens[i].script !== "latin" && tokens[i].script !== "cyrillic")) continue;
    const r = readName(i);
    if (!r || r[1] === r[0]) continue;
    const words = tokens.slice(r[0], r[1] + 1);
    const surface = text.slice(words[0].start, words[words.length - 1].end);
    // A well-known person's full name, in any case form (`Владимиром Путиным`), needs no title.
    if (knownPersonByKey(personGroupKey(surface)) && !full.some((f) => f.first <= r[1] && f.last >= r[0])) { take(r[0], r[1], undefined, undefined); i = r[1]; continue; }
    if (tokens[i].script !== "latin") continue;
    const korean = isKoreanSurname(words[0].key) && looksKorean(surface);
    const viet = words.length >= 3 && words.length <= 4 && vietShaped(words);
    if ((korean || viet) && !full.some((f) => f.first <= r[0] && f.last >= r[1])) { take(r[0], r[1], undefined, undefined); i = r[1]; }
  }

  // Arabic has no capitals to end a name: after a title, a foreign family name seen ending a full
  // name of this document is read with the next word (`الرئيس ميرضيائيف أهمية`). That word alone is
  // the family name, joined below to its full name.
  const arabicFamilies = arabicFamilyWords(full);
  const arabicShort: number[] = [];
  for (let k = full.length - 1; k >= 0; k--) {
    const f = full[k], first = tokens[f.first];
    if (first.script !== "arabic" || f.last === f.first || !arabicFamilies.has(first.text) || f.surface.endsWith(` ${first.text}`)) continue;
    arabicShort.push(f.first);
    full.splice(k, 1);
  }

  // Group full names by how they sound (`Akhannouch` and `Ajanuch` are one person); the form with
  // most diacritics is the display name, and its readable key makes the ref.
  const groups = new Map<string, { name: string; handles: Set<string>; surfaces: Set<string> }>();
  const redirect = new Map<string, string>();
  const spans: Span[] = [];
  const used = new Set<number>();
  for (const f of full) {
    const key = personGroupKey(f.surface);
    if (!key) continue;
    const display = knownPerson(f.surface) ?? knownPersonByKey(key) ?? romaniseHangulName(f.surface) ?? russianNominative(f.surface) ?? f.surface.replace(/\s+/g, " ");
    const g = groups.get(key);
    const marks = (s: string) => s.normalize("NFD").replace(/[^\p{M}]/gu, "").length;
    if (!g) groups.set(key, { name: display, handles: handlesOf(tokens.slice(f.first, f.last + 1), f.surface), surfaces: new Set([f.surface]) });
    else {
      g.surfaces.add(f.surface);
      if (marks(display) > marks(g.name)) g.name = display;
      // Russian declines names (`Владимиром Путиным`): the shortest form is the nominative one.
      else if (CYRILLIC.test(display) && !knownPerson(g.name) && display.length < g.name.length) g.name = display;
    }
  }
  // An initial stands for a given name seen in full (`S. Jaishankar` = `Subrahmanyam Jaishankar`),
  // a Han or Kana name is the surname of a longer one beginning with it (`石破` in `石破茂`), and
  // a Katakana name is the family name of a dotted foreign one ending with it (`シコルスキ` in
  // `ラドスワフ・シコルスキ`).
  for (const key of [...groups.keys()]) {
    const parts = key.split(" ");
    const target = [...groups.keys()].find((o) => {
      if (o === key) return false;
      const op = o.split(" ");
      if (parts.length >= 2 && parts[0].length === 1 && op.length === parts.length && op[0].length > 1 && op[0][0] === parts[0] && op.slice(1).join(" ") === parts.slice(1).join(" ")) return true;
      const mine = [...groups.get(key)!.surfaces].filter((x) => /^[\p{sc=Han}\p{sc=Katakana}ー]{2,}$/u.test(x));
      if (mine.length > 0 && [...groups.get(o)!.surfaces].some((x) => mine.some((m) => x.length > m.length && (x.startsWith(m) || x.endsWith(`・${m}`) || x.endsWith(`·${m}`))))) return true;
      // One Hangul word that ends a foreign name of several words (`지엔 장관` after `응우옌 홍 지엔`), or
      // begins one: Korean writes Japanese and Chinese names family name first (`이와야 외무상` after
      // `이와야 다케시`), and such a family name may also read as a Korean name (이 + 와야).
      const word = [...groups.get(key)!.surfaces].filter((x) => /^[\uAC00-\uD7A3]{2,}$/u.test(x));
      return word.length > 0 && [...groups.get(o)!.surfaces].some((x) => /^[\uAC00-\uD7A3 ]+$/u.test(x) && / /.test(x) && word.some((m) => x.endsWith(` ${m}`) || x.startsWith(`${m} `)));
    });
    if (!target) continue;
    for (const h of groups.get(key)!.handles) groups.get(target)!.handles.add(h);
    groups.delete(key);
    redirect.set(key, target);
  }
  for (const f of full) {
    const key = redirect.get(personGroupKey(f.surface)) ?? personGroupKey(f.surface);
    const g = groups.get(key);
    if (!g) continue;
    for (let k = f.first; k <= f.last; k++) used.add(k);
    const span: Span = { first: f.first, last: f.last, start: f.start, end: f.end, type: "person", ref: refOf(g.name), name: g.name, role: f.role, source: "person" };
    // `Datuk Seri Anwar Ibrahim` is how Malay news writes the name: that form is kept as an alias.
    const honorific = p.honorificBefore?.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (honorific) span.expansion = `${honorific[1].replace(/\s+/g, " ")}${f.surface}`;
    spans.push(span);
  }

  // A Thai given name after a title is how Thai news calls a person again (`นายอนุทิน`): it joins the
  // full name of this document that begins with it, and is dropped when none does.
  for (const t of thaiSingles) {
    // Names of East Asians are often written family name first or last (`ซานาเอะ ทาคาอิจิ`, later
    // `นางทาคาอิจิ`): a run matching the last part joins too, when exactly one full name ends with it.
    let g = [...groups.values()].find((x) => [...x.surfaces].some((sf) => sf.startsWith(t.given + " ")));
    if (!g) {
      const ends = [...groups.values()].filter((x) => [...x.surfaces].some((sf) => sf.endsWith(" " + t.given)));
      if (ends.length === 1) g = ends[0];
    }
    if (!g) continue;
    spans.push({ first: tokenIndexAt(tokens, t.start), last: tokenIndexAt(tokens, t.end - 1), start: t.start, end: t.end, type: "person", ref: refOf(g.name), name: g.name, role: t.role, confidence: 0.8, source: "person" });
  }

  // Korean surnames alone before a title join the one Korean full name of this document written
  // in Hangul with that surname (`안 장관` after `안덕근 장관`); two such names leave it to no one.
  for (const k of koreanShort) {
    const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^[\uAC00-\uD7A3]{2,3}$/u.test(sf) && sf[0] === tokens[k.at].text));
    if (owners.length !== 1 || used.has(k.at)) continue;
    const t = tokens[k.at];
    spans.push({ first: k.at, last: k.at, start: t.start, end: t.end, type: "person", ref: refOf(owners[0].name), name: owners[0].name, role: k.role, confidence: 0.8, source: "person" });
    used.add(k.at);
  }

  // A foreign family name alone before a Korean title joins the one full name of this document,
  // written in Hangul in several words, that ends with it (`미르지요예프 대통령` after `샤프카트 미르지요예프`).
  for (const k of foreignShort) {
    const word = tokens[k.at].text;
    const hangulNames = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^[\uAC00-\uD7A3]+(?: [\uAC00-\uD7A3]+)+$/u.test(sf)));
    let owners = hangulNames.filter((g) => [...g.surfaces].some((sf) => sf.endsWith(` ${word}`)));
    // Japanese and Chinese names are written family name first (`고바야시 방위상` after `고바야시 다카유키`).
    if (!owners.length) owners = hangulNames.filter((g) => [...g.surfaces].some((sf) => sf.startsWith(`${word} `)));
    if (owners.length !== 1 || used.has(k.at)) continue;
    const t = tokens[k.at];
    spans.push({ first: k.at, last: k.at, start: t.start, end: t.end, type: "person", ref: refOf(owners[0].name), name: owners[0].name, role: k.role, confidence: 0.8, source: "person" });
    used.add(k.at);
  }

  // The family name alone in Arabic (`وقال ميرضيائيف`, `الرئيس ميرضيائيف`) joins the one full name of
  // this document in Arabic ending with it. A word with the article (`السوداني`) may be a nisba
  // adjective, so only bare words are read so.
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.script !== "arabic" || used.has(i) || (!free(i) && !arabicShort.includes(i)) || !arabicFamilies.has(t.text)) continue;
    const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => sf.endsWith(` ${t.text}`)));
    if (owners.length !== 1) continue;
    spans.push({ first: i, last: i, start: t.start, end: t.end, type: "person", ref: refOf(owners[0].name), name: owners[0].name, confidence: 0.8, source: "person" });
    used.add(i);
  }

  // Korean headlines write a Korean by the surname in Hanja (`李 대통령`, `尹 전 대통령`, `李, …`): it
  // joins the one Korean full name of this document in Hangul with that surname.
  if (language === "ko") {
    const hanja = hanjaSurnames();
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      const reading = t.script === "cjk" ? hanja.get(t.text[0]) : undefined;
      if (!reading || used.has(i) || (t.text.length > 1 && !hangulTitleAt(t.text.slice(1), tokenize(t.text.slice(1)), 0))) continue;
      const after = text.slice(t.start + 1, t.start + 12);
      const titled = t.text.length > 1 || (i + 1 < n && /^ $/.test(text.slice(t.end, tokens[i + 1].start)) && (hangulTitleAt(text, tokens, i + 1) || (p.between.has(tokens[i + 1].text) && i + 2 < n && hangulTitleAt(text, tokens, i + 2))));
      // A country abbreviation (`韓`) joined to another (`韓·美`) is no person.
      if (!titled && (isCountryAbbreviation(t.text) || !/^\s*(?:[,，…"'’”]|$)/u.test(after))) continue;
      const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^[\uAC00-\uD7A3]{2,3}$/u.test(sf) && sf[0] === reading));
      if (owners.length !== 1 || (claimed.spans ?? []).some((c) => c.start <= t.start && t.start < c.end)) continue;
      spans.push({ first: i, last: i, start: t.start, end: t.start + 1, type: "person", ref: refOf(owners[0].name), name: owners[0].name, confidence: 0.8, source: "person" });
      used.add(i);
    }
  }

  // A Chinese surname alone before a title (`王部长`, `王外长`) is the one full name of this document
  // written in Han with that surname.
  if (p.hanTitles && language === "zh") {
    p.hanTitles.lastIndex = 0;
    for (const m of text.matchAll(p.hanTitles)) {
      const q = m.index ?? 0;
      const ch = text[q - 1];
      if (!ch || !/\p{sc=Han}/u.test(ch) || isCountryAbbreviation(ch) || (claimed.spans ?? []).some((c) => c.start < q && q - 1 < c.end) || (q >= 2 && NAME_CHAR.test(text[q - 2]) && !HAN_STOP.has(text[q - 2]))) continue;
      const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^\p{sc=Han}{2,3}$/u.test(sf) && sf[0] === ch));
      const idx = tokenIndexAt(tokens, q - 1);
      if (owners.length !== 1 || idx < 0 || spans.some((x) => x.start < q && q - 1 < x.end)) continue;
      spans.push({ first: idx, last: idx, start: q - 1, end: q, type: "person", ref: refOf(owners[0].name), name: owners[0].name, role: m[0], confidence: 0.8, source: "person" });
    }
  }

  // 5. Full names again without a title, and short names, resolved within the document.
  const handleOwners = new Map<string, string[]>();
  for (const [key, g] of groups) for (const h of g.handles) handleOwners.set(h, [...(handleOwners.get(h) ?? []), key]);
  const firstKeys = new Set([...groups.keys()].map((k) => k.split(" ")[0]));
  const firstOwners = new Map<string, string[]>();
  for (const f of full) {
    const key = redirect.get(personGroupKey(f.surface)) ?? personGroupKey(f.surface);
    if (f.last <= f.first || !groups.has(key)) continue;
    const h = tokens[f.first].key;
    const list = firstOwners.get(h) ?? [];
    if (!list.includes(key)) list.push(key);
    firstOwners.set(h, list);
  }
  // A family name that is also a country (`Montenegro`) names the person again when this document
  // spelled their full name with it.
  const countrySurnames = new Set<string>();
  for (const f of full) {
    const s = f.last > f.first ? spanAt(f.last) : undefined;
    if (s && s.type === "country" && s.first === f.last && s.last === f.last) countrySurnames.add(tokens[f.last].key);
  }
  // The country itself, not the person, after a preposition (`foreign minister of Jordan`) or as the
  // owner of a title (`Jordan's foreign minister`).
  const countryContext = (i: number): boolean => {
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (prev && prepositions.has(prev.text) && /^ $/.test(text.slice(prev.end, tokens[i].start))) return true;
    return !!next && next.text === "s" && /^['’]$/.test(text.slice(tokens[i].end, next.start)) && titleStarts.has(i + 2);
  };
  for (let i = 0; i < n; i++) {
    if (used.has(i) || !tokens[i].upper) continue;
    if (!free(i)) {
      const s = spanAt(i)!;
      if (!(countrySurnames.has(tokens[i].key) && s.first === i && s.last === i && !s.demonym && (handleOwners.get(tokens[i].key) ?? []).length === 1)) continue;
      if (countryContext(i)) continue;
      const key = handleOwners.get(tokens[i].key)![0];
      spans.push({ first: i, last: i, start: tokens[i].start, end: tokens[i].end, type: "person", ref: refOf(groups.get(key)!.name), name: groups.get(key)!.name, confidence: 0.8, source: "person" });
      used.add(i);
      continue;
    }
    const r = readName(i);
    if (r && r[1] > r[0]) {
      const key = personGroupKey(text.slice(tokens[r[0]].start, tokens[r[1]].end));
      const g = groups.get(key);
      if (g && firstKeys.has(key.split(" ")[0])) {
        spans.push({ first: r[0], last: r[1], start: tokens[r[0]].start, end: tokens[r[1]].end, type: "person", ref: refOf(g.name), name: g.name, source: "person" });
        for (let k = r[0]; k <= r[1]; k++) used.add(k);
        i = r[1];
        continue;
      }
      if (r[1] > r[0]) continue; // an unknown multiword name: not a short mention
    }
    const titledHere = shortAfterTitle.some((f) => f.first === i);
    // After a title, a given name or a surname written first also names the person (`Menko Airlangga`, `PM Ishiba`, `Mr Gan`).
    const owners = handleOwners.get(tokens[i].key) ?? (titledHere ? firstOwners.get(tokens[i].key) : undefined);
    if (!owners || owners.length !== 1) continue;
    const next = tokens[i + 1];
    if (next && p.blockers.has(next.text) && /^ $/.test(text.slice(tokens[i].end, next.start))) continue;
    const key = owners[0];
    const titled = shortAfterTitle.find((f) => f.first === i);
    const start = titled?.titleStart !== undefined ? tokens[titled.titleStart].start : tokens[i].start;
    spans.push({ first: titled?.titleStart ?? i, last: i, start, end: tokens[i].end, type: "person", ref: refOf(groups.get(key)!.name), name: groups.get(key)!.name, role: titled?.role, confidence: 0.8, source: "person" });
    used.add(i);
  }
  // A single name after a title that matched no full name still names a person (`President Trump`).
  for (const f of shortAfterTitle) {
    if (used.has(f.first)) continue;
    const t = tokens[f.first];
    if (t.caps || t.text.length < 3) continue;
    // One Vietnamese syllable with its marks is a word's first syllable (`Tổng thống Cộng hòa …`), not
    // a person: Vietnamese news names a person in full before calling them by one syllable.
    if (language === "vi" && VIET_SYLLABLE.test(t.text) && fold(t.text) !== t.text.toLowerCase()) continue;
    // A weekday set off after a title is when, not who (`Menteri Luar Negeri Indonesia, Selasa, …`).
    if (f.last === f.first && dateLexicon(language).weekdayByName.has(t.text.toLocaleLowerCase())) continue;
    // The family name of one well-known person is that person (`President Tokayev`, `президентом Токаевым`).
    const listed = knownByFamilyName(f.surface);
    const key = listed ? personKey(listed) : personKey(f.surface);
    spans.push({ first: f.first, last: f.last, start: f.start, end: f.end, type: "person", ref: makeRef("person", key), name: listed ?? f.surface, role: f.role, confidence: 0.6, source: "person" });
  }
  return spans;
}

/**
 * The last words of this document's Arabic full names that can stand alone for the person: bare
 * words (no article `ال`) of four letters or more.
 */
function arabicFamilyWords(full: Found[]): Set<string> {
  const out = new Set<string>();
  for (const f of full) {
    const words = f.surface.trim().split(/\s+/);
    const last = words[words.length - 1];
    if (words.length >= 2 && /^\p{sc=Arabic}+$/u.test(last) && !last.startsWith("ال") && [...last].length >= 4) out.add(last);
  }
  return out;
}

/**
 * Where an Arabic name read by shape really ends: a listed person's longer name (`شي جين بينغ`), or
 * a nisba right after two name parts, which is a family name there (`محمد شياع السوداني`), not the
 * country it comes from.
 */
function arabicNameEnd(text: string, tokens: Token[], r: [number, number], spanAt: (k: number) => Span | undefined): number {
  const spaced = (k: number) => k < tokens.length && tokens[k].script === "arabic" && /^[ \u00a0]$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  for (let extra = 2; extra >= 1; extra--) {
    const end = r[1] + extra;
    let ok = true;
    for (let k = r[1] + 1; k <= end && ok; k++) ok = spaced(k);
    if (ok && knownPerson(text.slice(tokens[r[0]].start, tokens[end].end))) return end;
  }
  const next = r[1] + 1, s = spanAt(next);
  if (r[1] - r[0] === 1 && spaced(next) && s?.type === "country" && s.demonym && s.first === next && s.last === next) return next;
  return r[1];
}

function refOf(name: string): string {
  return makeRef("person", personKey(name));
}

/** Token indexes where a title (`President`, `Thủ tướng`) begins. */
export function titleStartsIn(text: string, tokens: Token[]): Set<number> {
  const p = personTables();
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (titleAt(text, tokens, i, p.before)) out.add(i);
  return out;
}

/** How a person is called for short: Vietnamese by the last syllable, Korean and others by the surname. */
function handlesOf(words: Token[], surface: string): Set<string> {
  const out = new Set<string>();
  if (words.length < 2) return out;
  const p = personTables();
  if (p.vietSurnames.has(fold(words[0].text)) && !isKoreanSurname(words[0].key)) out.add(words[words.length - 1].key);
  else if (isKoreanSurname(words[0].key) && looksKorean(surface)) out.add(words[0].key);
  else out.add(words[words.length - 1].key);
  return out;
}

interface HanName { name: string; start: number; end: number }

/** Whether a Han-script name starts with a known Chinese surname (`王毅`, `欧阳…`). */
function chineseSurnamed(name: string): boolean {
  const { single, compound } = chineseSurnames();
  return single.has(name[0]) || compound.some((c) => name.startsWith(c) && name.length > c.length);
}

/** A name written after a title (`外长王毅在…`, `外长马里·讪津巴功共同…`). */
function hanNameAfter(text: string, from: number, language: string): HanName | null {
  if (!personTables().hanBefore.size) return null;
  let e = from;
  while (e < text.length && e - from < 24 && (NAME_CHAR.test(text[e]) || (DOT.test(text[e]) && NAME_CHAR.test(text[e + 1] ?? "")))) e++;
  let run = text.slice(from, e);
  // A function word after a title starts no name, even where it is also a surname (`总统和服务业…`: 和).
  if (!run || (HAN_STOP.has(run[0]) && !knownAt(run, "start"))) return null;
  let parts = run.split(DOT);
  // A dot further on belongs to some other name: this one is plain (`王毅在…外长马里·…`).
  // A first part longer than four characters is still a foreign name when every character is a sound
  // character (`凯斯图蒂斯·布德里斯`).
  const longForeign = (part: string) => part.length <= 8 && [...part].every((c) => translitSet().has(c));
  if (parts.length > 1 && parts[0].length > 4 && !longForeign(parts[0])) { run = parts[0]; parts = [run]; }
  let name: string;
  if (parts.length > 1) {
    // A foreign name: cut the last part where the sentence goes on (`…巴功共同主持`).
    const lastPart = parts[parts.length - 1];
    let cut = 0;
    while (cut < lastPart.length && cut < 8 && !HAN_STOP.has(lastPart[cut])) cut++;
    if ((parts[0].length > 4 && !longForeign(parts[0])) || cut === 0) return null;
    name = [...parts.slice(0, -1), lastPart.slice(0, cut)].join(run[parts[0].length]);
  } else if (/^[\p{sc=Katakana}ー]{2,}/u.test(run)) {
    name = /^[\p{sc=Katakana}ー]+/u.exec(run)![0];
  } else if (knownAt(run, "start")) {
    // A listed person's whole name (`高市早苗`, four characters), not the usual three.
    name = knownAt(run, "start")!;
  } else {
    name = run.slice(0, 3);
    if (name.length === 3 && (HAN_STOP.has(name[2]) || HAN_VERBS.some((v) => run.startsWith(v, 2)))) name = name.slice(0, 2);
    if (name.length < 2) return null;
    // Japanese writes names before titles: after one, only a known person is a name (not `間戦略`).
    if (language === "ja") return knownPerson(name) && !JA_NOT_NAME.test(name) ? { name, start: from, end: from + name.length } : null;
    if (!chineseSurnamed(name)) {
      // A foreign name spelled by sound (`外交大臣布拉索昆出席`): transliteration characters only,
      // ending where the sentence goes on.
      const t = transliterated(run);
      if (!t) return null;
      name = t;
    }
  }
  return { name, start: from, end: from + name.length };
}

/** A name written before a title (`石破茂首相`, `フェルディナンド・マルコス大統領`, `李强总理`). */
function hanNameBefore(text: string, to: number, language: string): HanName | null {
  let b = to;
  while (b > 0 && to - b < 24 && (NAME_CHAR.test(text[b - 1]) || (DOT.test(text[b - 1]) && NAME_CHAR.test(text[b - 2] ?? "")))) b--;
  const run = text.slice(b, to);
  if (run.length < 2) return null;
  const kana = /[\p{sc=Katakana}ー]+(?:[·・][\p{sc=Katakana}ー]+)*$/u.exec(run);
  if (kana && kana[0].replace(/[·・ー]/gu, "").length >= 2) return { name: kana[0], start: to - kana[0].length, end: to };
  if (DOT.test(run)) return null;
  const listed = knownAt(run, "end");
  if (listed) return { name: listed, start: to - listed.length, end: to };
  if (language === "ja") {
    // Japanese: the whole run of kanji between kana, two to four characters.
    if (run.length > 4 || JA_NOT_NAME.test(run)) return null;
    return { name: run, start: b, end: to };
  }
  for (const len of [3, 2, 4]) {
    if (run.length < len) continue;
    const name = run.slice(-len);
    // `商务部部长`: a ministry before a title is the title's, not a name (商 is a surname too).
    if (INSTITUTION_END.test(name)) return null;
    if (HAN_STOP.has(name[0])) continue;
    // `贸易和服务部长`: a name does not start on the second character of a common word (易 of 贸易).
    if (to - len > 0 && hanWordSet().has(text.slice(to - len - 1, to - len + 1))) continue;
    if (chineseSurnamed(name) && !HAN_STOP.has(name[name.length - 1])) return { name, start: to - len, end: to };
  }
  return null;
}

let hanWords: Set<string> | null = null;

/** Common Han words ending in a surname character (lang/<code>/titles.json `hanWords`). */
function hanWordSet(): Set<string> {
  hanWords ??= new Set([...titleData().values()].flatMap((d) => d.hanWords));
  return hanWords;
}

/** The longest listed Han/Kana spelling of a person that starts (or ends) `run`, or null. */
function knownAt(run: string, edge: "start" | "end"): string | null {
  let best: string | null = null;
  for (const k of peopleTable().unspaced.keys()) {
    if (k.length > run.length || (best && k.length <= best.length)) continue;
    if (edge === "start" ? run.startsWith(k) : run.endsWith(k)) best = k;
  }
  return best;
}

let unspacedRe: RegExp | null | undefined;

/** One pattern for the Han/Kana spellings in data/people.tsv (two characters or more), longest first. */
function knownUnspaced(): RegExp | null {
  if (unspacedRe !== undefined) return unspacedRe;
  const names = [...peopleTable().unspaced.keys()].sort((a, b) => b.length - a.length);
  unspacedRe = names.length ? new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gu") : null;
  return unspacedRe;
}

let translitChars: Set<string> | null = null;

/** The transliterated foreign name that starts `run`, or null: 2–7 sound characters, then a stop. */
function translitSet(): Set<string> {
  translitChars ??= new Set([...readDataFile("chinese-transliteration.txt").split("\n").filter((l) => !l.startsWith("#")).join("").replace(/\s/g, "")]);
  return translitChars;
}

function transliterated(run: string): string | null {
  translitSet();
  let e = 0;
  while (e < run.length && e < 7 && translitSet().has(run[e])) e++;
  if (e < 2) return null;
  const rest = run.slice(e);
  if (rest && !HAN_STOP.has(rest[0]) && !HAN_VERBS.some((v) => rest.startsWith(v))) return null;
  return run.slice(0, e);
}

let hanjaTable: Map<string, string> | null = null;

/** Korean surnames in Hanja → Hangul (data/korean-hanja-surnames.tsv). */
function hanjaSurnames(): Map<string, string> {
  hanjaTable ??= new Map(readDataFile("korean-hanja-surnames.tsv").split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t").map((c) => c.trim()) as [string, string]));
  return hanjaTable;
}

let surnames: { single: Set<string>; compound: string[] } | null = null;

function chineseSurnames(): { single: Set<string>; compound: string[] } {
  if (surnames) return surnames;
  const lines = readDataFile("chinese-surnames.txt").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const single = new Set<string>(), compound: string[] = [];
  for (const l of lines) if ([...l].length > 2) [...l].forEach((c) => single.add(c)); else compound.push(l);
  surnames = { single, compound };
  return surnames;
}

/** The token containing character offset `at`, or -1. */
export function tokenIndexAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else if (tokens[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

// Particles that end a word before a name; `이`/`가` are left out since names end in them (`아이르랑가`).
const HANGUL_CASE_END = /(?:은|는|을|를|의|에|와|과|로|도|에서|으로)$/u;
// Heads of a ministry, agency or office between a name and its title (`외교부`, `국세청`).
const HANGUL_OFFICE = /[부처청실원]$/u;

/** Whether a Hangul token is a title after a name, alone or as the end of a compound (`경제조정장관은`). */
function hangulTitleAt(text: string, tokens: Token[], i: number): boolean {
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
function hangulNameBefore(text: string, tokens: Token[], title: number, free: (i: number) => boolean, spanAt: (i: number) => Span | undefined): Omit<Found, "role"> | null {
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
function hangulForeignAfter(text: string, tokens: Token[], j: number, free: (i: number) => boolean): Omit<Found, "role"> | null {
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
function hangulNameEnd(tokens: Token[], title: number, spanAt: (i: number) => Span | undefined): number {
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

function hangulName(t: Token): string | null {
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

let spacedSpellings: string[] | null = null;

/**
 * Whether [start, end) lies inside a well-known person's spelling of several words outside Latin
 * script written in the text (`다카이치 사나에`: the given name `사나에` reads as Sanaa plus a
 * particle). Such a place word is part of the name, so the name can be found.
 */
export function insideKnownSpelling(text: string, start: number, end: number): boolean {
  spacedSpellings ??= [...new Set(peopleTable().bySpellingRaw.map(([v]) => v.trim()).filter((v) => v.includes(" ") && !/\p{sc=Latin}/u.test(v)))];
  for (const sp of spacedSpellings) {
    let at = text.indexOf(sp, Math.max(0, start - sp.length));
    while (at >= 0 && at < end) {
      if (at + sp.length > start) return true;
      at = text.indexOf(sp, at + 1);
    }
  }
  return false;
}

let hangulWords: Set<string> | null = null;

/** Whether a single Hangul word is a listed spelling of a well-known person (`시진핑`). */
function knownHangulWord(word: string): boolean {
  hangulWords ??= new Set(peopleTable().bySpellingRaw.map(([v]) => v.trim()).filter((v) => /^[\uAC00-\uD7A3]+$/u.test(v)));
  return hangulWords.has(word);
}
