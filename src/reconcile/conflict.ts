// A figure group in conflict, kept flat: its record holds a summary (the distinct intervals of
// each side, with their value and the side's document count) and its evidence is one row per
// statement (discrepancy_evidence). A batch that adds statements reads the summary and its own
// statements; the sides are decided by the intervals alone (consensusGroups is a stabbing of
// intervals), so the summary decides them as the statements would. Pure: no store.
import { interval, stabGroups } from "./precision.ts";
import { formatValue } from "./format.ts";
import type { FactStatement } from "./series.ts";

/** One side: its distinct intervals `[lo, hi, value]` in side order, and how many documents state it. */
export interface SideSummary { values: number[]; intervals: [number, number, number][]; documents: number }

export interface ConflictSummary {
  flat: true;
  series: string;
  period: string;
  category: null;
  /** The parties of the group's first statement, which the description names. */
  parties: string[];
  metric: string;
  status: string;
  unit: string;
  sides: SideSummary[];
  /** The largest statement seq (fact_evidence rowid) recorded. */
  last: number;
}

/** How an evidence row names the side it is on: its statement's interval. */
export const intervalKey = (lo: number, hi: number): string => `${lo}|${hi}`;

const keyOf = (s: FactStatement): string => intervalKey(...interval(s));

/** The summary of a group in conflict from all its statements, in the order the store gives them. */
export function summarizeConflict(series: string, period: string, statements: FactStatement[]): ConflictSummary {
  const withIv = statements.map((s) => ({ s, iv: interval(s) }));
  const sides = stabGroups(withIv, (x) => x.iv).map((side) => {
    const intervals = new Map<string, [number, number, number]>();
    for (const { s, iv } of side) if (!intervals.has(intervalKey(...iv))) intervals.set(intervalKey(...iv), [iv[0], iv[1], s.value]);
    return { values: [...new Set(side.map((x) => x.s.value))], intervals: [...intervals.values()], documents: new Set(side.map((x) => x.s.document)).size };
  });
  const first = statements[0];
  return {
    flat: true, series, period, category: null, parties: first.parties, metric: first.metric, status: first.status, unit: first.unit,
    sides, last: statements.reduce((m, s) => Math.max(m, s.seq ?? -Infinity), -Infinity),
  };
}

/**
 * The summary once `added` (statements of documents new to the group) join it, or null when
 * they change how the stored intervals split into sides (then the group is redone from all its
 * statements). A side that keeps its stored intervals keeps its document count and adds the
 * new documents stating it; a side of new intervals only counts the new documents.
 */
export function extendConflict(summary: ConflictSummary, added: FactStatement[]): ConflictSummary | null {
  const sideOf = new Map<string, number>();
  const all: [number, number, number][] = [];
  summary.sides.forEach((side, i) => {
    for (const iv of side.intervals) { sideOf.set(intervalKey(iv[0], iv[1]), i); all.push(iv); }
  });
  const fresh = new Set<string>();
  for (const s of added) {
    const [lo, hi] = interval(s);
    const k = intervalKey(lo, hi);
    if (sideOf.has(k) || fresh.has(k)) continue;
    fresh.add(k);
    all.push([lo, hi, s.value]);
  }
  const sides: SideSummary[] = [];
  for (const group of stabGroups(all, (iv) => [iv[0], iv[1]])) {
    const old = new Set(group.flatMap((iv) => { const i = sideOf.get(intervalKey(iv[0], iv[1])); return i === undefined ? [] : [i]; }));
    if (old.size > 1) return null;
    const [was] = [...old];
    const stored = group.filter((iv) => sideOf.has(intervalKey(iv[0], iv[1]))).length;
    if (was !== undefined && stored !== summary.sides[was].intervals.length) return null;
    const keys = new Set(group.map((iv) => intervalKey(iv[0], iv[1])));
    const docs = new Set(added.filter((s) => keys.has(keyOf(s))).map((s) => s.document));
    sides.push({ values: [...new Set(group.map((iv) => iv[2]))], intervals: group, documents: (was === undefined ? 0 : summary.sides[was].documents) + docs.size });
  }
  if (sides.length < 2) return null;
  return { ...summary, sides, last: added.reduce((m, s) => Math.max(m, s.seq ?? -Infinity), summary.last) };
}

/** The description reconcileSeries writes for a group in conflict. */
export function conflictDescription(summary: ConflictSummary, names: (id: string) => string): string {
  const who = summary.parties.map(names).join("–") || "(no parties)";
  const what = `${summary.metric}${summary.status !== "actual" ? ` ${summary.status}` : ""}`;
  const sideText = summary.sides.map((side) => {
    const values = [...new Set(side.values.map((v) => formatValue(v, summary.unit)))];
    return `${values.join(" / ")} (${side.documents} source${side.documents === 1 ? "" : "s"})`;
  });
  return `${what} ${who} ${summary.period}: ${sideText.join(" vs ")}`;
}

/** The evidence rows of statements: one per statement, on the side of its interval. */
export function conflictRows(statements: FactStatement[]): { seq: number; document: string; quote: string; side: string; fact: string; surface: string }[] {
  return statements.map((s) => ({ seq: s.seq ?? 0, document: s.document, quote: s.quote, side: keyOf(s), fact: s.factId, surface: s.surface }));
}
