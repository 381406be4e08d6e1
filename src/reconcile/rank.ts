// Ranks (`5th largest trading partner`, `nhà đầu tư FDI lớn thứ 6`) are only comparable when
// they rank the same thing over the same period. Both are often left implicit, so they are
// read from the sentence: the nearest subject keyword, and the period of the other figures
// stated with it (or, failing that, the year the report was published).
import { readTable } from "./data.ts";

export interface RankKeyword { category: string; keyword: string }

export function rankKeywords(): RankKeyword[] {
  return readTable("rank-subjects.tsv").filter((r) => r.length >= 2).map(([category, keyword]) => ({ category, keyword: keyword.toLowerCase() }));
}

/**
 * Languages that put the ranked noun before the rank (`đối tác thương mại lớn thứ 5`,
 * `mitra dagang terbesar kelima`); elsewhere it follows (`fifth-largest trading partner`).
 */
const NOUN_BEFORE = new Set(["vi", "th", "id", "ms", "km", "lo", "tl", "my"]);

/**
 * The category of the keyword nearest the rank's surface, looking first on the side where the
 * language puts the ranked noun, and never past another rank of the same sentence (`5th
 * largest trading partner and 7th largest investor` ranks two different things).
 */
export function rankCategory(
  quote: string, surface: string, subject: string | null, keywords: RankKeyword[] = rankKeywords(),
  opts: { language?: string; otherSurfaces?: string[] } = {},
): string | null {
  if (subject) {
    const s = subject.toLowerCase();
    const k = keywords.find((k) => s.includes(k.keyword));
    if (k) return k.category;
  }
  const q = quote.toLowerCase();
  const at = q.indexOf(surface.toLowerCase());
  if (at < 0) return null;
  const end = at + surface.length;
  let lo = Math.max(0, at - 60), hi = Math.min(q.length, end + 60);
  for (const other of opts.otherSurfaces ?? []) {
    const o = q.indexOf(other.toLowerCase());
    if (o < 0 || o === at) continue;
    if (o >= end) hi = Math.min(hi, o);
    else lo = Math.max(lo, o + other.length);
  }
  const after: { d: number; category: string }[] = [];
  const before: { d: number; category: string }[] = [];
  for (const k of keywords) {
    for (let i = q.indexOf(k.keyword, lo); i >= 0 && i + k.keyword.length <= hi; i = q.indexOf(k.keyword, i + 1)) {
      if (i >= end) after.push({ d: i - end, category: k.category });
      else if (i + k.keyword.length <= at) before.push({ d: at - (i + k.keyword.length), category: k.category });
    }
  }
  const nearest = (xs: { d: number; category: string }[]) => xs.sort((a, b) => a.d - b.d)[0]?.category ?? null;
  const nounBefore = NOUN_BEFORE.has(opts.language ?? "");
  return nounBefore ? nearest(before) ?? nearest(after) : nearest(after) ?? nearest(before);
}

/**
 * The period a rank stated without one refers to: the one period of the other figures in its
 * sentence, else the report's publication year, else unknown (and then it is not compared).
 */
export function effectiveRankPeriod(period: string | null, sentencePeriods: string[], published: string | null): string | null {
  if (period) return period;
  const years = [...new Set(sentencePeriods.map((p) => p.slice(0, 4)))];
  if (years.length === 1) return years[0];
  if (years.length > 1) return null;
  return published ? published.slice(0, 4) : null;
}
