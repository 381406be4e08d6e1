// Per-language date knowledge (lang/<code>/dates.json) compiled once into regexes.
// Month and weekday names come from Intl.DateTimeFormat; the files add only what it lacks
// (genitives, abbreviations, regional names), the date patterns and the relative words.
import { z } from "zod";
import { loadDimension } from "../../lang/registry.ts";
import { escapeRegExp } from "../../util/text.ts";

const RelativeSchema = z.object({
  words: z.array(z.string().min(1)).min(1),
  unit: z.enum(["day", "week", "month", "year"]),
  offset: z.number().int(),
});

const DatesFileSchema = z.object({
  /** Extra month names, index 0 = January. */
  months: z.array(z.array(z.string())).length(12).optional(),
  /** Extra weekday names, index 0 = Monday. */
  weekdays: z.array(z.array(z.string())).length(7).optional(),
  /** Regex sources with placeholders {D} {M} {Y} {MONTH} {WD}. */
  patterns: z.array(z.string().min(1)),
  relative: z.array(RelativeSchema).default([]),
  /** Words before a weekday that mark it as a date reference (`on`, `vào`, `op`); empty = bare name. */
  weekdayPrefix: z.array(z.string()).default([]),
  /** `35th anniversary`, `kỷ niệm 35 năm`: regex sources with {N} for the number of years. */
  anniversary: z.array(z.string()).default([]),
  /** Years written in a local era (Thai Buddhist era: 2568 = 2025 CE) are reduced by this. */
  eraOffset: z.number().int().optional(),
  /** A two-digit year (group `yy`) is read as this plus it: `12 พ.ย. 68` is Buddhist-era 2568. */
  shortYearBase: z.number().int().default(2000),
  /** Scripts written without spaces: names may be followed directly by other letters. */
  continuous: z.boolean().default(false),
  /** Future markers (`will`, `sẽ`, `akan`): a weekday after one is the next such day, not the last. */
  future: z.array(z.string().min(1)).default([]),
  /** Verb-final languages put the future marker after the weekday (`금요일 … 방문할 예정이다`). */
  futureAfter: z.boolean().default(false),
  /**
   * `since 2013`, `depuis 2017`, `2013年以来`: regex sources with {Y} for a year that only bounds a
   * span back to the past; such a year is never the date of what the sentence reports.
   */
  since: z.array(z.string().min(1)).default([]),
  /** Words joining the first day of a range to the date that ends it (`24 to 26 November`, `24 au 26`). */
  rangeLinks: z.array(z.string().min(1)).default([]),
  /**
   * `until 27 November`, `до 27 ноября`, `27日まで`: words before (or, verb-final, after) a lone date
   * that make it the end of a span, not the day of what is reported.
   */
  untilBefore: z.array(z.string().min(1)).default([]),
  untilAfter: z.array(z.string().min(1)).default([]),
  /** One-letter words written onto the next word (Arabic `و25 نوفمبر`, and 25 November): a date may follow them. */
  clitics: z.array(z.string().min(1)).default([]),
});

export type DatesFile = z.infer<typeof DatesFileSchema>;

export interface CompiledPattern {
  re: RegExp;
  source: string;
}

export interface DateLexicon {
  language: string;
  patterns: CompiledPattern[];
  /** Folded month name → month number 1..12. */
  monthByName: Map<string, number>;
  weekdayByName: Map<string, number>;
  weekdayRe: RegExp | null;
  relative: { re: RegExp; unit: "day" | "week" | "month" | "year"; offset: number }[];
  eraOffset: number;
  shortYearBase: number;
  anniversary: RegExp | null;
  /** Any relative word at all: one test before trying each. */
  relativeAny: RegExp | null;
  /** `24 to ` / `24～` / `24일부터 ` right before a date ending a range: group 1 is the first day. */
  rangeStart: RegExp;
  futureRe: RegExp | null;
  futureAfter: boolean;
  /** `since 2013`: group `y` is a year that bounds a span, not a date. */
  sinceRe: RegExp[];
  /** Text right before / after a date that makes it a span's end (`until`, `まで`). */
  untilBeforeRe: RegExp | null;
  untilAfterRe: RegExp | null;
}

