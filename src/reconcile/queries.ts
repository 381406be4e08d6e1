// The SQL side of reconciliation: loads exactly what a batch touched, through indexes, and
// writes back consensus flags and discrepancies scope by scope.
import type { Db } from "../store/db.ts";
import { statementsFor, type Statement, type Statements } from "../store/statements.ts";
import type { FactStatement, NewDiscrepancy } from "./series.ts";
import { definedAcronyms, type ExpansionMention, type VariantSummary } from "./expansion.ts";

/** One evidence row as reconciliation appends it (discrepancy_evidence). */
export interface EvidenceRowIn { seq: number; document: string; quote: string; side: string; fact?: string; surface?: string }

/** An acronym mention with its mention rowid, the order mentions were stored in. */
export interface SeqMention extends ExpansionMention { seq: number }
import type { PersonMention } from "./spelling.ts";
import type { DocumentForTranslation } from "./translation.ts";

type Stmt = Statement;

interface StatementRow {
  id: string; series: string; metric: string; value: number; unit: string; period: string | null; status: string; parties: string; subject: string | null;
  seq: number; document_id: string; sentence: number; quote: string; surface: string; precision: number; approximate: number; published: string | null; language: string;
}

const STATEMENT_COLUMNS = `SELECT f.id, f.series, f.metric, f.value, f.unit, f.period, f.status, f.parties, f.subject, fe.rowid AS seq,
    fe.document_id, fe.sentence, fe.quote, fe.surface, fe.precision, fe.approximate, d.published, d.language
  FROM facts f JOIN fact_evidence fe ON fe.fact_id = f.id JOIN documents d ON d.id = fe.document_id`;
const STATEMENT_ORDER = "AND d.superseded_by IS NULL ORDER BY f.period, f.rowid, fe.document_id, fe.sentence, fe.surface";

const prepared = (db: Db): Statements => statementsFor(db, buildStatements);

