// Identity of facts across documents and languages.
import type { Metric } from "../model.ts";
import { shortHash } from "../util/hash.ts";

/** Metrics whose parties are an unordered set (two-way trade); for the rest order matters. */
const SYMMETRIC: ReadonlySet<string> = new Set<Metric>(["trade", "growth", "count", "people", "share", "other"]);

export function isSymmetric(metric: string): boolean {
  return SYMMETRIC.has(metric);
}

/** Parties as compared: sorted where direction does not matter. */
export function partiesKey(metric: string, parties: string[]): string {
  const list = isSymmetric(metric) ? [...parties].sort() : parties;
  return list.join(",");
}

/** One series: the same metric, unit, status and parties (and subject, when the metric needs one). */
export function factSeriesKey(metric: string, unit: string, status: string, parties: string[], subject: string | null): string {
  const subj = metric === "other" || metric === "people" || metric === "count" ? (subject ?? "").toLowerCase() : "";
  return [metric, unit, status, partiesKey(metric, parties), subj].join("|");
}

/** A fact is a value in a series for a period; the same value stated twice is one fact. */
export function factId(series: string, period: string | null, value: number): string {
  return `fact_${shortHash(series, period ?? "", String(value))}`;
}