function validate(raw: unknown, file: string): DatesFile {
  const r = DatesFileSchema.safeParse(raw);
  if (!r.success) throw new Error(`attache: ${file} is not a valid dates file: ${r.error.message}`);
  for (const p of r.data.patterns) {
    try { new RegExp(expand(p, "x", "x"), "iu"); } catch (err) {
      throw new Error(`attache: ${file}: bad date pattern ${JSON.stringify(p)}: ${(err as Error).message}`);
    }
  }
  return r.data;
}

const key = (s: string) => s.toLocaleLowerCase().replace(/\.$/, "");

function intlNames(language: string): { months: string[][]; weekdays: string[][] } {
  const months: string[][] = [];
  const weekdays: string[][] = [];
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language, { ...o, timeZone: "UTC" });
  const styles = [fmt({ month: "long" }), fmt({ month: "short" }), fmt({ day: "numeric", month: "long" }), fmt({ day: "numeric", month: "short" })];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2025, m, 15));
    const names = new Set<string>();
    for (const f of styles) for (const p of f.formatToParts(d)) if (p.type === "month") names.add(p.value.trim());
    // Numeric forms (`10월`, `tháng 10`) are matched by the numeric patterns instead.
    months.push([...names].filter((n) => n && !/\d/.test(n)));
  }
  const wd = fmt({ weekday: "long" });
  for (let i = 0; i < 7; i++) weekdays.push([wd.format(new Date(Date.UTC(2025, 9, 27 + i)))]); // 2025-10-27 is a Monday
  return { months, weekdays };
}

function alternation(names: Iterable<string>): string {
  return [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n.replace(/\.$/, "")).replace(/ /g, "\\s+")).join("|");
}

function expand(source: string, monthAlt: string, weekdayAlt: string, continuous = false): string {
  const after = continuous ? "" : "(?![\\p{L}])";
  return source
    .replace(/\{D\}/g, "(?<d>[0-3]?\\d)")
    .replace(/\{M\}/g, "(?<m>[01]?\\d)")
    .replace(/\{Y\}/g, "(?<y>\\d{4})")
    .replace(/\{MONTH\}/g, `(?<mn>${monthAlt})\\.?${after}`)
    .replace(/\{WD\}/g, `(?<wd>${weekdayAlt})${after}`);
}

/** Patterns every language shares: ISO dates and numeric day/month/year. */
const SHARED_PATTERNS = [
  "(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)",
  "{D}[/.]{M}[/.]{Y}",
];

