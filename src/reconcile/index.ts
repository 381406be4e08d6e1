// Reconciliation after a batch: for what the batch touched (and the versions it superseded),
// recompute consensus and conflicts per series, acronym expansions per acronym, and spelling
// and translation findings per document. Everything else in the store is left alone.
import type { Db } from "../store/db.ts";
import type { Touched } from "../store/write.ts";
import { ReconcileStore } from "./queries.ts";
import { reconcileSeries } from "./series.ts";
import { rankKeywords } from "./rank.ts";
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
  for (const key of series) {
    const outcome = reconcileSeries(key, store.seriesStatements(key), (id) => store.entityName(id), keywords);
    store.replaceScope(`series:${key}`, outcome.discrepancies);
    for (const id of store.factIdsOfSeries(key)) store.setConsensus(id, outcome.consensus.get(id) ?? "true");
  }

  for (const acronym of acronyms) {
    const found = expansionDiscrepancy(acronym, store.expansionMentions(acronym));
    store.replaceScope(`expansion:${acronym}`, found ? [found] : []);
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
