// When two stated values are the same figure: each statement stands for the interval its
// rounding allows (`208 billion` for 207.5–208.5 bn; `210 billion` for 205–215 bn, a round
// number; `nearly 153 billion` for a few percent either side), and statements agree when
// their intervals overlap. Pure: no store, no text.

export interface Stated {
  value: number;
  /** Size of the last stated digit, fully scaled (`208.2 billion` → 1e8). 0 or less when unknown. */
  precision: number;
  approximate: boolean;
  unit: string;
}

/** An approximate value (`nearly`, `about`, `gần`, `bijna`) is taken to be within this fraction. */
export const APPROXIMATE_TOLERANCE = 0.03;

/** Ordinals, percentages and years are not rounded to tens: `10th` is not `about 10th`. */
const EXACT_UNITS = new Set(["rank", "percent", "year", "times"]);

/** Precision from the digits of the number itself, when the extractor did not say. */
export function inferPrecision(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const s = Math.abs(value).toPrecision(12).replace(/0+$/, "").replace(/\.$/, "");
  const dot = s.indexOf(".");
  return dot < 0 ? 1 : 10 ** -(s.length - dot - 1);
}

/** The rounding a statement was made with; trailing zeros of a round number count as rounding. */
export function effectivePrecision(s: Stated): number {
  let p = s.precision > 0 && Number.isFinite(s.precision) ? s.precision : inferPrecision(s.value);
  if (EXACT_UNITS.has(s.unit)) return p;
  let q = Math.round(Math.abs(s.value) / p);
  while (q >= 10 && q % 10 === 0) { q /= 10; p *= 10; }
  return p;
}

export function interval(s: Stated): [number, number] {
  let half = effectivePrecision(s) / 2;
  if (s.approximate) half = Math.max(half, Math.abs(s.value) * APPROXIMATE_TOLERANCE);
  return [s.value - half, s.value + half];
}

/** Touching intervals (rank 5 = 4.5–5.5, rank 6 = 5.5–6.5) do not agree. */
export function agree(a: Stated, b: Stated): boolean {
  if (a.unit !== b.unit) return false;
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo < bhi && blo < ahi;
}

/**
 * Splits statements into the fewest groups whose intervals share a common value (greedy
 * stabbing by right end, which is optimal for intervals). One group: consensus; more: conflict.
 */
export function consensusGroups<T extends Stated>(items: T[]): T[][] {
  return stabGroups(items, interval);
}

/** consensusGroups over anything with an interval (a group's distinct intervals, reconcile/conflict.ts). */
export function stabGroups<T>(items: T[], iv: (it: T) => [number, number]): T[][] {
  const sorted = items.map((it) => ({ it, iv: iv(it) })).sort((a, b) => a.iv[1] - b.iv[1] || a.iv[0] - b.iv[0]);
  const groups: T[][] = [];
  let pending = sorted;
  while (pending.length) {
    const stab = pending[0].iv[1];
    groups.push(pending.filter((x) => x.iv[0] < stab).map((x) => x.it));
    pending = pending.filter((x) => x.iv[0] >= stab);
  }
  return groups;
}

/** Where every statement's interval overlaps: they agree (one consensus group) when lo < hi. */
export interface Bounds { lo: number; hi: number }

/**
 * The intersection of the statements' intervals, starting from `from`. consensusGroups makes one
 * group exactly when every lower end is below the smallest upper end, i.e. when this is
 * non-empty, so a group's agreement can be kept up to date from new statements alone.
 */
export function intersect(items: Stated[], from: Bounds = { lo: -Infinity, hi: Infinity }): Bounds {
  let { lo, hi } = from;
  for (const it of items) {
    const [a, b] = interval(it);
    if (a > lo) lo = a;
    if (b < hi) hi = b;
  }
  return { lo, hi };
}

export function meet(a: Bounds, b: Bounds): Bounds {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

export function agreeing(b: Bounds): boolean {
  return b.lo < b.hi;
}
