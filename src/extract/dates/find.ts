// Finds date expressions in a text and resolves them against the document's anchor.
// A date with no year is only completed from a known anchor; it is never guessed.
import { addDays, daysBetween, formatYmd, isoWeekday, isValidDate, parseYmd, type YMD } from "./calendar.ts";
import { dateLexicon, nameKey, type DateLexicon } from "./lexicon.ts";

/** What relative dates are resolved against. */
export interface DateAnchor {
  /** Publication date `YYYY-MM-DD`, when known. */
  published: string | null;
  /** The document's "this year": the publication year, or one the text itself establishes. */
  year: number | null;
}

export type DatePrecision = "day" | "month" | "year";

export interface DateMention {
  start: number;
  end: number;
  surface: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when the text does not establish the year. */
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
  /** `since 2013`: a year bounding a span back to the past, never the date of what is reported. */
  since?: boolean;
  /** `until 27 November`: the end of a span (a stay, a validity), never the date of what is reported. */
  until?: boolean;
}

/** Arabic-Indic, Persian, Thai and full-width digits become ASCII; every one is one UTF-16 unit, so offsets hold. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u0E50-\u0E59\uFF10-\uFF19]/g, (c) => {
    const cp = c.charCodeAt(0);
    const base = cp >= 0xff10 ? 0xff10 : cp >= 0x0e50 ? 0x0e50 : cp >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(cp - base);
  });
}

// A bare year, not part of a range (`2021–2025` is a period, not a date) or a longer number.
const YEAR_RE = /(?<![\p{N}.,])(?<!\d\s?[-–—/－~～]\s?)(?:19|20)\d{2}(?![\p{N}]|\s?[-–—/－~～]\s?\d|[.,]\d)/gu;

/** All date expressions in `text`, left to right, overlapping matches resolved longest-first. */
export function findDates(text: string, language: string, anchor: DateAnchor): DateMention[] {
  const lex = dateLexicon(language);
  const norm = asciiDigits(text);
  const found: DateMention[] = [];
  // Every absolute pattern has a number in it: most sentences can skip them all.
  const hasDigit = /\d/.test(norm);
  for (const p of hasDigit ? lex.patterns : []) {
    for (const m of norm.matchAll(p.re)) {
      const mention = fromParts(m, lex, anchor);
      if (mention) found.push(mention);
    }
  }
  const relativeDays = new Set<DateMention>(), weekdays = new Set<DateMention>();
  for (const r of lex.relativeAny?.test(norm) ? lex.relative : []) {
    for (const m of norm.matchAll(r.re)) {
      const d = relativeMention(m.index, m[0].length, r.unit, r.offset, anchor);
      if (r.unit === "day") relativeDays.add(d);
      found.push(d);
    }
  }
  if (lex.weekdayRe) {
    for (const m of norm.matchAll(lex.weekdayRe)) {
      const wd = lex.weekdayByName.get(nameKey(m.groups?.wd ?? ""));
      if (wd == null) continue;
      // `will visit on Friday`: announced, so the coming Friday.
      const end = m.index + m[0].length;
      const ahead = !!lex.futureRe?.test(lex.futureAfter ? norm.slice(end, end + 50) : norm.slice(Math.max(0, m.index - 50), m.index));
      const d: DateMention = { start: m.index, end: m.index + m[0].length, surface: "", value: weekdayDate(wd, anchor, ahead), precision: "day", relative: true };
      weekdays.add(d);
      found.push(d);
    }
  }
  for (const m of hasDigit ? norm.matchAll(YEAR_RE) : []) {
    found.push({ start: m.index, end: m.index + m[0].length, surface: "", value: m[0], precision: "year", relative: false });
  }
  // A range's end bound (`24日から27日まで`) belongs to the range, which is dated by its first day.
  const ranges = new Set<DateMention>();
  if (hasDigit) for (const d of found) if (rangeFirstDay(d, norm, lex)) ranges.add(d);
  const kept = withoutNamedWeekdays(pickLongest(found), relativeDays, weekdays, norm);
  for (const k of kept) k.surface = text.slice(k.start, k.end);
  if (hasDigit) for (const re of lex.sinceRe) markSince(kept, norm, re, anchor);
  if (lex.untilBeforeRe || lex.untilAfterRe) {
    for (const d of kept) {
      if (ranges.has(d)) continue;
      if (lex.untilBeforeRe?.test(norm.slice(Math.max(0, d.start - 16), d.start)) || lex.untilAfterRe?.test(norm.slice(d.end, d.end + 8))) d.until = true;
    }
  }
  return kept;
}

