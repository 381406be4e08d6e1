// Countries named by one-character abbreviations in Chinese and Japanese compounds (`中柬关系`,
// `日米豪印首脳会議`, `柬泰边境`, `日米韓の連携`), and by Hangul syllables in Korean ones (`한미일 협력`, `한-베`). A single character is far too common to trust on its own
// (`中心`, `日本`, `美丽`), so only runs of two or more abbreviations count, and only when a
// relation word (data/han-country-abbreviations.tsv, `#heads`) or list punctuation follows.
import { readDataFile } from "../../lang/registry.ts";
import { makeRef, refKey } from "../../resolve/entities.ts";
import { englishCountryName } from "./regions.ts";
import type { Token } from "./tokens.ts";
import type { Span } from "./spans.ts";

interface AbbrevTables { iso: Map<string, string>; re: RegExp | null; hangul: Map<string, string>; hangulHeads: string[] }
let tables: AbbrevTables | null = null;

function abbrevTables(): AbbrevTables {
  if (tables) return tables;
  const iso = new Map<string, string>();
  let heads: string[] = [];
  const hangul = new Map<string, string>();
  let hangulHeads: string[] = [];
  for (const line of readDataFile("han-country-abbreviations.tsv").split("\n")) {
    const [a, b] = line.split("\t");
    if (a === "#heads") heads = (b ?? "").split("|").filter(Boolean);
    else if (a === "#hangulheads") hangulHeads = (b ?? "").split("|").map((x) => x.trim()).filter(Boolean);
    else if (a === "#hangul") for (const pair of (b ?? "").split("|")) { const [w, c] = pair.split(":"); if (w && c) hangul.set(w.trim(), c.trim()); }
    else if (a && !a.startsWith("#") && b && [...a].length === 1) iso.set(a, b.trim());
  }
  const chars = [...iso.keys()].join("");
  const alt = heads.sort((x, y) => y.length - x.length).join("|");
  // Before の or an opening bracket a run needs three countries (`日米韓の連携`, `日米豪印（クアッド）`):
  // two (`中米の`) are as often one word (Central America) as a pair.
  tables = { hangul, iso, re: chars && alt ? new RegExp(`[${chars}]{2,6}(?=${alt}|[、，,。・·与和と]|$)|[${chars}]{3,6}(?=[の（(「『【])`, "gu") : null, hangulHeads };
  return tables;
}

// Counters before a numbered meeting (`第16回日印…`, `第二次中美…`, `第十届中柬…`): the run of kanji
// after the number starts with one, then the countries.
const COUNTERS = /^[回次届期轮輪]/u;

/** Whether a would-be name is only country abbreviations (`日印`, `回日印`, `中柬`): a compound, no person. */
export function onlyCountryAbbreviations(name: string): boolean {
  const { iso } = abbrevTables();
  const rest = [...name.replace(COUNTERS, "")];
  return rest.length >= (COUNTERS.test(name) ? 1 : 2) && rest.every((c) => iso.has(c));
}

/** Whether one Han character abbreviates a country (`韩`, `美`): such a character before a title is the country's. */
export function isCountryAbbreviation(ch: string): boolean {
  return abbrevTables().iso.has(ch);
}

const HAN = /\p{sc=Han}/u;
const JOIN = /^[・·‧\-－–]$/u;
/** A letter of a word the abbreviation would be part of (`中心`, `日本`). */
const WORD_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{L}]/u;

/** Country spans for abbreviation compounds in Han text; `tokens` give the covering token. */
export function hanCountryAbbreviations(text: string, tokens: Token[], tokenAt: (offset: number) => number, countries: readonly Span[] = []): Span[] {
  const { iso, re } = abbrevTables();
  if (!re || !HAN.test(text)) return [];
  const out: Span[] = [];
  // `日・ウズベキスタン首脳会談`, `中-埃合作`: one abbreviation joined by a middle dot or hyphen to a
  // country named whole, at the start of a word, is a country too.
  for (const c of countries) {
    const before = c.start >= 2 && JOIN.test(text[c.start - 1]!) ? c.start - 2 : -1;
    const after = JOIN.test(text[c.end] ?? "") ? c.end + 1 : -1;
    for (const at of [before, after]) {
      const code = at >= 0 ? iso.get(text[at]!) : undefined;
      if (!code || code === refKey(c.ref) || (at === before && WORD_CHAR.test(text[at - 1] ?? "")) || (at === after && WORD_CHAR.test(text[at + 1] ?? ""))) continue;
      const i = tokenAt(at);
      if (i >= 0) out.push({ first: i, last: i, start: at, end: at + 1, type: "country", ref: makeRef("country", code), name: englishCountryName(code), source: "gazetteer" });
    }
  }
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    const i = tokenAt(at);
    if (i < 0) continue;
    const seen = new Set<string>();
    for (let k = 0; k < m[0].length; k++) {
      const code = iso.get(m[0][k])!;
      // `中中` is no compound of two countries.
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({ first: i, last: i, start: at + k, end: at + k + 1, type: "country", ref: makeRef("country", code), name: englishCountryName(code), source: "gazetteer" });
    }
  }
  return out;
}

