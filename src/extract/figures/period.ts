// Which year or interval each figure of a sentence refers to. A year belongs to the nearest
// figure (on the side the language usually puts it); figures left without one share the
// sentence's year when the sentence states only one (`… trade of X and FDI of Y in 2024`).
import type { LanguageCode, Quantity } from "../../model.ts";
import type { FiguresLanguage } from "./lexicon.ts";
import { numberIn } from "../quantities/count.ts";

export interface TimeRef {
  q: Quantity;
  period: string;
  /** `by 2030`, `đến năm 2030`, `2030년까지`: a deadline, so the figure is a target. */
  deadline: boolean;
  /** `over the next five years`: a span starting now, so the figure is promised or planned. */
  ahead?: boolean;
}

/** Longest span of years an `over the next N years` phrase is believed for. */
const MAX_AHEAD = 30;

/** `over the next five years` → publication year / publication year + 5. */
function aheadRefs(text: string, lex: FiguresLanguage, publishedYear: number): TimeRef[] {
  const re = lex.aheadYears;
  if (!re) return [];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const out: TimeRef[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const phrase = m.slice(1).find((g) => g !== undefined) ?? "";
    const n = numberIn(phrase, lex.code as LanguageCode);
    if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_AHEAD) continue;
    const start = m.index;
    const end = start + m[0].length;
    const q: Quantity = { kind: "period", value: publishedYear, valueTo: publishedYear + n, unit: "year", start, end, surface: text.slice(start, end), approximate: false, precision: 1 };
    out.push({ q, period: `${publishedYear}/${publishedYear + n}`, deadline: false, ahead: true });
  }
  return out;
}

export function timeRefs(qs: readonly Quantity[], text: string, lex: FiguresLanguage, publishedYear: number | null = null): TimeRef[] {
  const out: TimeRef[] = [];
  const names = qs.some((q) => q.kind === "year" || q.kind === "period") ? lex.namedYears.findAll(text) : [];
  for (const q of qs) {
    if (q.kind !== "year" && q.kind !== "period") continue;
    // `under Vision 2030`, `Expo 2025`: the year names a plan or an event, it dates no figure.
    if (names.some((h) => h.end <= q.start && /^[\s\u00a0-]{0,2}$/u.test(text.slice(h.end, q.start)))) continue;
    // `up 3.1% from 2023`, `so với năm 2023`: the year a figure is compared with is not its own.
    if (q.valueTo === undefined && isComparison(q, text, lex)) continue;
    const period = q.valueTo !== undefined && q.valueTo !== q.value ? `${q.value}/${q.valueTo}` : String(q.value);
    out.push({ q, period, deadline: isDeadline(q, text, lex) });
  }
  joinYears(out, text, lex);
  // `last year`, `năm ngoái`, `지난해`: only the publication date says which year that is.
  if (publishedYear !== null) {
    const ahead = aheadRefs(text, lex, publishedYear);
    out.push(...ahead);
    // `reached €1.2bn in 2024, up from €900m a year earlier`: the year before the one just named.
    const prior = lex.priorYears.findAll(text);
    for (const h of prior) {
      if (qs.some((q) => q.start < h.end && h.start < q.end)) continue;
      const named = out.filter((t) => t.q.kind === "year" && !t.ahead && t.q.end <= h.start).at(-1);
      const value = (named ? named.q.value : publishedYear) - 1;
      const q: Quantity = { kind: "year", value, unit: "year", start: h.start, end: h.end, surface: text.slice(h.start, h.end), approximate: false, precision: 1 };
      // `up 8.5% from a year earlier`: the base of a comparison dates nothing.
      if (!isComparison(q, text, lex)) out.push({ q, period: String(value), deadline: false });
    }
    for (const h of lex.relativeYears.findAll(text)) {
      if (qs.some((q) => q.start < h.end && h.start < q.end)) continue;
      if (prior.some((p) => p.start < h.end && h.start < p.end)) continue;
      // `trong 5 năm tới`: `năm tới` (next year) is part of the span.
      if (ahead.some((a) => a.q.start < h.end && h.start < a.q.end)) continue;
      const value = publishedYear + h.value;
      const q: Quantity = { kind: "year", value, unit: "year", start: h.start, end: h.end, surface: text.slice(h.start, h.end), approximate: false, precision: 1 };
      out.push({ q, period: String(value), deadline: false });
    }
    out.sort((a, b) => a.q.start - b.q.start);
  }
  return out;
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/**
 * `für die Jahre 2025 und 2026`, `for 2025 and 2026`, `trong hai năm 2025 và 2026`, `2025年和2026年`:
 * two successive years joined by `and` are one span (`2025/2026`). Rewrites `refs` in place.
 */
function joinYears(refs: TimeRef[], text: string, lex: FiguresLanguage): void {
  if (!lex.and.length) return;
  for (let i = 0; i + 1 < refs.length; i++) {
    const a = refs[i]!;
    const b = refs[i + 1]!;
    if (a.q.kind !== "year" || b.q.kind !== "year" || b.q.value !== a.q.value + 1) continue;
    let gap = text.slice(a.q.end, b.q.start).toLowerCase().trim();
    for (const y of lex.yearWords) {
      if (gap.startsWith(y)) { gap = gap.slice(y.length).trim(); break; }
    }
    for (const y of lex.yearWords) {
      if (gap.endsWith(y)) { gap = gap.slice(0, gap.length - y.length).trim(); break; }
    }
    if (!lex.and.includes(gap)) continue;
    const q: Quantity = { ...a.q, kind: "period", valueTo: b.q.value, end: b.q.end, surface: text.slice(a.q.start, b.q.end) };
    refs.splice(i, 2, { q, period: `${a.q.value}/${b.q.value}`, deadline: a.deadline || b.deadline });
  }
}

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
  if (lex.asOf.some((w) => before.includes(w))) return false;
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
      // `grew 18% …, pointing out that both sides aim to double it by 2030`: a year past a
      // connective dates the other clause's figure, not this one.
      if (!sameClause(f.start, t.q.start)) return;
      const dist = after === lex.yearAfter ? raw : raw * 1.5 + 5;
      if (dist < bestDist) { bestDist = dist; best = i; }
    });
    if (best >= 0 && bestDist < ownedDist[best]) { owned[best] = t; ownedDist[best] = bestDist; }
  }
  const distinct = new Set(times.map((t) => t.period));
  const shared = distinct.size === 1 ? times[0] : null;
  return figures.map((f, i) => {
    if (owned[i]) return { time: owned[i], own: true };
    if (shared) return sameClause(f.start, shared.q.start) ? { time: shared, own: false } : { time: null, own: false };
    // `rose to $8 billion in 2025, up 18% …, and both aim to double it by 2030`: with several
    // years, a figure with none of its own takes the last dated year before it in its clause.
    const prior = times.filter((t) => !t.deadline && !t.ahead && t.q.end <= f.start && sameClause(f.start, t.q.start)).at(-1);
    return { time: prior ?? null, own: false };
  });
}
