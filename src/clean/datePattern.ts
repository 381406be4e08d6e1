// The date shapes that datelines and timestamp lines print, as one regex source with named
// groups, for every language at once (cleaning runs before language identification). Month
// names come from the date lexicons (src/extract/dates), so a language added there is read here.
import { isoFromParts } from "../ingest/dates.ts";
import { allMonthNames, commonEraYear, nameKey } from "../extract/dates/lexicon.ts";
import { vocab } from "./vocab.ts";
import { escapeRegExp } from "../util/text.ts";

const MONTHS: Map<string, number> = (() => {
  const m = allMonthNames();
  for (const [k, v] of Object.entries(vocab.months)) if (!m.has(k)) m.set(k, v);
  return m;
})();

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length)
  .map((n) => escapeRegExp(n).replace(/ /g, "\\s+")).join("|");
/** A month name, with an optional abbreviation dot, not the start of a longer word (`mar` in `martes`). */
const MONTH = (g: string) => String.raw`(?<${g}>${MONTH_ALT})\.?(?![\p{L}])`;

/**
 * A date as news furniture writes it; the year is optional (`HANOI, Oct. 27 (VNA)`) and
 * `parseDate` gives null without one.
 *   2025-11-04, 2025.06.12, 2025/06/12, 2025年4月29日, 2025년 6월 12일   (iy im id)
 *   18.11.2025, 04/12/2025, 19/3/2025, 27/10                          (nd nm ny)
 *   17 tháng 3 năm 2025                                               (vd vm vy)
 *   March 19, 2025, Oct. 27                                           (mn md my)
 *   12 Juni 2025, 14 октября 2025 г., 4 Dis, 18. November 2025, 12 de marzo de 2025, 13 พ.ย. 68 14:30 (dd dm dy)
 */
export const DATE = String.raw`(?:(?<iy>\d{4})\s*[-./年년]\s*(?<im>\d{1,2})\s*[-./月월]\s*(?<id>\d{1,2})(?!\d)(?:\s*[日일])?` +
  String.raw`|(?<nd>\d{1,2})[/.](?<nm>\d{1,2})(?:[/.](?<ny>\d{4}|\d{2}(?!\d)))?(?![\d/.]\d)` +
  String.raw`|(?<vd>\d{1,2})\s+tháng\s+(?<vm>\d{1,2})(?:,?\s+(?:năm\s+)?(?<vy>\d{4}))?` +
  String.raw`|${MONTH("mn")}\s*(?<md>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<my>\d{4}))?` +
  String.raw`|(?<dd>\d{1,2})(?:st|nd|rd|th|er|e)?\.?\s*(?:de\s+)?${MONTH("dm")}(?:,?\s+(?:de\s+|del\s+)?(?<dy>\d{4}|\d{2}(?=\s+\d{1,2}[:.]\d{2}))(?:\s*(?:г\.|года))?)?)`;

const THAI = /\p{Script=Thai}/u;

export type Groups = Record<string, string | undefined>;

function year(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : commonEraYear(n);
}

function month(name: string | undefined): number | undefined {
  return name ? MONTHS.get(nameKey(name.replace(/\s+/g, " "))) : undefined;
}

/** Month and day the groups spell, with or without a year (`HANOI, Oct. 27`). */
export function monthDay(g: Groups): [number, number] | null {
  const parsed = parseDate({ ...g, ny: g.nd ? g.ny ?? "2000" : g.ny, vy: g.vy ?? "2000", my: g.my ?? "2000", dy: g.dd ? g.dy ?? "2000" : g.dy, zy: g.zy ?? "2000" });
  return parsed ? [Number(parsed.slice(5, 7)), Number(parsed.slice(8, 10))] : null;
}

/** The full date the groups spell, or null when the year (or anything else) is missing. */
export function parseDate(g: Groups): string | null {
  if (g.iy) return isoFromParts(Number(g.iy), Number(g.im), Number(g.id));
  // Day-first numeric dates (27/10/2025): the convention everywhere but the US, whose
  // datelines mostly spell the month. A US date that cannot be day-first (10/27/2025) is read
  // month-first; an ambiguous one (04/12/2025) stays day-first.
  if (g.nd) {
    const y = year(g.ny);
    if (!y) return null;
    const [first, second] = [Number(g.nd), Number(g.nm)];
    return second > 12 && first <= 12 ? isoFromParts(y, first, second) : isoFromParts(y, second, first);
  }
  if (g.vd) { const y = year(g.vy); return y ? isoFromParts(y, Number(g.vm), Number(g.vd)) : null; }
  if (g.mn) { const y = year(g.my); const m = month(g.mn); return y && m ? isoFromParts(y, m, Number(g.md)) : null; }
  if (g.dd) {
    // `13 พ.ย. 68 14:30 น.`: a two-digit year after a Thai month is of the Buddhist era (2568 = 2025).
    const y = g.dy?.length === 2 && THAI.test(g.dm ?? "") ? commonEraYear(2500 + Number(g.dy)) : year(g.dy);
    const m = month(g.dm);
    return y && m ? isoFromParts(y, m, Number(g.dd)) : null;
  }
  if (g.zm) { const y = year(g.zy); return y ? isoFromParts(y, Number(g.zm), Number(g.zd)) : null; }
  return null;
}

export function hasDate(g: Groups): boolean {
  return Boolean(g.iy || g.nd || g.vd || g.mn || g.dd);
}
