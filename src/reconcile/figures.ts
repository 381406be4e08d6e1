// A figure as a series: by status, then period, each value with every source that states it
// and the rounding it was stated with.
import type { Db } from "../store/db.ts";
import type { FactRecord } from "../store/read.ts";
import { listFacts } from "../store/read.ts";
import { partiesMatch } from "./parties.ts";
import { formatValue } from "./format.ts";
import { effectivePrecision } from "./precision.ts";

export interface FigureSource { document: string; language: string; quote: string; surface: string; precision: number; approximate: boolean; statedTo: string }
export interface FigureValue { fact: string; value: number; unit: string; display: string; consensus: true | string; subject: string | null; sources: FigureSource[] }
export interface FigurePoint { status: string; period: string | null; values: FigureValue[] }
export interface FigureSeries { metric: string; parties: string[]; points: FigurePoint[] }

const STATUS_ORDER = ["actual", "target", "pledge"];

export function figureSeries(db: Db, metric: string, wanted: string[][]): FigureSeries[] {
  const facts = listFacts(db, { metric }).filter((f) => partiesMatch(metric, f.parties, wanted));
  const bySeries = new Map<string, FactRecord[]>();
  for (const f of facts) {
    const k = `${f.parties.join(",")}`;
    bySeries.set(k, [...(bySeries.get(k) ?? []), f]);
  }
  const out: FigureSeries[] = [];
  for (const list of bySeries.values()) {
    const points = new Map<string, FigurePoint>();
    for (const f of list) {
      const k = `${f.status}|${f.period ?? ""}`;
      const p = points.get(k) ?? { status: f.status, period: f.period, values: [] };
      p.values.push({
        fact: f.id, value: f.value, unit: f.unit, display: formatValue(f.value, f.unit), consensus: f.consensus, subject: f.subject,
        sources: f.evidence.map((e) => ({
          document: e.document, language: e.language, quote: e.quote, surface: e.surface, precision: e.precision, approximate: e.approximate,
          statedTo: `${e.approximate ? "approximately, " : ""}to ${formatValue(effectivePrecision({ value: f.value, precision: e.precision, approximate: e.approximate, unit: f.unit }), f.unit)}`,
        })),
      });
      points.set(k, p);
    }
    const sorted = [...points.values()].sort((a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.period ?? "").localeCompare(b.period ?? ""));
    out.push({ metric, parties: list[0].parties, points: sorted });
  }
  return out;
}
