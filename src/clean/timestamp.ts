// Timestamp lines: the publication (and update) time a news site prints above or below the text.
//   "Published: 15 Aug 2025 at 06:10 | Updated: …", "Publié le 28/05/2025 à 18h42",
//   "Stand: 18.11.2025 16:05 Uhr", "입력 2025.06.12 17:42 | 수정 …", "Kamis, 12 Juni 2025 19:05 WIB",
//   "2025年4月29日 21時10分　国際", "2024-08-15 21:03:17　来源：新华网", "14 октября 2025, 18:30 · Политика".
// One family of patterns: [label] [weekday,] full date [time [zone]] [furniture after a separator].
// Labels per language in lang/<code>/cleaning.json (publishedLabels); month and weekday names
// from the date lexicons. A line is only a timestamp when nothing of prose is left over.
import { allWeekdayNames } from "../extract/dates/lexicon.ts";
import { asciiDigits } from "../extract/dates/find.ts";
import { escapeRegExp } from "../util/text.ts";
import { DATE, parseDate, type Groups } from "./datePattern.ts";
import { vocab } from "./vocab.ts";

const alt = (words: Iterable<string>) => [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|");

const LABEL = alt([...vocab.publishedLabels, ...vocab.updatedLabels]) || "(?!)";
/** The label of a later change (`Updated`, `Mis à jour le`), whole: its date gives way to a published one. */
const UPDATED = new RegExp(String.raw`^(?:${alt(vocab.updatedLabels) || "(?!)"})$`, "iu");
/** Any label, where it starts a further timestamp on the same line. */
const ANY_LABEL = new RegExp(`(?<![\\p{L}])(?:${LABEL})`, "giu");
/** `오후 7:05`, `下午7:05`, `7:05 petang`, `เวลา 19:05`. */
const TIME_WORD = alt(vocab.timeWords) || "(?!)";
const WEEKDAY = alt(allWeekdayNames().keys()) || "(?!)";
const ZONE = String.raw`(?:[AaPp]\.?[Mm]\.?|Uhr|h\.?|WIB|WITA|WIT|KST|JST|ICT|CET|CEST|GMT|UTC|EST|EDT|ET|MSK|IST|SGT|MYT|PHT|BST|HKT|น\.)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?`;
const CLOCK = String.raw`\d{1,2}\s*[:hH時시点]\s*\d{2}(?::\d{2})?(?:\s*[分분])?(?:\s*${ZONE}(?![\p{L}]))?`;
const TIME = String.raw`(?:(?:${TIME_WORD})\s*)?${CLOCK}(?:\s*(?:${TIME_WORD})(?![\p{L}]))?`;
const BETWEEN = String.raw`(?:\s*(?:[,，|·\-–—]|à|at|um|a\s+las|lúc|pukul|jam|в)\s*|\s+)`;

const TIMESTAMP = new RegExp(
  String.raw`^\s*(?:(?<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,30}),\s*)?(?:(?<label>${LABEL})\s*[:：]?\s*)?` +
  // `Đăng lúc: 19:05 13/01/2026`: some sites print the time first.
  String.raw`(?:(?<time0>${TIME})\s*[,，\-–]?\s*)?(?:(?:${WEEKDAY})\.?\s*[,，]?\s*)?(?:ngày\s+)?` +
  String.raw`${DATE}\.?(?:\s*[(（][^)）\n]{1,6}[)）])?(?:${BETWEEN}(?<time>${TIME}))?`,
  "iu",
);
/** What may follow the date: another label, a category, a reading time; never a sentence. */
const LEADING_LABEL = new RegExp(String.raw`^(?:${LABEL})`, "iu");
const SEPARATOR = /^[,，|·•/\-–—(（]/u;
const SENTENCE = /[.!?。！？](?:\s|$)/u;
const BRACKETED = /^\s*[(（]([^()（）\n]+)[)）]\s*$/u;
/** A few words of outlet name and a dash or bar; only taken when a label follows. */
const OUTLET_PREFIX = /^[^—–|·\n]{2,60}?\s[—–|·]\s*/u;
/** A four-digit year, or a two-digit one right before a time (`13 พ.ย. 68 14:30 น.`). */
const YEAR = /\d{4}|\d{2}\s+\d{1,2}[:.]\d{2}/;

export interface Timestamp {
  published: string;
  /** `MOSCOW, 14 октября 2025 г.`: a dateline on a line of its own names the place too. */
  place: string | null;
  /** The date is that of a later change (`Updated: …`), with no published date on the line. */
  updated: boolean;
}

/**
 * The publication date of a timestamp line, or null when the line is not one. `bare` allows a
 * line without a label (at the top or the bottom of the article, where sites print the time).
 */
export function matchTimestampLine(raw: string, bare: boolean): Timestamp | null {
  // `الأربعاء ١٢ تشرين الثاني ٢٠٢٥`: Arabic-Indic and Thai digits read as ASCII (same length, so the place slice holds).
  let line = asciiDigits(raw);
  if (line.length > 200 || !YEAR.test(line)) return null;
  // `（2026年1月13日 22時05分）`: Japanese sites close an article with its time in brackets.
  const bracketed = BRACKETED.exec(line);
  if (bracketed) line = bracketed[1]!;
  let m = TIMESTAMP.exec(line);
  // `Agence Méditerranée Presse — Publié le 18/11/2025 à 09h12`: an outlet before the label.
  if (!m?.groups?.label) {
    const outlet = OUTLET_PREFIX.exec(line);
    const labelled = outlet ? TIMESTAMP.exec(line.slice(outlet[0].length)) : null;
    if (labelled?.groups?.label) {
      line = line.slice(outlet![0].length);
      m = labelled;
    }
  }
  if (!m) return null;
  const g = m.groups as Groups;
  if (!g.label && !bare) return null;
  const rest = line.slice(m[0].length).trim();
  if (rest) {
    if (rest.length > 80 || SENTENCE.test(rest)) return null;
    const furniture = SEPARATOR.test(rest) || LEADING_LABEL.test(rest);
    // A short word after a time is the section (`国際`, `Politik`); without a label or a time it may be prose.
    if (!furniture && !(g.time || g.label)) return null;
    if (!furniture && rest.split(/\s+/).length > 3) return null;
  }
  const published = parseDate(g);
  // The pattern is case-insensitive for the month names; a dateline place is in capitals (`Kamis,` is a weekday).
  const place = g.place && g.place === g.place.toUpperCase() ? g.place.trim() : null;
  // `Last updated 14 Jan 2026 | Published 13 Jan 2026`: the published date further on wins.
  const updated = !!g.label && UPDATED.test(g.label.trim());
  const later = updated ? publishedFurtherOn(rest) : null;
  if (later) return { published: later, place, updated: false };
  return published ? { published, place, updated } : null;
}

/** A date with a published label (not an update's) in what follows a timestamp on its line. */
function publishedFurtherOn(rest: string): string | null {
  for (const l of rest.matchAll(ANY_LABEL)) {
    const m = TIMESTAMP.exec(rest.slice(l.index));
    const g = m?.groups as Groups | undefined;
    if (g?.label && !UPDATED.test(g.label.trim())) return parseDate(g);
  }
  return null;
}