function buildStatements(db: Db): Statements {
  return {
    olderVersions: db.prepare("SELECT id FROM documents WHERE source = (SELECT source FROM documents WHERE id = ?) AND superseded_by IS NOT NULL"),
    seriesOfDocument: db.prepare("SELECT DISTINCT f.series FROM fact_evidence fe JOIN facts f ON f.id = fe.fact_id WHERE fe.document_id = ?"),
    acronymsOfDocument: db.prepare("SELECT DISTINCT surface FROM mentions WHERE document_id = ? AND expansion IS NOT NULL"),
    factsOfSeries: db.prepare("SELECT id, metric, value, unit, period, status, parties, subject FROM facts WHERE series = ?"),
    // One query per series or group instead of one per fact (a conflicting group of a common
    // figure has thousands of facts). The ORDER BY is the order the per-fact reads gave: facts
    // in facts_series index order (period, rowid), each fact's evidence in primary-key order.
    statementsOfSeries: db.prepare(`${STATEMENT_COLUMNS} WHERE f.series = ? ${STATEMENT_ORDER}`),
    statementsOfGroup: db.prepare(`${STATEMENT_COLUMNS} WHERE f.series = ? AND f.period = ? ${STATEMENT_ORDER}`),
    // A batch's own statements that fall in a figure group (ranks are grouped otherwise).
    statementsOfDocument: db.prepare(`${STATEMENT_COLUMNS} WHERE fe.document_id = ? AND f.period IS NOT NULL AND f.metric != 'rank' AND d.superseded_by IS NULL ORDER BY fe.rowid`),
    discrepancyDetail: db.prepare("SELECT detail FROM discrepancies WHERE id = ?").pluck(),
    factsOfGroup: db.prepare("SELECT id, metric, value, unit, period, status, parties, subject FROM facts WHERE series = ? AND period = ?"),
    seriesParties: db.prepare("SELECT parties FROM facts WHERE series = ? LIMIT 1"),
    groupBounds: db.prepare("SELECT lo, hi FROM fact_group_bounds WHERE series = ? AND period = ?"),
    setGroupBounds: db.prepare("INSERT OR REPLACE INTO fact_group_bounds (series, period, lo, hi) VALUES (?, ?, ?, ?)"),
    dropGroupBounds: db.prepare("DELETE FROM fact_group_bounds WHERE series = ? AND period = ?"),
    deleteDiscrepancy: db.prepare("DELETE FROM discrepancies WHERE id = ?"),
    sentencePeriods: db.prepare("SELECT DISTINCT f.period FROM fact_evidence fe JOIN facts f ON f.id = fe.fact_id WHERE fe.document_id = ? AND fe.sentence = ? AND f.period IS NOT NULL"),
    entityName: db.prepare("SELECT name FROM entities WHERE id = ?"),
    // The sentence span comes out of the stored analysis in SQL: the text is read later, and only
    // for the mentions that end up as evidence (a common acronym has thousands of mentions).
    expansionMentions: db.prepare(`SELECT m.rowid AS seq, m.document_id, m.entity_id, m.sentence, m.expansion, d.language,
        json_extract(d.analysis, '$.sentences[' || m.sentence || '].start') AS span_start,
        json_extract(d.analysis, '$.sentences[' || m.sentence || '].end') AS span_end
      FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.surface = ? AND m.expansion IS NOT NULL AND d.superseded_by IS NULL ORDER BY m.rowid`),
    // A batch's own acronym mentions (every surface), by the mentions primary key.
    documentExpansions: db.prepare("SELECT rowid AS seq, surface, entity_id, sentence, expansion FROM mentions WHERE document_id = ? AND expansion IS NOT NULL"),
    variantSummary: db.prepare("SELECT expansion, language, entity, first, last FROM expansion_variants WHERE acronym = ?"),
    dropVariantSummary: db.prepare("DELETE FROM expansion_variants WHERE acronym = ?"),
    setVariantSummary: db.prepare("INSERT OR REPLACE INTO expansion_variants (acronym, expansion, language, entity, first, last) VALUES (?, ?, ?, ?, ?, ?)"),
    addEvidence: db.prepare("INSERT OR IGNORE INTO discrepancy_evidence (discrepancy_id, seq, document, quote, side, fact, surface) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    dropEvidence: db.prepare("DELETE FROM discrepancy_evidence WHERE discrepancy_id = ?"),
    documentText: db.prepare("SELECT text FROM documents WHERE id = ?").pluck(),
    personMentions: db.prepare(`SELECT m.entity_id, m.surface, m.sentence, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.document_id = ? AND e.type = 'person' ORDER BY m.start`),
    documentEntities: db.prepare(`SELECT DISTINCT m.entity_id, r.ref FROM mentions m LEFT JOIN entity_refs r ON r.entity_id = m.entity_id WHERE m.document_id = ?`),
    document: db.prepare("SELECT id, language, text, analysis, superseded_by FROM documents WHERE id = ?"),
    placedMentions: db.prepare("SELECT entity_id, start, end, surface, expansion FROM mentions WHERE document_id = ?"),
    setExpansion: db.prepare("UPDATE mentions SET expansion = ? WHERE document_id = ? AND start = ? AND entity_id = ? AND expansion IS NULL"),
    scopeIds: db.prepare("SELECT id FROM discrepancies WHERE scope = ?"),
    deleteScope: db.prepare("DELETE FROM discrepancies WHERE scope = ?"),
    insertDiscrepancy: db.prepare(`INSERT OR REPLACE INTO discrepancies (id, kind, description, entities, evidence, detail, scope) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    setConsensus: db.prepare("UPDATE facts SET consensus = ? WHERE id = ?"),
  };
}

/** Stands for the sentence [start, end) of a document until its text is read (quoteOf). */
function quoteRef(document: string, start: number, end: number): string {
  return `\u0000${document}\u0000${start}\u0000${end}`;
}

const HAS_PARENTHESIS = /[(（]/;

/**
 * The same string, no longer sharing the storage of the one it was sliced from: V8 keeps a long
 * slice as a view into its parent, so quotes held for a whole batch would hold every document text.
 * Concatenating and slicing again makes it copy the characters out (same value, own storage).
 */
function detached(s: string): string {
  return (" " + s).slice(1);
}

/** Documents whose text a reconciliation keeps at hand (a batch's own documents come first). */
const DOC_CACHE_SIZE = 2000;

export class ReconcileStore {
  private readonly s: Record<string, Stmt>;
  private readonly docCache = new Map<string, { id: string; language: string; text: string; sentences: { start: number; end: number }[]; current: boolean } | null>();

  constructor(db: Db) {
    this.s = prepared(db);
  }

  olderVersions(docId: string): string[] {
    return (this.s.olderVersions.all(docId) as { id: string }[]).map((r) => r.id);
  }

  seriesOfDocument(docId: string): string[] {
    return (this.s.seriesOfDocument.all(docId) as { series: string }[]).map((r) => r.series);
  }

  /** Records on acronym mentions the long form the text defines them with, where the recogniser did not. */
  fillExpansions(docId: string): void {
    const d = this.doc(docId);
    // Both ways of defining an acronym put a parenthesis between the two mentions (definedAcronyms):
    // a text without one has nothing to fill, and its mentions need not be read back.
    if (!d || !d.current || !HAS_PARENTHESIS.test(d.text)) return;
    const rows = this.s.placedMentions.all(docId) as { entity_id: string; start: number; end: number; surface: string; expansion: string | null }[];
    const found = definedAcronyms(d.text, rows.map((r) => ({ entityId: r.entity_id, start: r.start, end: r.end, surface: r.surface, expansion: r.expansion })));
    for (const f of found) this.s.setExpansion.run(f.expansion, docId, f.start, f.entityId);
  }

  acronymsOfDocument(docId: string): string[] {
    return (this.s.acronymsOfDocument.all(docId) as { surface: string }[]).map((r) => r.surface);
  }

  entityName(id: string): string {
    return (this.s.entityName.get(id) as { name: string } | undefined)?.name ?? id;
  }

  /** The sentence, copied from the document text so quotes always match it exactly. */
  quote(docId: string, sentence: number): string | null {
    const d = this.doc(docId);
    const s = d?.sentences[sentence];
    return d && s ? d.text.slice(s.start, s.end) : null;
  }

  doc(docId: string) {
    if (!this.docCache.has(docId)) {
      // Bounded: quoting every mention of a common acronym visits a good share of the store, and
      // holding all those texts made memory grow with it. The oldest entry goes first.
      if (this.docCache.size >= DOC_CACHE_SIZE) this.docCache.delete(this.docCache.keys().next().value as string);
      const row = this.s.document.get(docId) as { id: string; language: string; text: string; analysis: string; superseded_by: string | null } | undefined;
      this.docCache.set(docId, row ? {
        id: row.id, language: row.language, text: row.text, current: row.superseded_by == null,
        sentences: (JSON.parse(row.analysis) as { sentences?: { start: number; end: number }[] }).sentences ?? [],
      } : null);
    }
    return this.docCache.get(docId) ?? null;
  }

  seriesStatements(series: string): FactStatement[] {
    return this.statementsOf(this.s.statementsOfSeries.all(series));
  }

  /** The statements of one period of a series, in the order seriesStatements gives them. */
  groupStatements(series: string, period: string): FactStatement[] {
    return this.statementsOf(this.s.statementsOfGroup.all(series, period));
  }

  factIdsOfGroup(series: string, period: string): string[] {
    return (this.s.factsOfGroup.all(series, period) as { id: string }[]).map((r) => r.id);
  }

  /** The parties every fact of the series names (the series key is made from them). */
  seriesParties(series: string): string[] {
    const row = this.s.seriesParties.get(series) as { parties: string } | undefined;
    return row ? (JSON.parse(row.parties) as string[]) : [];
  }

  groupBounds(series: string, period: string): { lo: number; hi: number } | null {
    return (this.s.groupBounds.get(series, period) as { lo: number; hi: number } | undefined) ?? null;
  }

  /** Records an agreeing group's interval intersection, or forgets the group (null). */
  setGroupBounds(series: string, period: string, bounds: { lo: number; hi: number } | null): void {
    if (bounds) this.s.setGroupBounds.run(series, period, bounds.lo, bounds.hi);
    else this.s.dropGroupBounds.run(series, period);
  }

  deleteDiscrepancy(id: string): void {
    this.s.dropEvidence.run(id);
    this.s.deleteDiscrepancy.run(id);
  }

  private statementsOf(rows: unknown[]): FactStatement[] {
    const out: FactStatement[] = [];
    // A fact's parties are parsed once for all its evidence rows (they are adjacent).
    let lastFact = "";
    let parties: string[] = [];
    // Several ranks of one series can be stated in one sentence: its periods are read once.
    const sentences = new Map<string, string[]>();
    for (const r of rows as StatementRow[]) {
      if (r.id !== lastFact) { lastFact = r.id; parties = JSON.parse(r.parties) as string[]; }
      const periods = r.metric === "rank" && !r.period ? this.sentencePeriods(r.document_id, r.sentence, sentences) : [];
      out.push({
        factId: r.id, seq: r.seq, series: r.series, metric: r.metric, value: r.value, unit: r.unit, period: r.period, status: r.status,
        parties: [...parties], subject: r.subject, document: r.document_id, language: r.language, quote: r.quote,
        surface: r.surface, precision: r.precision, approximate: !!r.approximate, published: r.published, sentencePeriods: periods,
      });
    }
    return out;
  }

  /** Periods of the facts stated in one sentence (for ranks stated without one). */
  private sentencePeriods(document: string, sentence: number, cache: Map<string, string[]>): string[] {
    const k = `${document}\u0000${sentence}`;
    let periods = cache.get(k);
    if (!periods) cache.set(k, (periods = (this.s.sentencePeriods.all(document, sentence) as { period: string }[]).map((p) => p.period)));
    return [...periods];
  }

  factIdsOfSeries(series: string): string[] {
    return (this.s.factsOfSeries.all(series) as { id: string }[]).map((r) => r.id);
  }

  /**
   * Every current mention of the acronym with a long form, in mention order. Their `quote` is a
   * placeholder naming the sentence (`quoteRef`), read by quoteOf only for the evidence. A
   * mention whose sentence span is missing or empty has no quote and is left out.
   */
  expansionMentions(acronym: string): SeqMention[] {
    const rows = this.s.expansionMentions.all(acronym) as { seq: number; document_id: string; entity_id: string; sentence: number; expansion: string; language: string; span_start: number | null; span_end: number | null }[];
    return rows.flatMap((r) => {
      if (r.span_start == null || r.span_end == null || r.span_end <= r.span_start) return [];
      const quote = quoteRef(r.document_id, r.span_start, r.span_end);
      return [{ acronym, expansion: r.expansion, entityId: r.entity_id, document: r.document_id, language: r.language, quote, seq: r.seq }];
    });
  }

  /**
   * The acronym mentions with a long form of the batch's current documents, by acronym, in
   * mention order. Quotes are the sentences themselves (the documents are cached already).
   */
  batchExpansionMentions(docIds: Iterable<string>): Map<string, SeqMention[]> {
    const out = new Map<string, SeqMention[]>();
    for (const id of docIds) {
      const d = this.doc(id);
      if (!d || !d.current) continue;
      const quotes = new Map<number, string>();
      for (const r of this.s.documentExpansions.all(id) as { seq: number; surface: string; entity_id: string; sentence: number; expansion: string }[]) {
        const span = d.sentences[r.sentence];
        // As expansionMentions: a mention without a (non-empty) sentence span is left out.
        if (!span || span.start == null || span.end == null || span.end <= span.start) continue;
        let list = out.get(r.surface);
        if (!list) out.set(r.surface, (list = []));
        // One copy per sentence, detached from the document text: a plain slice would keep every
        // document of the batch alive until the batch is reconciled.
        let quote = quotes.get(r.sentence);
        if (quote === undefined) quotes.set(r.sentence, (quote = detached(d.text.slice(span.start, span.end))));
        list.push({ acronym: r.surface, expansion: r.expansion, entityId: r.entity_id, document: id, language: d.language, quote, seq: r.seq });
      }
    }
    for (const list of out.values()) list.sort((a, b) => a.seq - b.seq);
    return out;
  }

  variantSummary(acronym: string): VariantSummary[] {
    return this.s.variantSummary.all(acronym) as VariantSummary[];
  }

  /** Replaces the acronym's summary rows (all of them when `whole`, else only those given). */
  saveVariantSummary(acronym: string, rows: VariantSummary[], whole: boolean): void {
    if (whole) this.s.dropVariantSummary.run(acronym);
    for (const r of rows) this.s.setVariantSummary.run(acronym, r.expansion, r.language, r.entity, r.first, r.last);
  }

  /** Appends evidence rows (a mention already recorded is left as it is). */
  appendEvidence(discrepancyId: string, rows: EvidenceRowIn[]): void {
    for (const r of rows) this.s.addEvidence.run(discrepancyId, r.seq, r.document, r.quote, r.side, r.fact ?? null, r.surface ?? null);
  }

  /** The batch's statements in figure groups, by `series\u0000period`, in storing order. */
  batchGroupStatements(docIds: Iterable<string>): Map<string, FactStatement[]> {
    const out = new Map<string, FactStatement[]>();
    for (const id of docIds) {
      for (const st of this.statementsOf(this.s.statementsOfDocument.all(id))) {
        const k = `${st.series}\u0000${st.period}`;
        let list = out.get(k);
        if (!list) out.set(k, (list = []));
        list.push(st);
      }
    }
    for (const list of out.values()) list.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    return out;
  }

  /** A discrepancy's stored detail (its summary, for kinds kept flat), or undefined. */
  discrepancyDetail(id: string): unknown {
    const raw = this.s.discrepancyDetail.get(id) as string | null | undefined;
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  }

  /** The quote of a mention from expansionMentions (a placeholder until now). */
  quoteOf(m: SeqMention): string {
    if (!m.quote.startsWith("\u0000")) return m.quote;
    const [start, end] = m.quote.split("\u0000").slice(2).map(Number);
    return ((this.s.documentText.get(m.document) as string | undefined) ?? "").slice(start, end);
  }

  personMentions(docId: string): PersonMention[] {
    const rows = this.s.personMentions.all(docId) as { entity_id: string; surface: string; sentence: number; name: string }[];
    return rows.flatMap((r) => {
      const quote = this.quote(docId, r.sentence);
      return quote ? [{ entityId: r.entity_id, name: r.name, surface: r.surface, document: docId, quote }] : [];
    });
  }

  translationInput(docId: string): DocumentForTranslation | null {
    const d = this.doc(docId);
    if (!d) return null;
    const documentEntities = this.s.documentEntities;
    let entities: Set<string> | undefined;
    let sentences: DocumentForTranslation["sentences"] | undefined;
    // Entities and sentence texts are read only once a false rendering is found in the text, which
    // few documents have: the others skip a query over their mentions. Read at once by the caller
    // (translationDiscrepancies), so they see the store as it is here.
    return {
      id: d.id, language: d.language, text: d.text,
      get sentences() {
        return (sentences ??= d.sentences.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })));
      },
      get entities() {
        if (!entities) {
          entities = new Set<string>();
          for (const r of documentEntities.all(docId) as { entity_id: string; ref: string | null }[]) {
            entities.add(r.entity_id);
            if (r.ref) entities.add(r.ref);
          }
        }
        return entities;
      },
    };
  }

  replaceScope(scope: string, found: NewDiscrepancy[]): void {
    for (const r of this.s.scopeIds.all(scope) as { id: string }[]) this.s.dropEvidence.run(r.id);
    this.s.deleteScope.run(scope);
    this.insertDiscrepancies(found);
  }

  /** Writes a discrepancy's record (description, entities, detail), keeping its evidence rows. */
  replaceDiscrepancyRecord(d: NewDiscrepancy): void {
    this.insertDiscrepancies([d]);
  }

  insertDiscrepancies(found: NewDiscrepancy[]): void {
    for (const d of found) {
      this.s.insertDiscrepancy.run(d.id, d.kind, d.description, JSON.stringify(d.entities), JSON.stringify(d.evidence), JSON.stringify(d.detail), d.scope);
    }
  }

  setConsensus(factId: string, value: string): void {
    this.s.setConsensus.run(value, factId);
  }
}
