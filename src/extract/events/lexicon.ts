// Per-language event knowledge (lang/<code>/events.json) compiled once: meeting nouns and their
// types, ordinal patterns, and the small function words that link a meeting to its parties,
// place and destination. Words are literal; `*` stands for any run of letters (inflection);
// `…` stands for a short run of letters and marks inside an unspaced phrase: Thai puts the
// destination inside the noun (`การเยือนญี่ปุ่นอย่างเป็นทางการ`, official visit to Japan).
import { z } from "zod";
import type { EventType } from "../../model.ts";
import { loadDimension } from "../../lang/registry.ts";
import { escapeRegExp } from "../../util/text.ts";
import { factorAlternation } from "../../util/alternation.ts";

/** `visit` and `meeting` are generic nouns: they refer back to an event, never start one. */
export type NounType = EventType | "visit" | "meeting";

/**
 * strong: a meeting by itself (given any detail: ordinal, parties, date, place);
 * weak: only with an ordinal, named parties or a capital letter (`Dialogue`), or a `with` party;
 * fold: only as part of a visit in the same document (`signed` during a state visit);
 * anaphor: refers back to an event of the document (`the conference`, `the visit`);
 * leader: a visit word that is a visit of its type only when a head of state or government makes it
 * (`大統領が来日し`, `총리가 방한`): the sentence must name a leader's title before it.
 */
export type Strength = "strong" | "weak" | "fold" | "anaphor" | "leader";

const TYPES = ["summit", "ministerial", "senior_officials", "dialogue", "state_visit", "official_visit", "talks", "signing", "other", "visit", "meeting"] as const;

const NounSchema = z.object({
  type: z.enum(TYPES),
  words: z.array(z.string().min(1)).min(1),
  strength: z.enum(["strong", "weak", "fold", "anaphor", "leader"]).default("strong"),
  needs: z.enum(["with"]).optional(),
  /** A host receiving a guest (`received`, `ontving`, `استقبل`): the guest's visit to the host. */
  receives: z.boolean().optional(),
});

const words = z.array(z.string()).default([]);
const EventsFileSchema = z.object({
  nouns: z.array(NounSchema).min(1),
  ordinals: words,
  /** Spelled ordinals (`third`, `troisième`, `ketiga`) → their number. */
  ordinalWords: z.record(z.string().min(1), z.number().int().positive()).default({}),
  roman: z.boolean().default(false),
  continuous: z.boolean().default(false),
  capitalizedNames: z.boolean().default(false),
  /** Unspaced scripts: longest run of characters between an ordinal and its noun (Thai words are long). */
  maxNameGap: z.number().int().positive().default(24),
  with: words, between: words, and: words, articles: words,
  place: words, destination: words, of: words, attributive: words,
  /** English series names (`Joint Commission`) → the nouns that name one; the event is named after it. */
  labels: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  /** Place and destination words follow their noun (`インドネシアで`, `フィリピンを`, `한국에서`). */
  postpositional: z.boolean().default(false),
  /** Words right before a noun that make it an earlier meeting of the series (`la anterior cumbre`). */
  previous: words,
  /**
   * Close languages whose meeting nouns are read too (`id` reads Malay `lawatan rasmi`): a short
   * Malay report taken for Indonesian still names its meetings.
   */
  alsoRead: words,
  /** Visit words that name their destination (`来日`, `방한`, `访华`) → its ISO code. */
  /** Titles of heads of state and government (`大統領`, `首相`): who makes a `leader` visit word an event. */
  leaders: words,
  /**
   * Words for the leaders of states together (`首脳`, `정상`, `leaders`, `Staats- und Regierungschefs`,
   * `лидеры`): talks of leaders, told with one right before the talks noun or right after it
   * (`talks between the leaders`), are a summit — a bilateral summit when two countries meet.
   */
  summitLeaders: words,
  /**
   * Leaders who lead no state (`business leaders`, `líderes religiosos`, `лидеры бизнеса`, `企业领导人`):
   * phrases around a leaders word that make it no summit.
   */
  notSummitLeaders: words,
  /** The agent of a passive right after its verb (`received by`, `ontvangen door`): the host, not the guest. */
  passiveAgent: words,
  /**
   * `bilateral`, `dua hala`, `양자`, `双边`, `двусторонн*`: a talks noun with one names a bilateral meeting
   * of its own, an event beside the visit it is held during (`Dalam pertemuan bilateral itu`).
   */
  bilateral: words,
  /**
   * `밝혔다`, `said`, `a annoncé`: verbs of reporting. A day stated right with one (`외교부가 23일 밝혔다`,
   * `the ministry said on Friday`) is when the news was told, not when the meeting was held.
   */
  reporting: words,
  /**
   * `opened on Monday`, `khai mạc ngày 24`, `24日に開幕`: verbs saying a meeting began. A meeting of
   * several days is dated by its first day, even when the report leads with the day it closed.
   */
  opening: words,
  /**
   * `wrapped up`, `bế mạc`, `閉幕`: verbs saying a meeting closed. Only a report that tells of the
   * close is dated back to the opening day (`the summitry that began on 26 October` dates nothing else).
   */
  closing: words,
  /**
   * Verb-final languages: endings that make the visit a clause on the noun after it (`방한 중인 X`,
   * `来日中のX`): the visitor is then the person named after the visit, not the sentence's subject.
   */
  relative: words,
  /**
   * `private visit`, `transit`, `stopover`: words at or next to a visit noun that mark it as other
   * than an official visit; every other visit by a named person to another country is one. A working
   * visit (`werkbezoek`, `実務訪問`) is an official visit of lower protocol rank: an official_visit noun.
   */
  unofficial: words,
  impliedDestination: z.record(z.string().min(1), z.string().regex(/^[A-Z]{2}$/)).default({}),
});

