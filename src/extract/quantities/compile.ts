// Turns a language's numbers.json into the regexes and tables the engine runs. Built once per
// language per process (never per sentence), then cached.
import type { LanguageCode } from "../../model.ts";
import { loadDimension } from "../../lang/registry.ts";
import { validateNumbers, type NumbersData, type Script } from "./data.ts";
import { UNIVERSAL_CURRENCIES } from "./universal.ts";

export type VocabKind = "word" | "unit" | "scale";

export interface Compiled {
  code: LanguageCode;
  data: NumbersData;
  /** Digits (ASCII after normalisation) or any numeral/unit/scale word. */
  atoms: RegExp;
  vocab: Map<string, { kind: VocabKind; value: number }>;
  weak: Set<string>;
  bareUnits: Set<string>;
  /** Any numeral or ordinal word: the cheap pre-check for sentences without digits. */
  trigger: RegExp;
  /** What may stand between two atoms of one numeral. */
  gap: RegExp;
  currencyBefore: RegExp | null;
  currencyAfter: RegExp | null;
  currencies: Map<string, string>;
  moneyScaleAfter: RegExp | null;
  percentBefore: RegExp | null;
  percentAfter: RegExp | null;
  multipleBefore: RegExp | null;
  multipleAfter: RegExp | null;
  approxBefore: RegExp | null;
  approxAfter: RegExp | null;
  lowerBefore: RegExp | null;
  lowerAfter: RegExp | null;
  yearBefore: RegExp | null;
  yearAfter: RegExp | null;
  /** Local-era years ahead of the common era (Thai Buddhist Era 2567 = 2024); 0 when none. */
  eraYearOffset: number;
  ordinalBefore: RegExp | null;
  ordinalAfter: RegExp | null;
  rangeGap: RegExp;
  /** `and` between the ends of a range opened by `between` / `tussen` / `entre`. */
  andGap: RegExp | null;
  rangePrefixBefore: RegExp | null;
  counterAfter: RegExp | null;
  /** `de` after `millones`: the counted noun follows it. */
  scaleLinkAfter: RegExp | null;
  counters: Map<string, "items" | "persons">;
  ranks: RegExp[];
  /** Rank patterns of bare superlatives, run only when `superlative` finds one of their words. */
  superRanks: RegExp[];
  superlative: RegExp | null;
  ordinals: Map<string, number>;
  /** Spans that are not quantities: dates, times, URLs, phone numbers. */
  masks: RegExp;
  /** The same without the month-name patterns, for the many sentences that name no month. */
  masksNoMonth: RegExp;
  /** Any month name, unanchored: a cheap test that picks between the two. */
  monthTrigger: RegExp | null;
  personNoun: RegExp | null;
  personPatterns: RegExp[];
  nounStops: Set<string>;
  nounHead: RegExp | null;
}

export const key = (s: string): string => s.toLowerCase().replace(/\s+/gu, " ").trim();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LETTER = /^[\p{L}\p{M}]/u;
const LETTER_END = /[\p{L}\p{M}]$/u;

/** One phrase as a regex source: escaped, with flexible inner whitespace. */
function phrase(item: string): string {
  return escape(item.trim()).replace(/\s+/g, "\\s+");
}

/**
 * An alternation of phrases, longest first, with word boundaries where the script has them. The
 * boundary lookarounds wrap whole buckets, not each phrase: per-phrase `\p{L}` lookbehinds make
 * V8 regexes many times slower.
 */
