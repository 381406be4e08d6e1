// Which year or interval each figure of a sentence refers to. A year belongs to the nearest
// figure (on the side the language usually puts it); figures left without one share the
// sentence's year when the sentence states only one (`… trade of X and FDI of Y in 2024`).
import type { Quantity } from "../../model.ts";
import type { FiguresLanguage } from "./lexicon.ts";

export interface TimeRef {
  q: Quantity;
  period: string;
  /** `by 2030`, `đến năm 2030`, `2030년까지`: a deadline, so the figure is a target. */
  deadline: boolean;
}

export function timeRefs(qs: readonly Quantity[], text: string, lex: FiguresLanguage, publishedYear: number | null = null): TimeRef[] {
  const out: TimeRef[] = [];
  for (const q of qs) {
    if (q.kind !== "year" && q.kind !== "period") continue;
    // `up 3.1% from 2023`, `so với năm 2023`: the year a figure is compared with is not its own.
    if (q.valueTo === undefined && isComparison(q, text, lex)) continue;
    const period = q.valueTo !== undefined && q.valueTo !== q.value ? `${q.value}/${q.valueTo}` : String(q.value);
    out.push({ q, period, deadline: isDeadline(q, text, lex) });
  }
  // `last year`, `năm ngoái`, `지난해`: only the publication date says which year that is.
  if (publishedYear !== null) {
    for (const h of lex.relativeYears.findAll(text)) {
      if (qs.some((q) => q.start < h.end && h.start < q.end)) continue;
      const value = publishedYear + h.value;
      const q: Quantity = { kind: "year", value, unit: "year", start: h.start, end: h.end, surface: text.slice(h.start, h.end), approximate: false, precision: 1 };
      out.push({ q, period: String(value), deadline: false });
    }
    out.sort((a, b) => a.q.start - b.q.start);
  }
  return out;
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

function isComparison(q: Quantity, text: string, lex: FiguresLanguage): boolean {
  const before = text.slice(Math.max(0, q.start - 24), q.start).toLowerCase().trimEnd();
  const after = text.slice(q.end, q.end + 12).toLowerCase();
  const { comparison } = lex;
  return comparison.before.some((w) => endsWithMarker(before, w, lex))
    || comparison.after.some((w) => after.startsWith(w) || after.trimStart().startsWith(w));
}

/** `before` ends with the marker, possibly followed by a year word (`so với năm`, `from the year`). */
function endsWithMarker(before: string, w: string, lex: FiguresLanguage): boolean {
  let s = before;
  for (const y of lex.yearWords) {
    if (s.endsWith(y) && (!lex.spaced || !isWordChar(s[s.length - y.length - 1]))) { s = s.slice(0, s.length - y.length).trimEnd(); break; }
  }
  return s.endsWith(w) && (!lex.spaced || !isWordChar(s[s.length - w.length - 1]));
}

function isDeadline(q: Quantity, text: string, lex: FiguresLanguage): boolean {
  const before = text.slice(Math.max(0, q.start - 20), q.start).toLowerCase().trimEnd();
  const after = text.slice(q.end, q.end + 12).toLowerCase();
  const beforeHit = lex.byYear.before.some((w) => before.endsWith(w)
    && (!lex.spaced || !isWordChar(before[before.length - w.length - 1])));
  return beforeHit || lex.byYear.after.some((w) => after.startsWith(w) || after.trimStart().startsWith(w));
}

/** For each figure (by index), the time it refers to and whether that time was its own. */
export function assignTimes(
  figures: readonly Quantity[],
  times: readonly TimeRef[],
  lex: FiguresLanguage,
  /** Whether two offsets lie in one clause (no `while`/`trong khi` between them). */
  sameClause: (a: number, b: number) => boolean = () => true,
): { time: TimeRef | null; own: boolean }[] {
  const owned: (TimeRef | null)[] = figures.map(() => null);
  const ownedDist: number[] = figures.map(() => Infinity);
  for (const t of times) {
    let best = -1;
    let bestDist = Infinity;
    figures.forEach((f, i) => {
      const after = t.q.start >= f.end;
      const raw = after ? t.q.start - f.end : f.start - t.q.end;
      if (raw < 0) return; // overlapping: a year inside the figure's own words
      const dist = after === lex.yearAfter ? raw : raw * 1.5 + 5;
      if (dist < bestDist) { bestDist = dist; best = i; }
    });
    if (best >= 0 && bestDist < ownedDist[best]) { owned[best] = t; ownedDist[best] = bestDist; }
  }
  const distinct = new Set(times.map((t) => t.period));
  const shared = distinct.size === 1 ? times[0] : null;
  return figures.map((f, i) => {
    if (owned[i]) return { time: owned[i], own: true };
    return shared && sameClause(f.start, shared.q.start) ? { time: shared, own: false } : { time: null, own: false };
  });
}
