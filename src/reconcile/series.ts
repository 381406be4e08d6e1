// Agreement and conflict within one series (metric, unit, status, parties): statements of the
// same period that agree within their rounding are one consensus value; those that do not are
// a conflict. Different periods are a change over time, never a conflict. Ranks are compared
// only when they rank the same thing (see rank.ts); their contradictions are kind `rank`.
import { consensusGroups, type Stated } from "./precision.ts";
import { effectiveRankPeriod, rankCategory, type RankKeyword } from "./rank.ts";
import { formatValue } from "./format.ts";
import { shortHash } from "../util/hash.ts";

export interface FactStatement extends Stated {
  factId: string;
  /** Its fact_evidence rowid (the order statements were stored in) and series, when read from the store. */
  seq?: number;
  series?: string;
  metric: string;
  status: string;
  period: string | null;
  parties: string[];
  subject: string | null;
  document: string;
  language: string;
  quote: string;
  surface: string;
  /** Publication date of the document, for ranks stated without a period. */
  published: string | null;
  /** Periods of the other facts stated in the same sentence. */
  sentencePeriods: string[];
}

export interface NewDiscrepancy {
  id: string;
  kind: string;
  description: string;
  entities: string[];
  evidence: { document: string; quote: string }[];
  detail: unknown;
  scope: string;
}

export interface SeriesOutcome {
  discrepancies: NewDiscrepancy[];
  /** fact id → 'true' or the id of the discrepancy it is part of */
  consensus: Map<string, string>;
}

/** The id of a group's discrepancy: kind, series and `period|rank category`. */
export function groupDiscrepancyId(kind: string, series: string, groupKey: string): string {
  return `disc_${shortHash(kind, series, groupKey)}`;
}

export function reconcileSeries(series: string, statements: FactStatement[], names: (id: string) => string, keywords?: RankKeyword[]): SeriesOutcome {
  const consensus = new Map<string, string>();
  for (const s of statements) consensus.set(s.factId, "true");
  const groups = new Map<string, { period: string; category: string | null; items: FactStatement[] }>();
  const ranksBySentence = new Map<string, FactStatement[]>();
  for (const s of statements) {
    if (s.metric !== "rank") continue;
    const k = `${s.document}\u0000${s.quote}`;
    ranksBySentence.set(k, [...(ranksBySentence.get(k) ?? []), s]);
  }
  for (const s of statements) {
    let period = s.period;
    let category: string | null = null;
    if (s.metric === "rank") {
      period = effectiveRankPeriod(s.period, s.sentencePeriods, s.published);
      const otherSurfaces = (ranksBySentence.get(`${s.document}\u0000${s.quote}`) ?? []).filter((o) => o !== s).map((o) => o.surface);
      category = rankCategory(s.quote, s.surface, s.subject, keywords, { language: s.language, otherSurfaces });
      if (!category) continue; // a rank of we-don't-know-what contradicts nothing
    }
    if (!period) continue; // when it held is unknown: cannot contradict anything
    const key = `${period}|${category ?? ""}`;
    const g = groups.get(key) ?? { period, category, items: [] };
    g.items.push(s);
    groups.set(key, g);
  }
  const discrepancies: NewDiscrepancy[] = [];
  for (const [key, g] of groups) {
    const sides = consensusGroups(g.items);
    if (sides.length < 2) continue;
    const kind = g.items[0].metric === "rank" ? "rank" : "conflict";
    const id = groupDiscrepancyId(kind, series, key);
    const first = g.items[0];
    const who = first.parties.map(names).join("–") || "(no parties)";
    const what = g.category ? `${g.category} rank` : `${first.metric}${first.status !== "actual" ? ` ${first.status}` : ""}`;
    const sideText = sides.map((side) => {
      const values = [...new Set(side.map((s) => formatValue(s.value, s.unit)))];
      const docs = new Set(side.map((s) => s.document)).size;
      return `${values.join(" / ")} (${docs} source${docs === 1 ? "" : "s"})`;
    });
    const evidence = uniqueEvidence(g.items);
    discrepancies.push({
      id, kind, scope: `series:${series}`, entities: first.parties, evidence,
      description: `${what} ${who} ${g.period}: ${sideText.join(" vs ")}`,
      detail: {
        series, period: g.period, category: g.category,
        sides: sides.map((side) => ({
          values: [...new Set(side.map((s) => s.value))],
          facts: [...new Set(side.map((s) => s.factId))],
          sources: side.map((s) => ({ document: s.document, quote: s.quote, surface: s.surface })),
        })),
      },
    });
    for (const s of g.items) if (consensus.get(s.factId) === "true") consensus.set(s.factId, id);
  }
  return { discrepancies, consensus };
}

function uniqueEvidence(items: { document: string; quote: string }[]): { document: string; quote: string }[] {
  const seen = new Set<string>();
  const out: { document: string; quote: string }[] = [];
  for (const { document, quote } of items) {
    const k = `${document}\u0000${quote}`;
    if (!seen.has(k)) { seen.add(k); out.push({ document, quote }); }
  }
  return out;
}

export { uniqueEvidence };
