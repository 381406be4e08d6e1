// One index over every name the recogniser knows: countries (Node's Intl.DisplayNames for every
// region × supported language, plus data/countries-extra.tsv and per-language demonyms),
// organisations, agreements/initiatives and places. Built once per process. Word-separated scripts
// are indexed by the key of their first token; scripts written without spaces (Han, Kana, Thai…)
// by their first character.
import type { EntityType } from "../../model.ts";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { languages, readDataFile } from "../../lang/registry.ts";
import { fold } from "../../util/text.ts";
import { makeRef } from "../../resolve/entities.ts";
import { tokenize, type Token } from "./tokens.ts";
import { dataRows, entityData, splitNames } from "./tables.ts";
import { regionName, regionNames, stateCodes } from "./regions.ts";

export interface Entry {
  type: EntityType;
  ref: string;
  /** Canonical display name. */
  name: string;
  /** The name as listed. */
  surface: string;
  keys: string[];
  /** Letters must match with exact case (acronyms: `RoK`, `UN`, `US`). */
  exact: boolean;
  /** The text must start with a capital where the listed name does. */
  capital: boolean;
  /** Accents must match too (short names such as `Mỹ` vs `My`). */
  accents: boolean;
  demonym: boolean;
  /** Only in documents of this language (names that are common words elsewhere). */
  language?: string;
  /** For places: ISO country. */
  country?: string;
}

export interface Gazetteer {
  byFirstKey: Map<string, Entry[]>;
  /** Names in scripts without spaces, by first character, longest first. */
  byFirstChar: Map<string, Entry[]>;
  /** Acronym (exact case) → entry, for acronyms defined or used in texts. */
  acronyms: Map<string, Entry>;
  /** Folded name → ISO country, for places. */
  placeCountries: Map<string, string>;
  /** Language → folded country names that are ordinary words in it. */
  commonWords: Map<string, Set<string>>;
}

// Not countries: codes for unions, reserved and withdrawn codes; and EH, a disputed territory news
// names as a region (data/places.tsv lists it as one).
const NO_SPACE = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

let built: Gazetteer | null = null;

export function isAcronymLike(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  const caps = letters.replace(/[^\p{Lu}]/gu, "").length;
  return caps >= 2 && !/\s/.test(s.trim()) && letters.length <= 8;
}

/** `Myanmar (Burma)` → `Myanmar`, `Burma`; `Bosnia & Herzegovina` → also `Bosnia and Herzegovina`; `Congo - Kinshasa` → `Congo-Kinshasa`. */
function variants(name: string): string[] {
  const out = new Set<string>();
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  const bases = m ? [m[1], m[2]] : [name];
  for (const b of bases) {
    const t = b.trim();
    if (!t) continue;
    out.add(t);
    if (t.includes("&")) out.add(t.replace(/&/g, "and"));
    if (/ - /.test(t)) out.add(t.replace(/ - /g, "-"));
  }
  return [...out];
}

export function gazetteer(): Gazetteer {
  if (built) return built;
  const file = cacheFile();
  const cached = file ? readCache(file) : null;
  built = cached ?? buildGazetteer(file);
  return built;
}

// The index costs ~150 ms of CPU to build (every region name in every language, tokenised), and
// every worker thread and process needs it: it is written once to a cache file named by a hash of
// everything it is made from (data tables, language files, ICU version, and how words are keyed),
// and later processes load it in a few milliseconds.
const CACHE_VERSION = "1";
const KEY_PROBES = ["Việt Nam", "한국은", "Вьетнама", "وفيتنام", "Zuid-Korea", "U.S.", "ASEAN-Korea", "中国"];

