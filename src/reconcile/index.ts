// Reconciliation after a batch: for what the batch touched (and the versions it superseded),
// recompute consensus and conflicts per series, acronym expansions per acronym, and spelling
// and translation findings per document. Everything else in the store is left alone.
import type { Db } from "../store/db.ts";
import type { Touched } from "../store/write.ts";
import { ReconcileStore, type SeqMention } from "./queries.ts";
import { reconcileSeries, groupDiscrepancyId, type FactStatement, type NewDiscrepancy } from "./series.ts";
import { summarizeConflict, extendConflict, conflictDescription, conflictRows, type ConflictSummary } from "./conflict.ts";
import { intersect, meet, agreeing } from "./precision.ts";
import { rankKeywords, type RankKeyword } from "./rank.ts";
import {
  expansionDiscrepancy, expansionDiscrepancyId, involvedMentions, summarizeExpansion, variantId, variantKey, type VariantSummary,
} from "./expansion.ts";
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
  const batchStatements = store.batchGroupStatements(documents);
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
      else if (!appendToConflict(store, key, period, batchStatements.get(`${key}\u0000${period}`) ?? [], names)) reconcileGroup(store, key, period, names, keywords);
    }
  }

  // Acronyms whose mentions a superseded version takes away are redone from their mentions.
  const redo = new Set<string>();
  for (const id of superseded) for (const a of store.acronymsOfDocument(id)) redo.add(a);
  const fresh = store.batchExpansionMentions(documents);
  for (const acronym of acronyms) reconcileAcronym(store, acronym, fresh.get(acronym) ?? [], redo.has(acronym));

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
  for (const id of store.factIdsOfSeries(key)) store.setConsensus(id, outcome.consensus.get(id) ?? "true");
  if (statements[0]?.metric === "rank") {
    store.replaceScope(`series:${key}`, outcome.discrepancies);
    return;
  }
  store.replaceScope(`series:${key}`, []);
  const byPeriod = new Map<string, FactStatement[]>();
  for (const st of statements) {
    if (st.period === null) continue;
    let list = byPeriod.get(st.period);
    if (!list) byPeriod.set(st.period, (list = []));
    list.push(st);
  }
  for (const d of outcome.discrepancies) {
    const period = (d.detail as { period: string }).period;
    writeConflict(store, d, key, period, byPeriod.get(period) ?? []);
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
  for (const d of outcome.discrepancies) writeConflict(store, d, key, period, statements);
  for (const id of store.factIdsOfGroup(key, period)) store.setConsensus(id, outcome.consensus.get(id) ?? "true");
  const b = intersect(statements);
  store.setGroupBounds(key, period, statements.length && agreeing(b) ? b : null);
}

/** A group's conflict as reconcileSeries found it, written flat: summary record, one evidence row per statement. */
function writeConflict(store: ReconcileStore, d: NewDiscrepancy, key: string, period: string, statements: FactStatement[]): void {
  store.deleteDiscrepancy(d.id);
  store.replaceDiscrepancyRecord({ ...d, evidence: [], detail: summarizeConflict(key, period, statements) });
  store.appendEvidence(d.id, conflictRows(statements));
}

/**
 * A group already in conflict that the batch adds statements to: its summary and the batch's
 * own statements decide the new record; the statements are appended as evidence. False when
 * the group is not kept flat yet, or the batch changes how its stored intervals split into
 * sides: then it is redone from all its statements.
 */
function appendToConflict(store: ReconcileStore, key: string, period: string, added: FactStatement[], names: (id: string) => string): boolean {
  if (!added.length) return false;
  const id = groupDiscrepancyId("conflict", key, `${period}|`);
  const summary = store.discrepancyDetail(id) as ConflictSummary | undefined;
  if (!summary?.flat) return false;
  // A statement stored before the last one recorded cannot be appended in order.
  if (added.some((s) => s.seq === undefined || s.seq <= summary.last)) return false;
  const next = extendConflict(summary, added);
  if (!next) return false;
  store.replaceDiscrepancyRecord({
    id, kind: "conflict", scope: `series:${key}`, entities: summary.parties, evidence: [],
    description: conflictDescription(next, names), detail: next,
  });
  store.appendEvidence(id, conflictRows(added));
  for (const f of new Set(added.map((s) => s.factId))) store.setConsensus(f, id);
  return true;
}