/**
 * ISO codes of the Hangul country abbreviations among tokens [from, to] that stand in a compound:
 * joined by a hyphen or middle dot to the next or previous word (`한-태국`, `한·미`).
 */
export function hangulCompoundCountries(text: string, tokens: Token[], from: number, to: number): string[] {
  const { hangul } = abbrevTables();
  const out: string[] = [];
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && /^[-–‐·]$/u.test(text.slice(a.end, b.start));
  for (let i = from; i <= to && i < tokens.length; i++) {
    const code = hangul.get(tokens[i].text);
    if (code && (joined(tokens[i], tokens[i + 1]) || joined(tokens[i - 1], tokens[i]))) out.push(code);
  }
  return out;
}

/** A Hangul word split into two or more country abbreviations (`한미일` → 한, 미, 일), or null. */
function splitHangulCompound(word: string, hangul: Map<string, string>): { at: number; len: number; code: string }[] | null {
  const parts: { at: number; len: number; code: string }[] = [];
  for (let p = 0; p < word.length;) {
    const two = p + 2 <= word.length ? hangul.get(word.slice(p, p + 2)) : undefined, one = hangul.get(word[p]);
    if (two) { parts.push({ at: p, len: 2, code: two }); p += 2; }
    else if (one) { parts.push({ at: p, len: 1, code: one }); p += 1; }
    else return null;
  }
  return parts.length >= 2 && new Set(parts.map((x) => x.code)).size === parts.length ? parts : null;
}

/**
 * Country spans for Korean compounds: a word of abbreviations (`한미일`, `북미`, with a particle or
 * not) before a relation word, or abbreviations joined by a hyphen or middle dot (`한-베`, `한·미`)
 * where every member is one (`중·장기` "mid- and long-term" has one abbreviation only).
 */
export function hangulCountryAbbreviations(text: string, tokens: Token[], countryAt: (i: number) => boolean = () => false): Span[] {
  const { hangul, hangulHeads } = abbrevTables();
  const out: Span[] = [];
  const push = (i: number, at: number, len: number, code: string) =>
    out.push({ first: i, last: i, start: at, end: at + len, type: "country", ref: makeRef("country", code), name: englishCountryName(code), source: "gazetteer" });
  const joined = (a: Token, b: Token) => /^[-–‐·]$/u.test(text.slice(a.end, b.start));
  const bare = (t: Token) => [t.text, ...t.alts].find((w) => hangul.has(w));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.script !== "hangul") continue;
    // A chain joined by hyphens or middle dots; a country named whole may stand in it
    // (`한-카자흐스탄 정상회담`), as long as one member is an abbreviation.
    const member = (x: number) => !!bare(tokens[x]!) || countryAt(x);
    if (member(i) && i + 1 < tokens.length && joined(t, tokens[i + 1]) && (i === 0 || !joined(tokens[i - 1], t))) {
      let k = i;
      while (k + 1 < tokens.length && joined(tokens[k], tokens[k + 1]) && member(k + 1)) k++;
      if (k > i && (k + 1 >= tokens.length || !joined(tokens[k], tokens[k + 1]))) {
        const codes = new Set<string>();
        for (let x = i; x <= k; x++) {
          if (countryAt(x)) continue;
          const w = bare(tokens[x])!;
          if (!codes.has(hangul.get(w)!)) { codes.add(hangul.get(w)!); push(x, tokens[x].start, w.length, hangul.get(w)!); }
        }
      }
      i = k;
      continue;
    }
    // One word of abbreviations before a relation word (`한미일 협력`), or ending in one (`한일간`).
    for (const w of [t.text, ...t.alts]) {
      const head = hangulHeads.find((h) => w.length > h.length && w.endsWith(h) && splitHangulCompound(w.slice(0, -h.length), hangul));
      const core = head ? w.slice(0, -head.length) : w;
      const parts = splitHangulCompound(core, hangul);
      if (!parts) continue;
      const next = tokens[i + 1];
      const before = !!head || (!!next && /^ $/.test(text.slice(t.end, next.start)) && hangulHeads.some((h) => next.text === h || next.alts.includes(h) || (h.length >= 2 && next.text.startsWith(h))));
      if (!before) continue;
      for (const x of parts) push(i, t.start + x.at, x.len, x.code);
      break;
    }
  }
  return out;
}