function cacheFile(): string | null {
  if (process.env.ATTACHE_NO_GAZETTEER_CACHE) return null;
  try {
    const h = createHash("sha1");
    h.update(CACHE_VERSION).update(process.versions.icu ?? "").update(process.version);
    // The code that builds the index is part of what it is made from: the running file is the
    // bundle (dist/); under tsx, every source module, since the index's helpers live in other files
    // (hashing this one alone let worktrees share a stale index after a change to one of them).
    const self = fileURLToPath(import.meta.url);
    for (const file of self.endsWith(".ts") ? sourceFiles(join(dirname(self), "..", "..")) : [self]) h.update(readFileSync(file));
    for (const name of ["organizations.tsv", "agreements.tsv", "places.tsv", "countries-extra.tsv"]) h.update(readDataFile(name));
    h.update(JSON.stringify([...entityData()]));
    h.update(JSON.stringify(KEY_PROBES.map((p) => tokenize(p).map((t) => [t.key, t.alts]))));
    return join(tmpdir(), `attache-gazetteer-${h.digest("hex").slice(0, 16)}.json`);
  } catch {
    return null;
  }
}

/** Every `.ts` file under a folder, in a stable order. */
function sourceFiles(root: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".ts")) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

interface Cached { entries: Entry[]; places: [string, string][] }

function readCache(file: string): Gazetteer | null {
  let c: Cached;
  try { c = JSON.parse(readFileSync(file, "utf8")) as Cached; } catch { return null; }
  if (!Array.isArray(c.entries) || !Array.isArray(c.places)) return null;
  const g = emptyGazetteer();
  for (const e of c.entries) index(g, e);
  sortLists(g);
  for (const [k, v] of c.places) g.placeCountries.set(k, v);
  return g;
}

function writeCache(file: string, entries: Entry[], g: Gazetteer): void {
  try {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(tmp, JSON.stringify({ entries, places: [...g.placeCountries] } satisfies Cached));
    renameSync(tmp, file);
  } catch { /* a read-only temp dir only costs the next process the build */ }
}

function emptyGazetteer(): Gazetteer {
  const g: Gazetteer = { byFirstKey: new Map(), byFirstChar: new Map(), acronyms: new Map(), placeCountries: new Map(), commonWords: new Map() };
  for (const [lang, d] of entityData()) if (d.commonWords.length) g.commonWords.set(lang, new Set(d.commonWords.map(fold)));
  return g;
}

function index(g: Gazetteer, entry: Entry): void {
  const s = entry.surface;
  const map = NO_SPACE.test(s) ? g.byFirstChar : g.byFirstKey;
  const first = NO_SPACE.test(s) ? s[0] : entry.keys[0];
  const list = map.get(first) ?? [];
  list.push(entry);
  map.set(first, list);
  if (entry.exact && !g.acronyms.has(s)) g.acronyms.set(s, entry);
}

function sortLists(g: Gazetteer): void {
  for (const list of [...g.byFirstKey.values(), ...g.byFirstChar.values()]) {
    list.sort((a, b) => (b.keys.length - a.keys.length) || (b.surface.length - a.surface.length));
  }
}