export type EventsFile = z.infer<typeof EventsFileSchema>;

export interface NounEntry { type: NounType; strength: Strength; needs?: "with"; receives?: boolean; word: string; upper: boolean }

export interface EventLexicon {
  language: string;
  continuous: boolean;
  capitalizedNames: boolean;
  maxNameGap: number;
  /** Meeting nouns; for spaced scripts the character before a match must not be a letter or digit. */
  nounRe: RegExp;
  entries: NounEntry[];
  /** Lower-cased, space-collapsed literal word → entry; wildcard entries are tried in order. */
  byWord: Map<string, NounEntry>;
  wildcards: { re: RegExp; entry: NounEntry }[];
  ordinalRe: RegExp | null;
  /** Spelled ordinals, whole words; the lower-cased match is looked up in `ordinalWords`. */
  ordinalWordRe: RegExp | null;
  ordinalWords: Map<string, number>;
  roman: boolean;
  withRe: RegExp | null;
  /** Unspaced SVO scripts: `with` right after the verb (`หารือกับ`, discussed with). */
  withNextRe: RegExp | null;
  /** Text allowed between two parties of a series name, or between a meeting noun and its parties. */
  linkRe: RegExp;
  placeEndRe: RegExp | null;
  /** Postpositional languages: the place word right after a country (`で`, `에서`). */
  placeStartRe: RegExp | null;
  destinationStartRe: RegExp | null;
  destinationEndRe: RegExp | null;
  ofEndRe: RegExp | null;
  attributiveRe: RegExp | null;
  previousEndRe: RegExp | null;
  /** English series name of a matched noun, when the file gives one. */
  labels: { re: RegExp; label: string }[];
  /** Verb-final: place words follow their noun, and the visitor is the subject before the visit. */
  postpositional: boolean;
  /** A head of state's or government's title (`大統領`, `총리`). */
  leaderRe: RegExp | null;
  /** A reporting verb right after a day (`23일 밝혔다`), and one right before it (`said on Friday`). */
  reportingAfterRe: RegExp | null;
  reportingBeforeRe: RegExp | null;
  /** `bilateral`, `양자`, `双边`: tested on a talks noun's own words. */
  bilateralRe: RegExp | null;
  /** Words for leaders together (`首脳`, `leaders`), global: every one in a text. */
  summitLeadersRe: RegExp | null;
  notSummitLeadersRe: RegExp | null;
  passiveAgentRe: RegExp | null;
  /** Verbs saying a meeting began (`opened`, `khai mạc`, `開幕`), global: every one in a sentence. */
  openingRe: RegExp | null;
  closingRe: RegExp | null;
  /** `^\s*(중인|中の)`: the visit word modifies the noun after it. */
  relativeStartRe: RegExp | null;
  /** `private`, `transit`, `stopover`: a visit noun at or next to one is not an official visit. */
  unofficialRe: RegExp | null;
  /** `来日` → JP: the destination a word names by itself. */
  implied: { re: RegExp; country: string }[];
}

