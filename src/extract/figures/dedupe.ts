// The same figure stated twice in one document is one fact: the first statement is kept, and a
// later statement that names more of the same parties fills in who it is about.
import type { FactDraft } from "../../model.ts";
import { partiesKey } from "../../resolve/facts.ts";

const figureKey = (f: FactDraft) => [f.metric, f.value, f.unit, f.period ?? "", f.status].join("|");

export function dedupeFacts(drafts: readonly FactDraft[]): FactDraft[] {
  const out: FactDraft[] = [];
  const byFigure = new Map<string, FactDraft[]>();
  for (const d of drafts) {
    const key = figureKey(d);
    const same = byFigure.get(key) ?? [];
    const k = partiesKey(d.metric, d.parties);
    const twin = same.find((f) => partiesKey(f.metric, f.parties) === k
      || f.parties.every((p) => d.parties.includes(p)) || d.parties.every((p) => f.parties.includes(p)));
    if (twin) {
      if (d.parties.length > twin.parties.length) twin.parties = [...d.parties];
      continue;
    }
    const copy = { ...d, parties: [...d.parties] };
    same.push(copy);
    byFigure.set(key, same);
    out.push(copy);
  }
  // A headline often restates a figure without its year (`agree to lift trade to $20 billion`):
  // the dated statement of the same figure is the fact. Without its cue word the restatement may
  // also read as actual (`Genjot Perdagangan hingga USD 10 Miliar` over a body's target by 2029).
  const sameFigure = (d: FactDraft) => [d.metric, d.value, d.unit].join("|");
  const dated = new Map<string, Set<FactDraft["status"]>>();
  for (const d of out) if (d.period !== null) dated.set(sameFigure(d), (dated.get(sameFigure(d)) ?? new Set()).add(d.status));
  const restated = (d: FactDraft) => {
    const statuses = dated.get(sameFigure(d));
    return !!statuses && (statuses.has(d.status) || d.status === "actual");
  };
  return withoutRoundings(out.filter((d) => d.period !== null || !restated(d)));
}

/** How close (share of the value) a rounded restatement must be to the precise figure. */
const ROUNDING_SHARE = 0.01;

/**
 * `aid climbs to record A$637 million` over a body's `A$637.3 million in ODA`: a figure that is a
 * rounding of a more precise one of the same metric and unit (within its own precision and 1%) is
 * the same fact, whatever verb the headline chose; the precise statement is kept.
 */
function withoutRoundings(facts: FactDraft[]): FactDraft[] {
  return facts.filter((d) => !facts.some((e) => e !== d && e.metric === d.metric && e.unit === d.unit
    && e.precision < d.precision && (d.period === null || e.period === d.period)
    && Math.abs(e.value - d.value) <= Math.min(d.precision / 2, Math.abs(d.value) * ROUNDING_SHARE)));
}