/**
 * `ayer jueves`, `hier jeudi`, `kemarin (Kamis)`: a weekday right after `yesterday` names that same
 * day; the two are one date, counted from the publication day (the weekday alone would be counted
 * back to its last occurrence, a day off when the report is published a day late).
 */
function withoutNamedWeekdays(kept: DateMention[], relativeDays: Set<DateMention>, weekdays: Set<DateMention>, norm: string): DateMention[] {
  if (!relativeDays.size || !weekdays.size) return kept;
  const out: DateMention[] = [];
  for (const d of kept) {
    const prev = out[out.length - 1];
    if (prev && weekdays.has(d) && relativeDays.has(prev) && /^[\s,(（]*$/.test(norm.slice(prev.end, d.start))) {
      const close = /^\s*[)）]/.exec(norm.slice(d.end));
      prev.end = d.end + (close ? close[0].length : 0);
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Dates whose year ends a `since …` phrase bound a span: they are flagged, not dropped. */
function markSince(dates: DateMention[], norm: string, re: RegExp, anchor: DateAnchor): void {
  re.lastIndex = 0;
  for (const m of norm.matchAll(re)) {
    const at = m.indices?.groups?.y?.[0];
    if (at == null) continue;
    // What a span runs from lies in the past: `desde el 12 de noviembre` ahead of publication is a start, not a bound.
    for (const d of dates) if (d.start <= at && at < d.end && !(anchor.published && d.value && d.value >= anchor.published.slice(0, d.value.length))) d.since = true;
  }
}

/**
 * `24–26 November`, `du 24 au 26 novembre`, `24일부터 26일까지`: a range is dated by its first day,
 * which takes its month and year from the date that ends it. The mention is widened to cover the
 * range, so that a first day matched on its own (`24日から`) gives way to it.
 */
function rangeFirstDay(d: DateMention, norm: string, lex: DateLexicon): boolean {
  // `từ ngày 24 đến ngày 25 tháng 11`: the ending date may be announced by the same words as the range.
  if (d.precision !== "day" || !d.value || !/^(?:ngày\s+|วันที่\s*)?\d/.test(norm.slice(d.start, d.end))) return false;
  const from = Math.max(0, d.start - 24);
  const m = lex.rangeStart.exec(norm.slice(from, d.start));
  const end = parseYmd(d.value);
  if (!m || !end) return false;
  const first = Number(m[1]);
  let { y, m: mo } = end;
  // `30 November – 2 December` written `30–2 December`: the first day lies in the month before,
  // but only for a short span; otherwise the number before is something else.
  const across = first > end.d;
  if (across) { mo -= 1; if (mo === 0) { mo = 12; y -= 1; } }
  if (first === end.d || !isValidDate(y, mo, first) || (across && daysBetween({ y, m: mo, d: first }, end) > 14)) return false;
  d.start = from + m.index;
  d.value = formatYmd(y, mo, first);
  return true;
}

function pickLongest(found: DateMention[]): DateMention[] {
  const rank = (d: DateMention) => (d.end - d.start) + (d.precision === "day" ? 1000 : d.precision === "month" ? 500 : 0);
  const sorted = [...found].sort((a, b) => rank(b) - rank(a));
  const kept: DateMention[] = [];
  for (const d of sorted) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

function fromParts(m: RegExpMatchArray, lex: DateLexicon, anchor: DateAnchor): DateMention | null {
  const g = m.groups ?? {};
  const start0 = m.index ?? 0;
  // `29日`, `14일`: a day of the month alone, dated only with a publication date to place it;
  // without one it is still a day stated (`新华社开罗3月4日电 … 4日在开罗…会谈`), left undated.
  if (g.d && !g.m && !g.mn && !g.y && !g.yy) {
    const day = Number(g.d);
    if (day < 1 || day > 31) return null;
    const value = anchor.published ? dayOfRecentMonth(day, anchor) : null;
    return value || !anchor.published ? { start: start0, end: start0 + m[0].length, surface: "", value, precision: "day", relative: true } : null;
  }
  const month = g.mn ? lex.monthByName.get(nameKey(g.mn.replace(/\s+/g, " "))) : g.m ? Number(g.m) : undefined;
  if (!month || month < 1 || month > 12) return null;
  const day = g.d ? Number(g.d) : undefined;
  let year = g.y ? Number(g.y) : g.yy ? lex.shortYearBase + Number(g.yy) : undefined;
  if (year && lex.eraOffset && year > 2400) year -= lex.eraOffset;
  const start = m.index ?? 0;
  const base = { start, end: start + m[0].length, surface: "", relative: false };
  if (day == null) {
    if (year == null) return null; // a bare month name is too ambiguous (`May`) to be a date
    return { ...base, value: formatYmd(year, month), precision: "month" };
  }
  if (year == null) return { ...base, value: completeYear(month, day, anchor), precision: "day", relative: true };
  if (!isValidDate(year, month, day)) return null;
  return { ...base, value: formatYmd(year, month, day), precision: "day" };
}

/** A day of the month: the publication month, or the month before when the day is well past the publication day. */
function dayOfRecentMonth(day: number, anchor: DateAnchor): string | null {
  const pub = anchor.published ? parseYmd(anchor.published) : null;
  if (!pub || day < 1 || day > 31) return null;
  // News reports the last days and announces the next few; a day far ahead is last month's.
  let y = pub.y, mo = pub.m;
  if (day > pub.d + 3) { mo -= 1; if (mo === 0) { mo = 12; y -= 1; } }
  return isValidDate(y, mo, day) ? formatYmd(y, mo, day) : null;
}

/** `April 4` with no year: the anchor's year, or the year before when that would put it far in the future. */
function completeYear(month: number, day: number, anchor: DateAnchor): string | null {
  const pub = anchor.published ? parseYmd(anchor.published) : null;
  if (pub) {
    let y = pub.y;
    if (!isValidDate(y, month, day)) return null;
    // News reports on the recent past and near future; half a year ahead means last year's date.
    if (daysBetween(pub, { y, m: month, d: day }) > 183) y -= 1;
    return isValidDate(y, month, day) ? formatYmd(y, month, day) : null;
  }
  if (anchor.year != null && isValidDate(anchor.year, month, day)) return formatYmd(anchor.year, month, day);
  return null;
}

function relativeMention(start: number, length: number, unit: "day" | "week" | "month" | "year", offset: number, anchor: DateAnchor): DateMention {
  const base = { start, end: start + length, surface: "", relative: true };
  const pub = anchor.published ? parseYmd(anchor.published) : null;
  if (unit === "year") {
    const y = anchor.year ?? pub?.y ?? null;
    return { ...base, value: y == null ? null : String(y + offset), precision: "year" };
  }
  if (!pub) return { ...base, value: null, precision: unit === "day" ? "day" : "month" };
  if (unit === "day") {
    const p = addDays(pub, offset);
    return { ...base, value: formatYmd(p.y, p.m, p.d), precision: "day" };
  }
  if (unit === "week") {
    // A week is finer than a month but has no day: report the month it mostly falls in.
    const p = addDays(pub, offset * 7);
    return { ...base, value: formatYmd(p.y, p.m), precision: "month" };
  }
  const t = new Date(Date.UTC(pub.y, pub.m - 1 + offset, 1));
  return { ...base, value: formatYmd(t.getUTCFullYear(), t.getUTCMonth() + 1), precision: "month" };
}

/** `on Monday`: the last such day up to and including the publication date; the next one when announced. */
function weekdayDate(wd: number, anchor: DateAnchor, ahead = false): string | null {
  const pub: YMD | null = anchor.published ? parseYmd(anchor.published) : null;
  if (!pub) return null;
  const back = ahead ? -((wd - isoWeekday(pub) + 7) % 7) : (isoWeekday(pub) - wd + 7) % 7;
  const p = addDays(pub, -back);
  return formatYmd(p.y, p.m, p.d);
}