/** `외교부가 23일 밝혔다`, `said on Friday`: the day a reporting verb is stated with. */
export function reportingDay(lex: EventLexicon, text: string, d: { start: number; end: number }): boolean {
  return !!lex.reportingAfterRe?.test(text.slice(d.end, d.end + 12)) || !!lex.reportingBeforeRe?.test(text.slice(Math.max(0, d.start - 20), d.start));
}

/** `Ủy ban Liên Chính phủ` → `Intergovernmental Committee`; null when the noun has no series name. */
export function nounLabel(lex: EventLexicon, surface: string): string | null {
  return lex.labels.find((l) => l.re.test(surface))?.label ?? null;
}

function validate(raw: unknown, file: string): EventsFile {
  const r = EventsFileSchema.safeParse(raw);
  if (!r.success) throw new Error(`attache: ${file} is not a valid events file: ${r.error.message}`);
  return r.data;
}

function wordSource(w: string): string {
  const literal = (part: string) => part.split("*").map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("\\p{L}*");
  // Bounded so that a gap never runs past the phrase the noun belongs to.
  return w.split("…").map(literal).join("[\\p{L}\\p{M}]{1,30}?");
}

function alternation(list: string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(wordSource).join("|");
}

/** CJK numerals in ordinals (`第二十六次`). */
export function cjkNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0, current = 0;
  for (const ch of s) {
    if (ch in digit) current = digit[ch];
    else if (ch === "十") { total += (current || 1) * 10; current = 0; }
    else if (ch === "百") { total += (current || 1) * 100; current = 0; }
  }
  return total + current;
}

export function nounKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ");
}