function alternation(items: Iterable<string>, script: Script, side: "both" | "left" = "both"): string | null {
  const list = [...new Set([...items].filter((s) => s.trim() !== ""))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  if (script === "unspaced") return list.map(phrase).join("|");
  const buckets = new Map<string, string[]>();
  for (const item of list) {
    const left = LETTER.test(item);
    const right = side === "both" && script === "spaced" && LETTER_END.test(item);
    const k = `${left ? 1 : 0}${right ? 1 : 0}`;
    if (!buckets.has(k)) buckets.set(k, []);
    buckets.get(k)!.push(phrase(item));
  }
  const out: string[] = [];
  for (const [k, alts] of buckets) {
    const body = `(?:${alts.join("|")})`;
    out.push(`${k[0] === "1" ? "(?<![\\p{L}\\p{M}])" : ""}${body}${k[1] === "1" ? "(?![\\p{L}\\p{M}])" : ""}`);
  }
  return out.join("|");
}

/**
 * The characters a phrase list can start or end with (both cases). Most numbers have none of
 * them next to them, so one Set lookup spares the regex run (which dominated the engine's time).
 */
const edgeChars = new WeakMap<RegExp, Edges>();

/**
 * Lower-cased first and last two characters of every phrase (one when the phrase is that short
 * or the pair holds a space, whose width varies in text). Checked before any regex runs.
 */
function edges(items: Iterable<string>): Edges {
  const e: Edges = { first: new Set(), first2: new Set(), last: new Set(), last2: new Set() };
  for (const raw of items) {
    const item = raw.trim().toLowerCase();
    if (!item) continue;
    const f2 = item.slice(0, 2);
    const l2 = item.slice(-2);
    if (item.length < 2 || /\s/u.test(f2)) e.first.add(item[0]!);
    else e.first2.add(f2);
    if (item.length < 2 || /\s/u.test(l2)) e.last.add(item[item.length - 1]!);
    else e.last2.add(l2);
  }
  return e;
}

interface Edges { first: Set<string>; first2: Set<string>; last: Set<string>; last2: Set<string> }

/** `(?:alt)\s*$`: the phrase ends right before the tested position. */
function before(items: Iterable<string>, script: Script): RegExp | null {
  const list = [...items];
  const alt = alternation(list, script);
  if (!alt) return null;
  const re = beforeRegex(alt);
  edgeChars.set(re, edges(list));
  endings.set(re, { items: list, script, narrowed: new Map() });
  return re;
}

const beforeRegex = (alt: string): RegExp => new RegExp(`(?:${alt})[\\s\\u00a0\\u202f]*$`, "iu");

/**
 * The phrases of a `*Before` regex, for narrowing it to the few that end the way the text does.
 * A phrase found by `matchBefore` ends at the last non-space before the position, so only phrases
 * whose last one or two (lower-cased) characters are the text's can match; the full alternation
 * tried at each of the window's 28 start positions cost ~15 µs a run, the narrowed one a fraction.
 */
interface Endings { items: string[]; script: Script; narrowed: Map<string, RegExp | null> }
const endings = new WeakMap<RegExp, Endings>();

/** The `*Before` regex cut down to phrases ending in `last` (one character) or `last2` (two). */
function narrowed(re: RegExp, last: string, last2: string | null): RegExp | null {
  const info = endings.get(re);
  if (!info) return re;
  const k = `${last}\u0000${last2 ?? ""}`;
  let out = info.narrowed.get(k);
  if (out !== undefined) return out;
  const subset = info.items.filter((raw) => {
    const item = raw.trim().toLowerCase();
    if (!item) return false;
    const l2 = item.slice(-2);
    return item.length < 2 || /\s/u.test(l2) ? item[item.length - 1] === last : l2 === last2;
  });
  const alt = alternation(subset, info.script);
  out = alt ? beforeRegex(alt) : null;
  info.narrowed.set(k, out);
  return out;
}

/** Sticky `\s*(alt)`: the phrase starts at lastIndex (after optional space). */
function after(items: Iterable<string>, script: Script): RegExp | null {
  const list = [...items];
  // Agglutinative suffixes glue onto Hangul scale words too (`4만여 명`), so no left edge there.
  const alt = alternation(list, script === "agglutinative" ? "unspaced" : script);
  if (!alt) return null;
  const re = new RegExp(`[\\s\\u00a0\\u202f]*(?:${alt})`, "iuy");
  edgeChars.set(re, edges(list));
  return re;
}

function withEdges(re: RegExp, items: readonly string[]): RegExp {
  edgeChars.set(re, edges(items));
  return re;
}

const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || (c >= 9 && c <= 13);

function monthNames(code: LanguageCode, extra: string[]): string[] {
  const out = new Set<string>(extra.map(key));
  try {
    const styles: Intl.DateTimeFormatOptions[] = [{ month: "long" }, { month: "short" }, { month: "long", day: "numeric" }];
    for (const style of styles) {
      const fmt = new Intl.DateTimeFormat(code, { ...style, timeZone: "UTC" });
      for (let m = 0; m < 12; m++) {
        const part = fmt.formatToParts(new Date(Date.UTC(2020, m, 4))).find((p) => p.type === "month");
        if (!part) continue;
        const name = key(part.value.replace(/\.$/, ""));
        // Numeric month forms (`4월`, `4月`) are covered by the language's date patterns.
        if (name.length > 1 && !/\d/.test(name)) out.add(name);
      }
    }
  } catch {
    // A runtime without this locale: the data file's own month list still applies.
  }
  return [...out];
}

const GENERIC_MASKS = [
  // E-mail addresses need no pattern: their digits touch letters and read as codes anyway.
  String.raw`https?://\S+|www\.\S+`,
  String.raw`\+\d{1,3}[\d\s().-]{6,}\d`,
  String.raw`(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)`,
  String.raw`(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])`,
  String.raw`(?<![\d:])\d{1,2}[:h]\d{2}(?::\d{2})?(?![\d:])`,
];

function compile(code: LanguageCode, data: NumbersData): Compiled {
  const { script } = data;
  const vocab = new Map<string, { kind: VocabKind; value: number }>();
  for (const [w, v] of Object.entries(data.words)) vocab.set(key(w), { kind: "word", value: v });
  for (const [w, v] of Object.entries(data.units)) vocab.set(key(w), { kind: "unit", value: v });
  for (const [w, v] of Object.entries(data.scales)) vocab.set(key(w), { kind: "scale", value: v });

  const digits = data.groupSpaces
    ? String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*`
    : String.raw`\d+(?:[.,]\d+)*`;
  const vocabAlt = [...vocab.keys()].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "\\s+"));
  const atomSrc = vocabAlt.length ? `(?<d>${digits})|(?<w>${vocabAlt.join("|")})` : `(?<d>${digits})`;

  const joinAlt = data.joiners.map((j) => escape(j)).join("|");
  const gap = new RegExp(`^(?:[\\s\\u00a0\\u202f]*|[\\s\\u00a0\\u202f]*-[\\s\\u00a0\\u202f]*${joinAlt ? `|[\\s\\u00a0\\u202f]*(?:${joinAlt})[\\s\\u00a0\\u202f]*` : ""})$`, "iu");

  const currencies = new Map<string, string>();
  for (const [k, v] of Object.entries(UNIVERSAL_CURRENCIES)) currencies.set(key(k), v);
  for (const [k, v] of Object.entries(data.currencies)) currencies.set(key(k), v);
  const counters = new Map(Object.entries(data.counters).map(([k, v]) => [key(k), v] as const));
  const ordinals = new Map(Object.entries(data.ordinals).map(([k, v]) => [key(k), v] as const));

  const connectors = alternation(data.rangeConnectors, script) ?? "-|–|—";
  const rangeGap = new RegExp(`^[\\s\\u00a0\\u202f]*(?:${connectors})[\\s\\u00a0\\u202f]*$`, "iu");

  // {ORD}: an ordinal word, or digits carrying an ordinal marker; {NUM}: digits or a cardinal word.
  const ordWords = alternation(ordinals.keys(), script, "left");
  const preMarks = data.ordinalMarkers.prefix.map((m) => escape(m).replace(/\s+/g, "\\s*")).join("|");
  const sufMarks = data.ordinalMarkers.suffix.map(escape).join("|");
  const ordDigits = [sufMarks ? `\\d+(?:${sufMarks})` : null, preMarks ? `(?:${preMarks})\\s*\\d+` : null].filter(Boolean).join("|");
  const ordSrc = [ordDigits, ordWords].filter(Boolean).join("|") || "(?!)";
  const numWords = alternation(Object.keys(data.words), script, "left");
  const numSrc = numWords ? `\\d+|${numWords}` : "\\d+";
  const numbered = (p: string) => p.includes("{ORD}") || p.includes("{NUM}") || p.includes("(?<ord>") || p.includes("(?<num>");
  const ranks = data.rankPatterns.filter(numbered).map(
    (p) => new RegExp(p.replace("{ORD}", `(?<ord>${ordSrc})`).replace("{NUM}", `(?<num>${numSrc})`), "giu"),
  );
  // Lookbehind-led superlative patterns are slow to scan; a plain word test gates them.
  const superRanks = data.rankPatterns.filter((p) => !numbered(p))
    .map((p) => new RegExp(p, "giu"));
  const superlative = data.superlatives.length ? new RegExp(data.superlatives.map((w) => phrase(w)).join("|"), "iu") : null;

  const monthList = monthNames(code, data.months);
  const months = alternation(monthList, script);
  const langMasks = data.datePatterns
    .filter((p) => months !== null || !p.includes("{MONTH}"))
    .map((p) => p.replaceAll("{MONTH}", `(?:${months})`));
  const masks = new RegExp([...GENERIC_MASKS, ...langMasks].join("|"), "giu");
  const masksNoMonth = new RegExp([...GENERIC_MASKS, ...data.datePatterns.filter((p) => !p.includes("{MONTH}"))].join("|"), "giu");
  const monthTrigger = monthList.length
    ? new RegExp(monthList.sort((a, b) => b.length - a.length).map((m) => escape(m).replace(/\s+/g, "\\s+")).join("|"), "iu")
    : null;

  const person = alternation(data.personNouns, script);
  return {
    code,
    data,
    atoms: new RegExp(atomSrc, "giu"),
    trigger: new RegExp([...vocabAlt, ...[...ordinals.keys(), ...data.superlatives].map(escape)].join("|") || "(?!)", "iu"),
    vocab,
    weak: new Set(data.weakWords.map(key)),
    bareUnits: new Set(data.bareUnits.map(key)),
    gap,
    currencyBefore: before(currencies.keys(), script),
    currencyAfter: after(currencies.keys(), script),
    currencies,
    moneyScaleAfter: after(Object.keys(data.moneyScales), script),
    percentBefore: before(data.percent.prefix, script),
    percentAfter: after(data.percent.suffix, script),
    multipleBefore: before(data.multiple.prefix, script),
    multipleAfter: after(data.multiple.suffix, script),
    approxBefore: before(data.approximate.prefix, script),
    approxAfter: after(data.approximate.suffix, script),
    lowerBefore: before(data.lowerBound.prefix, script),
    lowerAfter: after(data.lowerBound.suffix, script),
    yearBefore: before(data.year.prefix, script),
    yearAfter: after(data.year.suffix, script),
    eraYearOffset: data.eraYearOffset,
    ordinalBefore: before(data.ordinalMarkers.prefix, script),
    ordinalAfter: data.ordinalMarkers.suffix.length
      ? withEdges(new RegExp(`(?:${data.ordinalMarkers.suffix.map((s) => escape(s) + (LETTER_END.test(s) && script !== "unspaced" ? "(?![\\p{L}\\p{M}])" : "")).join("|")})`, "iuy"), data.ordinalMarkers.suffix)
      : null,
    rangeGap,
    andGap: joinAlt ? new RegExp(`^[\\s\\u00a0\\u202f]+(?:${joinAlt})[\\s\\u00a0\\u202f]+$`, "iu") : null,
    rangePrefixBefore: before(data.rangePrefixes, script),
    counterAfter: after(counters.keys(), script === "spaced" ? "spaced" : "unspaced"),
    scaleLinkAfter: after(data.scaleLinks, script),
    counters,
    ranks,
    superRanks,
    superlative,
    ordinals,
    masks,
    masksNoMonth,
    monthTrigger,
    personNoun: person ? new RegExp(`(?:${person})`, "iu") : null,
    personPatterns: data.personNounPatterns.map((p) => new RegExp(p, "u")),
    nounStops: new Set(data.nounStops.map(key)),
    nounHead: data.nounHead ? new RegExp(data.nounHead, "u") : null,
  };
}

const compiled = new Map<LanguageCode, Compiled | null>();

/** The compiled number knowledge of a language, or null when it has no numbers.json. */
export function compiledLanguage(code: LanguageCode): Compiled | null {
  const hit = compiled.get(code);
  if (hit !== undefined) return hit;
  const data = loadDimension("numbers", validateNumbers).get(code);
  const out = data ? compile(code, data) : null;
  compiled.set(code, out);
  return out;
}

/** The phrase a `*Before` regex matched ending at `pos`, as [start, matched key]. */
export function matchBefore(re: RegExp | null, text: string, pos: number): { start: number; text: string } | null {
  if (!re) return null;
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return null;
  // The text must end the way some phrase ends (compared in UTF-16 units, lower-cased).
  const e = edgeChars.get(re);
  let narrow = re;
  if (e) {
    const last = text[i - 1]!.toLowerCase();
    const last2 = i >= 2 ? text.slice(i - 2, i).toLowerCase() : null;
    const byLast = e.last.has(last);
    const byLast2 = last2 !== null && e.last2.has(last2);
    if (!byLast && !byLast2) return null;
    narrow = narrowed(re, byLast ? last : "", byLast2 ? last2 : null) ?? re;
  }
  // A `$`-anchored regex needs the window to end at `pos`; the slice is short and now rare.
  const from = Math.max(0, pos - 28);
  const m = narrow.exec(text.slice(from, pos));
  if (!m) return null;
  return { start: from + m.index, text: m[0] };
}

/** The phrase a sticky `*After` regex matched starting at `pos`. */
export function matchAfter(re: RegExp | null, text: string, pos: number): { end: number; text: string } | null {
  if (!re) return null;
  let i = pos;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return null;
  const e = edgeChars.get(re);
  if (e && !e.first.has(text[i]!.toLowerCase()) && !e.first2.has(text.slice(i, i + 2).toLowerCase())) return null;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  return { end: pos + m[0].length, text: m[0] };
}