function compile(language: string, file: DatesFile): DateLexicon {
  const intl = intlNames(language);
  const monthByName = new Map<string, number>();
  const weekdayByName = new Map<string, number>();
  intl.months.forEach((names, i) => [...names, ...(file.months?.[i] ?? [])].forEach((n) => monthByName.set(key(n), i + 1)));
  intl.weekdays.forEach((names, i) => [...names, ...(file.weekdays?.[i] ?? [])].forEach((n) => weekdayByName.set(key(n), i)));
  const monthAlt = alternation(monthByName.keys()) || "(?!)";
  const weekdayAlt = alternation(weekdayByName.keys()) || "(?!)";
  const word = "(?<![\\p{L}\\p{N}])";
  const lead = file.continuous ? "(?<!\\d)" : file.clitics.length ? `(?:${word}|(?<=${word}(?:${alternation(file.clitics)})))` : word;
  const patterns = [...file.patterns, ...SHARED_PATTERNS].map((source) => ({
    source,
    re: new RegExp(`${lead}(?:${expand(source, monthAlt, weekdayAlt, file.continuous)})(?!\\d)`, "giu"),
  }));
  const prefix = file.weekdayPrefix.length ? `(?:${alternation(file.weekdayPrefix)})\\s*` : "";
  const weekdayRe = weekdayByName.size
    ? new RegExp(`${file.continuous ? "" : "(?<![\\p{L}])"}${prefix}(?<wd>${weekdayAlt})${file.continuous ? "" : "(?![\\p{L}])"}`, "giu")
    : null;
  const relative = file.relative.map((r) => ({
    unit: r.unit, offset: r.offset,
    re: new RegExp(file.continuous ? `(?:${alternation(r.words)})` : `(?<![\\p{L}])(?:${alternation(r.words)})(?![\\p{L}])`, "giu"),
  }));
  const anniversary = file.anniversary.length
    ? new RegExp(file.anniversary.map((a) => `(?:${a.replace(/\{N\}/g, "(\\d{1,3})")})`).join("|"), "giu")
    : null;
  const allRelative = file.relative.flatMap((r) => r.words);
  const relativeAny = allRelative.length ? new RegExp(alternation(allRelative), "iu") : null;
  // Dashes and tildes join a range in every language; words only in their own. The day may carry
  // its own marker (`24.`, `24日`, `24일`, `24th`) and the range may be announced (`ngày`, `วันที่`).
  const links = ["[-–—~～〜－∼]", ...(file.rangeLinks.length ? [alternation(file.rangeLinks)] : [])].join("|");
  const rangeStart = new RegExp(`(?<![\\p{N}.,/:])([0-3]?\\d)(?:\\.|日|일|号|號|st|nd|rd|th|er)?\\s*(?:${links})\\s*(?:ngày\\s+|วันที่\\s*)?$`, "iu");
  const futureRe = file.future.length
    ? new RegExp(file.continuous ? `(?:${alternation(file.future)})` : `(?<![\\p{L}])(?:${alternation(file.future)})(?![\\p{L}])`, "iu")
    : null;
  // One regex per phrase: a named group may appear only once in a pattern.
  const sinceRe = file.since.map((x) => new RegExp(`${file.continuous ? "" : "(?<![\\p{L}])"}(?:${x.replace("{Y}", "(?<y>\\d{4})")})`, "giud"));
  const untilBeforeRe = file.untilBefore.length ? new RegExp(`${file.continuous ? "" : "(?<![\\p{L}])"}(?:${alternation(file.untilBefore)})\\s*$`, "iu") : null;
  const untilAfterRe = file.untilAfter.length ? new RegExp(`^\\s*(?:${alternation(file.untilAfter)})`, "iu") : null;
  return { untilBeforeRe, untilAfterRe, sinceRe, futureRe, futureAfter: file.futureAfter, language, patterns, monthByName, weekdayByName, weekdayRe, relative, eraOffset: file.eraOffset ?? 0, shortYearBase: file.shortYearBase, anniversary, relativeAny, rangeStart };
}

let compiled: Map<string, DateLexicon> | null = null;

/** The compiled lexicon for a language, falling back to English when it has no dates file. */
export function dateLexicon(language: string): DateLexicon {
  if (!compiled) {
    compiled = new Map();
    for (const [code, file] of loadDimension("dates", validate)) compiled.set(code, compile(code, file));
  }
  const lex = compiled.get(language) ?? compiled.get("en");
  if (!lex) throw new Error("attache: lang/en/dates.json is missing");
  return lex;
}

export { key as nameKey };

/**
 * Month names of every language (folded key → 1..12). Cleaning runs before language
 * identification, so datelines and timestamp lines are read with all of them at once.
 */
export function allMonthNames(): Map<string, number> {
  dateLexicon("en");
  const out = new Map<string, number>();
  for (const lex of compiled!.values()) for (const [k, v] of lex.monthByName) if (!out.has(k)) out.set(k, v);
  return out;
}

/** Weekday names of every language (folded key → 0 = Monday … 6 = Sunday). */
export function allWeekdayNames(): Map<string, number> {
  dateLexicon("en");
  const out = new Map<string, number>();
  for (const lex of compiled!.values()) for (const [k, v] of lex.weekdayByName) if (!out.has(k)) out.set(k, v);
  return out;
}

/** A Buddhist-era year (2568) as the Common Era year; other years unchanged. */
export function commonEraYear(y: number): number {
  return y > 2400 ? y - 543 : y;
}