function compile(language: string, f: EventsFile): EventLexicon {
  const lead = f.continuous ? "" : "(?<![\\p{L}\\p{N}])";
  const trail = f.continuous ? "" : "(?![\\p{L}])";
  const entries: NounEntry[] = [];
  for (const n of f.nouns) for (const w of n.words) {
    entries.push({ type: n.type, strength: n.strength, needs: n.needs, ...(n.receives ? { receives: true } : {}), word: w, upper: w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w) });
  }
  entries.sort((a, b) => b.word.length - a.word.length);
  // One alternation without capture groups (they make every position costly); the matched
  // word is looked up afterwards.
  // The leading word boundary is checked by the caller: a lookbehind at every position is slow.
  // Factored by first letters: the same matches, without trying every noun at every position.
  const nounRe = new RegExp(`(?:${factorAlternation(entries.map((e) => wordSource(e.word)), "giu")})${trail}`, "giu");
  const byWord = new Map<string, NounEntry>();
  const wildcards: { re: RegExp; entry: NounEntry }[] = [];
  for (const e of entries) {
    if (e.word.includes("*") || e.word.includes("…")) wildcards.push({ re: new RegExp(`^(?:${wordSource(e.word)})$`, "iu"), entry: e });
    else if (!byWord.has(nounKey(e.word))) byWord.set(nounKey(e.word), e);
  }
  const ord = f.ordinals.map((o) => o.replace(/\{N\}/g, "(\\d{1,3}|[一二三四五六七八九十百]+)"));
  const wordsRe = (list: string[], suffix = "") => list.length ? new RegExp(`${lead}(?:${alternation(list)})${suffix}`, "iu") : null;
  const article = f.articles.length ? `(?:(?:${alternation(f.articles)})\\s*)?` : "";
  const endRe = (list: string[]) => list.length ? new RegExp(`${lead}(?:${alternation(list)})\\s*${article}$`, "iu") : null;
  const startRe = (list: string[]) => list.length ? new RegExp(`^\\s*(?:${alternation(list)})`, "iu") : null;
  const link = [...f.between, ...f.and, ...f.articles];
  return {
    language,
    continuous: f.continuous,
    postpositional: f.postpositional,
    capitalizedNames: f.capitalizedNames,
    maxNameGap: f.maxNameGap,
    nounRe,
    entries,
    byWord,
    wildcards,
    ordinalRe: ord.length ? new RegExp(`${f.continuous ? "" : "(?<![\\p{L}\\p{N}])"}(?:${ord.join("|")})`, "giu") : null,
    // Always closed at the end: `الأول` (first) must not match inside `الأولويات` (priorities).
    ordinalWordRe: Object.keys(f.ordinalWords).length ? new RegExp(`${lead}(?:${alternation(Object.keys(f.ordinalWords))})(?![\\p{L}\\p{M}])`, "giu") : null,
    ordinalWords: new Map(Object.entries(f.ordinalWords).map(([k, v]) => [k.toLowerCase(), v])),
    roman: f.roman,
    withRe: wordsRe(f.with, trail),
    withNextRe: f.continuous && f.with.length ? new RegExp(`^\\s*(?:${alternation(f.with)})`, "iu") : null,
    linkRe: new RegExp(`^(?:[\\s\\-–—/+&·・、,()'’]|\\d{4}|${link.length ? alternation(link) : "(?!)"})*$`, "iu"),
    placeEndRe: f.postpositional ? null : endRe(f.place),
    placeStartRe: f.postpositional ? startRe(f.place) : null,
    destinationStartRe: f.postpositional ? startRe(f.destination) : null,
    destinationEndRe: f.postpositional ? null : endRe(f.destination),
    ofEndRe: endRe(f.of),
    previousEndRe: endRe(f.previous),
    labels: Object.entries(f.labels).map(([label, ws]) => ({ label, re: new RegExp(`^(?:${alternation(ws)})$`, "iu") })),
    leaderRe: wordsRe(f.leaders, trail),
    reportingAfterRe: f.reporting.length ? new RegExp(`^[\\s,]{0,3}(?:${alternation(f.reporting)})`, "iu") : null,
    reportingBeforeRe: f.reporting.length ? new RegExp(`${lead}(?:${alternation(f.reporting)})\\s*(?:\\p{L}{1,3}\\s+)?$`, "iu") : null,
    bilateralRe: f.bilateral.length ? new RegExp(`(?:${alternation(f.bilateral)})`, "iu") : null,
    summitLeadersRe: f.summitLeaders.length ? new RegExp(`${lead}(?:${alternation(f.summitLeaders)})${trail}`, "giu") : null,
    notSummitLeadersRe: f.notSummitLeaders.length ? new RegExp(`${lead}(?:${alternation(f.notSummitLeaders)})${trail}`, "giu") : null,
    passiveAgentRe: f.passiveAgent.length ? new RegExp(`^\\s+(?:${alternation(f.passiveAgent)})${trail}`, "iu") : null,
    relativeStartRe: startRe(f.relative),
    unofficialRe: wordsRe(f.unofficial, trail),
    closingRe: f.closing.length ? new RegExp(`${lead}(?:${alternation(f.closing)})${trail}`, "iu") : null,
    openingRe: f.opening.length ? new RegExp(`${lead}(?:${alternation(f.opening)})${trail}`, "giu") : null,
    implied: Object.entries(f.impliedDestination).map(([w, country]) => ({ country, re: new RegExp(`${lead}${wordSource(w)}${trail}`, "iu") })),
    attributiveRe: f.attributive.length ? new RegExp(`^[)\\]]?\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:${alternation(f.attributive)})${trail}`, "iu") : null,
  };
}

/** The file with the nouns and series names of the languages it also reads appended (its own win). */
function withCloseLanguages(f: EventsFile, files: Map<string, EventsFile>): EventsFile {
  const others = f.alsoRead.map((c) => files.get(c)).filter((x): x is EventsFile => !!x);
  if (!others.length) return f;
  const labels: Record<string, string[]> = {};
  for (const o of [...others, f]) for (const [k, ws] of Object.entries(o.labels)) labels[k] = [...(labels[k] ?? []), ...ws];
  return { ...f, nouns: [...f.nouns, ...others.flatMap((o) => o.nouns)], labels };
}

let compiled: Map<string, EventLexicon> | null = null;

export function eventLexicon(language: string): EventLexicon | null {
  if (!compiled) {
    compiled = new Map();
    const files = new Map(loadDimension("events", validate));
    for (const [code, file] of files) compiled.set(code, compile(code, withCloseLanguages(file, files)));
  }
  return compiled.get(language) ?? null;
}
