// The person finder's knowledge, gathered once from every language's lang/<code>/titles.json and
// entities.json: titles before and after names, connectors, particles, words that are never names,
// and the Han/Kana, Hangul and Thai title sets. Also where a title starts in a token stream.
import { fold } from "../../../util/text.ts";
import { entityData, titleData } from "../tables.ts";
import { joinable, tokenize, type Token } from "../tokens.ts";
import type { ThaiWords } from "../thai.ts";

interface Title { keys: string[]; exact: string | null }

export interface PersonTables {
  before: Map<string, Title[]>;
  /** Counterpart words (`counterpart`, `Amtskollege`), also in `before`: they introduce a name but give no role. */
  counterparts: Map<string, Title[]>;
  after: Map<string, Title[]>;
  connectors: Map<string, string[][]>;
  particles: Set<string>;
  notNames: Set<string>;
  vietSurnames: Set<string>;
  /** Vietnamese family names as written, lower case (`trương`), to tell them from words differing in tone marks only (`trưởng`). */
  vietSurnamesMarked: Set<string>;
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
  /** Han verbs a name runs into (`表示`, `会见`: lang/zh/titles.json `clauseWords`), longest first. */
  hanVerbs: string[];
  /** Words continuing a title (portfolios, institutions), folded; Arabic conjunction/preposition forms match by their alts. */
  roleWords: Set<string>;
  /** Words between a name and the title after it (Korean `전` "former", `신임` "new"). */
  between: Set<string>;
}

let tables: PersonTables | null = null;
const HAN = /^[\p{sc=Han}\p{sc=Katakana}ー・]+$/u;
const HAN_VERB = /^\p{sc=Han}+$/u;

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

export function personTables(): PersonTables {
  if (tables) return tables;
  const before = new Map<string, Title[]>(), after = new Map<string, Title[]>(), counterparts = new Map<string, Title[]>();
  const connectors = new Map<string, string[][]>();
  const particles = new Set<string>(), notNames = new Set<string>();
  const hanBefore: string[] = [], hanAfter: string[] = [];
  const allBefore: string[] = [], prepositions = new Map<string, Set<string>>(), titleSuffixes: string[] = [];
  const thaiWords: ThaiWords = { clauseWords: [], functionWords: new Set(), notNameStarts: [] };
  const hanVerbs: string[] = [];
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
    thaiWords.clauseWords.push(...d.clauseWords.filter((w) => !HAN_VERB.test(w)));
    hanVerbs.push(...d.clauseWords.filter((w) => HAN_VERB.test(w)));
    d.functionWords.forEach((w) => thaiWords.functionWords.add(w));
    thaiWords.notNameStarts.push(...d.notNameStarts);
    for (const w of d.roleWords) for (const t of tokenize(w)) roleWords.add(t.key);
  }
  const vietSurnames = new Set<string>(), vietSurnamesMarked = new Set<string>(), blockers = new Set<string>();
  for (const d of entityData().values()) {
    d.surnames.forEach((s) => { vietSurnames.add(fold(s)); vietSurnamesMarked.add(s.toLowerCase().normalize("NFC")); });
    d.shortNameBlockers.forEach((b) => blockers.add(b));
  }
  const alt = (l: string[]) => l.sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  tables = {
    before, counterparts, after, connectors, particles, notNames, vietSurnames, vietSurnamesMarked, blockers, allBefore, prepositions, titleSuffixes, thaiWords, roleWords, between,
    hanVerbs: [...new Set(hanVerbs)].sort((a, b) => b.length - a.length),
    hangulTitleSuffixes: [...new Set(titleData().get("ko")?.after ?? [])].filter((t) => /^[\uAC00-\uD7A3]{2,}$/.test(t) && !["대표", "여사"].includes(t)),
    hanTitles: hanBefore.length + hanAfter.length ? new RegExp(`(?:${alt([...new Set([...hanBefore, ...hanAfter])])})`, "gu") : null,
    hanBefore: new Set(hanBefore), hanAfter: new Set(hanAfter),
    modifierEnd: modifierEndings.length ? new RegExp(`(?:${alt([...new Set(modifierEndings)])})$`, "u") : null,
    honorificBefore: honorifics.length ? new RegExp(`(?:^|[\\s(,;:])((?:${alt([...new Set(honorifics)])})\\s+)$`, "u") : null,
  };
  return tables;
}

export function titleAt(text: string, tokens: Token[], i: number, map: Map<string, Title[]>): number {
  const t = tokens[i];
  const cands = (memoOf(t, map) ?? remember(t, map, [t.key, ...t.alts].flatMap((k) => map.get(k) ?? []))) as Title[];
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
    const hit = memoOf(t, SUFFIXED) ?? remember(t, SUFFIXED, [personTables().titleSuffixes.some((x) => t.key.length >= x.length + 4 && t.key.endsWith(x))]);
    if (hit[0]) return 1;
  }
  return 0;
}
const SUFFIXED = {};

/** What this word was found to hold for a title table (see WordMemo), or undefined before the first look. */
function memoOf(t: Token, table: object): unknown[] | undefined {
  const tables = t.memo.titleTables;
  if (tables) for (let k = 0; k < tables.length; k++) if (tables[k] === table) return t.memo.titles![k];
  return undefined;
}

function remember<T>(t: Token, table: object, list: T[]): T[] {
  (t.memo.titleTables ??= []).push(table);
  (t.memo.titles ??= []).push(list);
  return list;
}

// Malay honorifics spell a clipped word with an apostrophe inside the title (`Dato' Sri`).
const TITLE_APOSTROPHE = /^['’] $/u;

/** Token indexes where a title (`President`, `Thủ tướng`) begins. */
export function titleStartsIn(text: string, tokens: Token[]): Set<number> {
  const p = personTables();
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (titleAt(text, tokens, i, p.before)) out.add(i);
  return out;
}
