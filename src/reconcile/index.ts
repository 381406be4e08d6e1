// Reconciliation after a batch: for what the batch touched (and the versions it superseded),
// recompute consensus and conflicts per series, acronym expansions per acronym, and spelling
// and translation findings per document. Everything else in the store is left alone.
import type { Db } from "../store/db.ts";
import type { Touched } from "../store/write.ts";
import { ReconcileStore } from "./queries.ts";
import { reconcileSeries, groupDiscrepancyId, type FactStatement } from "./series.ts";
import { intersect, meet, agreeing } from "./precision.ts";
import { rankKeywords, type RankKeyword } from "./rank.ts";
import { expansionDiscrepancy } from "./expansion.ts";
import { spellingDiscrepancies } from "./spelling.ts";
import { translationDiscrepancies, falseRenderings } from "./translation.ts";

/** Recomputes consensus, conflicts and discrepancies for what a batch touched. */
export function reconcile(db: Db, touched: Touched): void {
  const store = new ReconcileStore(db);
  const series = new Set(touched.series);
  const acronyms = new Set<string>();
  const documents = new Set(touched.documents);
  const superseded = new Set<string>();
  for (const id of touched.documents) for (const old of store.olderVersions(id)) superseded.add(old);
  for (const id of documents) store.fillExpansions(id);
  for (const id of [...documents, ...superseded]) {
    for (const s of store.seriesOfDocument(id)) series.add(s);
    for (const a of store.acronymsOfDocument(id)) acronyms.add(a);
  }

  const keywords = rankKeywords();
  const names = (id: string) => store.entityName(id);
  // Versions that left the store can take statements out of any group: redo their series whole.
  const whole = new Set<string>();
  for (const id of superseded) for (const s of store.seriesOfDocument(id)) whole.add(s);
  for (const key of series) {
    const added = touched.statements.get(key);
    // Ranks are grouped by a period and category read from each sentence, not by the fact's
    // period; a renamed party changes the description of every group of the series.
    if (!added || whole.has(key) || added.metric === "rank" || store.seriesParties(key).some((p) => touched.renamed.has(p))) {
      reconcileWholeSeries(store, key, names, keywords);
      continue;
    }
    for (const [period, bounds] of added.byPeriod) {
      if (period === null) continue; // statements without a period are never compared
      // A group that agreed and still agrees with what the batch added is left as it is.
      const before = store.groupBounds(key, period);
      const after = before ? meet(before, bounds) : null;
      if (after && agreeing(after)) store.setGroupBounds(key, period, after);
      else reconcileGroup(store, key, period, names, keywords);
    }
  }

  for (const acronym of acronyms) {
    // Most acronyms are always spelled out the same way: their few distinct long forms settle it
    // without reading every mention (and its sentence) of the acronym in the store.
    const possible = expansionDiscrepancy(acronym, store.expansionVariants(acronym)) !== null;
    const found = possible ? expansionDiscrepancy(acronym, store.expansionMentions(acronym)) : null;
    store.replaceScope(`expansion:${acronym}`, found ? [store.withQuotes(found)] : []);
  }

  const table = falseRenderings();
  for (const id of superseded) {
    store.replaceScope(`spelling:${id}`, []);
    store.replaceScope(`translation:${id}`, []);
  }
  for (const id of documents) {
    const doc = store.doc(id);
    if (!doc || !doc.current) continue;
    store.replaceScope(`spelling:${id}`, spellingDiscrepancies(id, store.personMentions(id)));
    const input = store.translationInput(id);
    store.replaceScope(`translation:${id}`, input ? translationDiscrepancies(input, table) : []);
  }
}

/** Consensus and conflicts of a whole series, and the bounds of each of its agreeing groups. */
function reconcileWholeSeries(store: ReconcileStore, key: string, names: (id: string) => string, keywords: RankKeyword[]): void {
  const statements = store.seriesStatements(key);
  const outcome = reconcileSeries(key, statements, names, keywords);
  store.replaceScope(`series:${key}`, outcome.discrepancies);
  for (const id of store.factIdsOfSeries(key)) store.setConsensus(id, outcome.consensus.get(id) ?? "true");
  if (statements[0]?.metric === "rank") return;
  const byPeriod = new Map<string, FactStatement[]>();
  for (const st of statements) {
    if (st.period === null) continue;
    let list = byPeriod.get(st.period);
    if (!list) byPeriod.set(st.period, (list = []));
    list.push(st);
  }
  for (const [period, list] of byPeriod) {
    const b = intersect(list);
    store.setGroupBounds(key, period, agreeing(b) ? b : null);
  }
}

/**
 * One period of a (non-rank) series: the only group its statements fall in. Read back and judged
 * as reconcileSeries judges the whole series, so the result is the same as redoing the series.
 */
function reconcileGroup(store: ReconcileStore, key: string, period: string, names: (id: string) => string, keywords: RankKeyword[]): void {
  const statements = store.groupStatements(key, period);
  const outcome = reconcileSeries(key, statements, names, keywords);
  store.deleteDiscrepancy(groupDiscrepancyId("conflict", key, `${period}|`));
  store.insertDiscrepancies(outcome.discrepancies);
  for (const id of store.factIdsOfGroup(key, period)) store.setConsensus(id, outcome.consensus.get(id) ?? "true");
  const b = intersect(statements);
  store.setGroupBounds(key, period, statements.length && agreeing(b) ? b : null);
}