function buildGazetteer(file: string | null): Gazetteer {
  const entries: Entry[] = [];
  const g = emptyGazetteer();
  const seen = new Set<string>();
  const data = entityData();
  const stop = new Map<string, Set<string>>();
  for (const [lang, d] of data) stop.set(lang, new Set(d.notCountryNames));
  const langRestricted = (lang: string, name: string): boolean => stop.get(lang)?.has(name) ?? false;

  const add = (type: EntityType, key: string, name: string, surface: string, opts: Partial<Entry> = {}) => {
    const s = surface.trim();
    if (!s) return;
    // A name kept to one language's documents (`Vietnams` in German and in Dutch) is one entry per language.
    const dedupe = `${type}\u0000${s}\u0000${opts.language ?? ""}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    const keys = NO_SPACE.test(s) ? [s] : tokenize(s).map((t) => t.key);
    if (!keys.length) return;
    const folded = fold(s).replace(/ /g, "");
    const entry: Entry = {
      type, ref: makeRef(type, key), name, surface: s, keys,
      exact: isAcronymLike(s),
      capital: /^\p{Lu}/u.test(s),
      // A Latin name of three letters or fewer must match its diacritics even when it has none: in Vietnamese
      // the tone marks tell words apart (`Nga` is Russia, `ngà` ivory; `Anh` Britain, `Ánh` a name).
      accents: keys.length === 1 && /^\p{Script=Latin}+$/u.test(s) && (folded.length <= 3 || (folded.length <= 4 && s.normalize("NFD") !== folded && /[\p{M}đĐ]/u.test(s.normalize("NFD")))),
      demonym: false,
      ...opts,
    };
    entries.push(entry);
    index(g, entry);
  };

  // Tables first: their spellings win over generated ones.
  for (const [key, en, names] of dataRows("organizations.tsv", 3)) {
    for (const n of [en, ...splitNames(names)]) add("organization", key, en, n);
  }
  for (const [type, key, en, names] of dataRows("agreements.tsv", 4)) {
    if (type !== "agreement" && type !== "initiative" && type !== "event_series") throw new Error(`attache: data/agreements.tsv: unknown type ${type}`);
    for (const n of [en, ...splitNames(names)]) add(type, key, en, n);
  }
  for (const [en, country, _kind, names] of dataRows("places.tsv", 3)) {
    const iso = country && country !== "-" ? country : undefined;
    for (const n of [en, ...splitNames(names)]) {
      add("place", en, en, n, { country: iso });
      if (iso) g.placeCountries.set(fold(n), iso);
    }
  }
  const enNames = regionNames("en"), shortEn = regionNames("en", "short");
  const display = (code: string) => variants(regionName(shortEn, code) ?? regionName(enNames, code) ?? code).at(-1) ?? code;
  for (const [code, names] of dataRows("countries-extra.tsv", 2)) {
    for (const n of splitNames(names)) add("country", code, display(code), n);
  }
  const codes = stateCodes();
  for (const lang of ["en", ...languages().filter((l) => l !== "en")]) {
    const long = regionNames(lang), short = regionNames(lang, "short");
    if (!long || !short) continue;
    for (const code of codes) {
      for (const raw of new Set([regionName(long, code), regionName(short, code)])) {
        if (!raw) continue;
        for (const n of variants(raw)) {
          if (langRestricted(lang, n)) continue;
          add("country", code, display(code), n);
        }
      }
    }
  }
  // Arabic calls a state by its nisba adjective (`وزير الخارجية البولندي`, `الرئيسة الفنلندية`).
  const ar = regionNames("ar");
  for (const code of codes) for (const n of arabicNisbas(regionName(ar, code) ?? "")) add("country", code, display(code), n, { demonym: true, language: "ar" });
  for (const [lang, d] of data) {
    for (const [code, forms] of Object.entries(d.demonyms)) {
      for (const f of forms) {
        const stems = f.endsWith("*") ? d.demonymEndings.map((e) => f.slice(0, -1) + e) : [f];
        for (const s of stems) add("country", code, display(code), s, { demonym: true });
      }
    }
    for (const [code, forms] of Object.entries(d.countryNames)) for (const f of forms) add("country", code, display(code), f, { language: lang });
    // Names listed as ambiguous still count in documents of their own language.
    if (!d.notCountryNames.length) continue;
    const names = regionNames(lang);
    if (!names) continue;
    const wanted = new Set(d.notCountryNames);
    for (const code of codes) {
      const l = regionName(names, code);
      if (!l) continue;
      for (const v of variants(l)) if (wanted.has(v)) add("country", code, display(code), v, { language: lang });
    }
  }
  // `Deutschlands`, `Vietnams`: one-word names with the language's own endings, in its documents only.
  for (const [lang, d] of data) {
    if (!d.nameEndings.length) continue;
    const names = regionNames(lang);
    if (!names) continue;
    for (const code of codes) {
      const l = regionName(names, code);
      if (!l) continue;
      for (const v of variants(l)) {
        if (/\s/u.test(v) || langRestricted(lang, v)) continue;
        for (const e of d.nameEndings) if (!v.endsWith(e)) add("country", code, display(code), v + e, { language: lang });
      }
    }
  }
  sortLists(g);
  if (file) writeCache(file, entries, g);
  return g;
}

/**
 * The nisba adjectives of a one-word Arabic country name, masculine and feminine: the article, the
 * stem without its final `ا`, `يا`, `ة` or `ية`, then `ي`/`ية` (`بولندا` → `البولندي`, `اليابان` →
 * `اليابانية`, `سنغافورة` → `السنغافوري`). Names ending in `ي` are left out: their nisba is often
 * a common word (`مالي` → `المالي` "financial").
 */
export function arabicNisbas(name: string): string[] {
  const bare = name.replace(/\p{M}/gu, "");
  if (!/^\p{sc=Arabic}+$/u.test(bare) || bare.endsWith("ي")) return [];
  const stem = bare.replace(/^ال/u, "").replace(/(?:يا|ية|ا|ة)$/u, "");
  if ([...stem].length < 2) return [];
  const out = [`ال${stem}ي`, `ال${stem}ية`];
  // Central Asian `-stan` countries are named by the people's name (`قيرغيزستان` → `القيرغيزي`,
  // `طاجيكستان` → `الطاجيكي`); a short people's name (`باك` of Pakistan) is no such word.
  const people = stem.replace(/ستان$/u, "");
  if (people !== stem && [...people].length >= 4) out.push(`ال${people}ي`, `ال${people}ية`);
  return out;
}

/** The ISO country a place lies in (`Kuala Lumpur` → `MY`), when the places table knows it. */
export function placeCountry(name: string): string | null {
  return gazetteer().placeCountries.get(fold(name)) ?? null;
}

const DASH = /[-–—‐‑]/u;
const SPACED_DASH = /^\s?[-–—‐‑]\s?$/u;

/**
 * A name written with a dash may be written with any dash, spaced or not (`Папуа — Новая Гвинея`,
 * `Папуа - Новой Гвинеи`, `Папуа-Новая Гвинея`): only inside such a name is an em dash a join, since
 * elsewhere it sets two names apart (`Trump — Putin`).
 */
function dashedGap(text: string, a: Token, b: Token, entry: Entry): boolean {
  return DASH.test(entry.surface) && SPACED_DASH.test(text.slice(a.end, b.start));
}

const SHORT_CAPITAL = /[\s\-‐–]\p{Lu}\p{L}?(?:$|[\s\-‐–])/u;

/** Whether a token sequence starting at `i` spells `entry` (keys, joins, case and accents). */
export function entryMatchesAt(text: string, tokens: Token[], i: number, entry: Entry, joinable: (a: Token, b: Token) => boolean, limit = tokens.length): number {
  const n = entry.keys.length;
  if (i + n > limit) return -1;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    const last = k === n - 1;
    // Korean particles end the last word; Arabic prefixes (`و`, `ب`, `ل`) start the first one.
    if (t.key !== entry.keys[k] && !((last || (k === 0 && t.script === "arabic")) && t.alts.includes(entry.keys[k]))) return -1;
    if (k > 0 && !joinable(tokens[i + k - 1], t) && !dashedGap(text, tokens[i + k - 1], t, entry)) return -1;
  }
  const surface = text.slice(tokens[i].start, tokens[i + n - 1].end);
  if (entry.exact && surface.replace(/[^\p{L}\p{N}]/gu, "") !== entry.surface.replace(/[^\p{L}\p{N}]/gu, "")) return -1;
  if (entry.capital && !tokens[i].upper && tokens[i].script !== "cjk") return -1;
  if (entry.accents && surface.normalize("NFC").toLowerCase() !== entry.surface.normalize("NFC").toLowerCase()) return -1;
  // A capitalised word of one or two letters inside a longer name (`Trung Á`) is a French or Spanish
  // preposition when written in lower case (`Le Hoai Trung à Paris`): a name keeps its capitals.
  if (n > 1 && SHORT_CAPITAL.test(entry.surface)) {
    const words = entry.surface.split(/[\s\-‐–]+/u);
    for (let k = 1; k < n && k < words.length; k++) {
      if (/^\p{Lu}\p{L}?$/u.test(words[k]) && tokens[i + k].script === "latin" && !tokens[i + k].upper) return -1;
    }
  }
  return n;
}