/**
 * One acronym: its summary rows plus the batch's own mentions decide the discrepancy; the
 * mentions that join it are appended as evidence. Redone from every mention when the acronym has
 * no summary yet, lost mentions (a superseded version), or the batch changes whether a variant
 * already stored takes part (then stored mentions join or leave the evidence).
 */
function reconcileAcronym(store: ReconcileStore, acronym: string, fresh: SeqMention[], lostMentions: boolean): void {
  const rows = store.variantSummary(acronym);
  const lastSeq = rows.reduce((m, r) => Math.max(m, r.last), -Infinity);
  // A mention stored before the summary's last one cannot be appended in order: redo.
  if (lostMentions || !rows.length || fresh.some((m) => m.seq <= lastSeq)) return rebuildAcronym(store, acronym);
  if (!fresh.length) return;
  const before = summarizeExpansion(acronym, rows);
  const merged = new Map(rows.map((r) => [summaryKey(r.expansion, r.language, r.entity), r]));
  const changed = new Map<string, VariantSummary>();
  for (const m of fresh) {
    const k = summaryKey(m.expansion, m.language, m.entityId);
    const r = merged.get(k);
    const next = r ? { ...r, last: m.seq } : { expansion: m.expansion, language: m.language, entity: m.entityId, first: m.seq, last: m.seq };
    merged.set(k, next);
    changed.set(k, next);
  }
  const after = summarizeExpansion(acronym, [...merged.values()]);
  const stored = new Set(rows.map((r) => variantId(r.expansion, r.language)));
  for (const v of stored) if ((before?.involved.has(v) ?? false) !== (after?.involved.has(v) ?? false)) return rebuildAcronym(store, acronym);
  store.saveVariantSummary(acronym, [...changed.values()], false);
  if (!after) return; // no discrepancy before (the same variants take part) nor after
  const id = expansionDiscrepancyId(acronym);
  store.replaceDiscrepancyRecord({
    id, kind: "expansion", scope: `expansion:${acronym}`, description: after.description, entities: after.entities,
    evidence: [], detail: { acronym, expansions: after.expansions },
  });
  store.appendEvidence(id, fresh.filter((m) => after.involved.has(variantId(m.expansion, m.language)))
    .map((m) => ({ seq: m.seq, document: m.document, quote: m.quote, side: variantKey(m.expansion) })));
}

/** The acronym from all its current mentions: summary, discrepancy record and evidence rows. */
function rebuildAcronym(store: ReconcileStore, acronym: string): void {
  const mentions = store.expansionMentions(acronym);
  const summary = new Map<string, VariantSummary>();
  for (const m of mentions) {
    const k = summaryKey(m.expansion, m.language, m.entityId);
    const r = summary.get(k);
    if (r) { r.first = Math.min(r.first, m.seq); r.last = Math.max(r.last, m.seq); }
    else summary.set(k, { expansion: m.expansion, language: m.language, entity: m.entityId, first: m.seq, last: m.seq });
  }
  store.saveVariantSummary(acronym, [...summary.values()], true);
  const found = expansionDiscrepancy(acronym, mentions);
  const scope = `expansion:${acronym}`;
  store.replaceScope(scope, []);
  if (!found) return;
  const expansions = (found.detail as { expansions: { expansion: string }[] }).expansions.map((e) => ({ expansion: e.expansion, side: variantKey(e.expansion) }));
  store.replaceDiscrepancyRecord({ ...found, evidence: [], detail: { acronym, expansions } });
  store.appendEvidence(found.id, involvedMentions(acronym, mentions)
    .map((m) => ({ seq: m.seq, document: m.document, quote: store.quoteOf(m), side: variantKey(m.expansion) })));
}

const summaryKey = (expansion: string, language: string, entity: string) => `${expansion}\u0000${language}\u0000${entity}`;
