// Read queries over the store, shaped like the export contract (../shared/contract/EXPORT.md).
// The CLI, the HTTP API and the export all read through here.
import type { Db } from "./db.ts";

export interface DocumentRow {
  id: string; source: string; url: string | null; language: string; title: string | null;
  published: string | null; story: string; text: string; format: string; encoding: string;
  version: number; superseded_by: string | null; ingested_at: string;
}

export interface EvidenceRow { document: string; quote: string }

export interface EntityRecord {
  id: string; type: string; key: string; name: string;
  aliases: string[]; roles: string[]; documents: string[];
}

export interface FactEvidenceRecord extends EvidenceRow {
  sentence: number; surface: string; precision: number; approximate: boolean; language: string;
}

export interface FactRecord {
  id: string; metric: string; value: number; unit: string; period: string | null; status: string;
  parties: string[]; subject: string | null; series: string; consensus: true | string;
  evidence: FactEvidenceRecord[];
}

export interface EventRecord {
  id: string; type: string; name: string; ordinal: number | null; date: string | null;
  place: string | null; country: string | null; participants: string[]; series: string | null;
  evidence: (EvidenceRow & { sentence: number })[];
}

export interface DiscrepancyRecord {
  id: string; kind: string; description: string; entities: string[];
  evidence: EvidenceRow[]; detail: unknown;
}

export interface DocumentFilter {
  language?: string; from?: string; to?: string; entity?: string; story?: string;
  includeSuperseded?: boolean; limit?: number; offset?: number;
}

const CURRENT = "superseded_by IS NULL";

export function listDocuments(db: Db, f: DocumentFilter = {}): DocumentRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (!f.includeSuperseded) where.push(CURRENT);
  if (f.language) { where.push("language = ?"); args.push(f.language); }
  if (f.from) { where.push("published >= ?"); args.push(f.from); }
  if (f.to) { where.push("published <= ?"); args.push(f.to); }
  if (f.story) { where.push("story = ?"); args.push(f.story); }
  if (f.entity) { where.push("id IN (SELECT document_id FROM mentions WHERE entity_id = ?)"); args.push(f.entity); }
  const sql = `SELECT id, source, url, language, title, published, story, text, format, encoding, version, superseded_by, ingested_at
    FROM documents ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY published IS NULL, published, source
    ${f.limit != null ? `LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset ?? 0)}` : ""}`;
  return db.prepare(sql).all(...args) as DocumentRow[];
}

export function getDocument(db: Db, id: string): (DocumentRow & { analysis: string }) | undefined {
  return db.prepare("SELECT * FROM documents WHERE id = ?").get(id) as (DocumentRow & { analysis: string }) | undefined;
}

export function countDocuments(db: Db): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM documents WHERE ${CURRENT}`).get() as { n: number }).n;
}

/** Entities with aliases, roles and the (current) documents that mention them. */
export function listEntities(db: Db, opts: { type?: string; ids?: string[] } = {}): EntityRecord[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (opts.type) { where.push("e.type = ?"); args.push(opts.type); }
  if (opts.ids) { where.push(`e.id IN (${opts.ids.map(() => "?").join(",") || "NULL"})`); args.push(...opts.ids); }
  // Only entities mentioned in a current document, or standing as a party/participant.
  const rows = db.prepare(`SELECT e.id, e.type, e.key, e.name FROM entities e ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY e.type, e.name`).all(...args) as { id: string; type: string; key: string; name: string }[];
  const aliases = groupBy(db.prepare("SELECT entity_id AS k, alias AS v FROM entity_aliases ORDER BY alias").all() as { k: string; v: string }[]);
  const roles = groupBy(db.prepare("SELECT entity_id AS k, role AS v FROM entity_roles ORDER BY role").all() as { k: string; v: string }[]);
  const docs = groupBy(db.prepare(`SELECT DISTINCT m.entity_id AS k, m.document_id AS v FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.${CURRENT} ORDER BY m.document_id`).all() as { k: string; v: string }[]);
  return rows.map((r) => ({ ...r, aliases: aliases.get(r.id) ?? [], roles: roles.get(r.id) ?? [], documents: docs.get(r.id) ?? [] }));
}

export interface FactFilter { metric?: string; parties?: string[]; document?: string; status?: string; from?: string; to?: string }

export function listFacts(db: Db, f: FactFilter = {}): FactRecord[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.metric) { where.push("f.metric = ?"); args.push(f.metric); }
  if (f.status) { where.push("f.status = ?"); args.push(f.status); }
  if (f.document) { where.push("f.id IN (SELECT fact_id FROM fact_evidence WHERE document_id = ?)"); args.push(f.document); }
  if (f.from) { where.push("f.period >= ?"); args.push(f.from.slice(0, 4)); }
  if (f.to) { where.push("substr(f.period, 1, 4) <= ?"); args.push(f.to.slice(0, 4)); }
  const rows = db.prepare(`SELECT * FROM facts f ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY f.metric, f.period, f.value`).all(...args) as {
    id: string; metric: string; value: number; unit: string; period: string | null; status: string; parties: string; subject: string | null; series: string; consensus: string;
  }[];
  const ev = db.prepare(`SELECT fe.fact_id, fe.document_id, fe.sentence, fe.quote, fe.surface, fe.precision, fe.approximate, d.language
    FROM fact_evidence fe JOIN documents d ON d.id = fe.document_id WHERE d.${CURRENT} ORDER BY fe.document_id, fe.sentence`).all() as {
    fact_id: string; document_id: string; sentence: number; quote: string; surface: string; precision: number; approximate: number; language: string;
  }[];
  const byFact = new Map<string, FactEvidenceRecord[]>();
  for (const e of ev) {
    const list = byFact.get(e.fact_id) ?? [];
    list.push({ document: e.document_id, quote: e.quote, sentence: e.sentence, surface: e.surface, precision: e.precision, approximate: !!e.approximate, language: e.language });
    byFact.set(e.fact_id, list);
  }
  const out: FactRecord[] = [];
  for (const r of rows) {
    const evidence = byFact.get(r.id);
    if (!evidence) continue; // every source superseded
    const parties = JSON.parse(r.parties) as string[];
    if (f.parties?.length && !f.parties.every((p) => parties.includes(p))) continue;
    out.push({ ...r, parties, consensus: r.consensus === "true" ? true : r.consensus, evidence });
  }
  return out;
}

export interface EventFilter { entity?: string; from?: string; to?: string; document?: string }

export function listEvents(db: Db, f: EventFilter = {}): EventRecord[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.from) { where.push("date >= ?"); args.push(f.from); }
  if (f.to) { where.push("date <= ?"); args.push(f.to); }
  if (f.document) { where.push("id IN (SELECT event_id FROM event_evidence WHERE document_id = ?)"); args.push(f.document); }
  const rows = db.prepare(`SELECT * FROM events ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY date IS NULL, date, name`).all(...args) as {
    id: string; type: string; name: string; ordinal: number | null; date: string | null; place: string | null; country: string | null; series: string | null; participants: string;
  }[];
  const ev = db.prepare(`SELECT ee.event_id, ee.document_id, ee.sentence, ee.quote FROM event_evidence ee JOIN documents d ON d.id = ee.document_id WHERE d.${CURRENT} ORDER BY ee.document_id, ee.sentence`).all() as {
    event_id: string; document_id: string; sentence: number; quote: string;
  }[];
  const byEvent = new Map<string, EventRecord["evidence"]>();
  for (const e of ev) {
    const list = byEvent.get(e.event_id) ?? [];
    list.push({ document: e.document_id, quote: e.quote, sentence: e.sentence });
    byEvent.set(e.event_id, list);
  }
  const out: EventRecord[] = [];
  for (const r of rows) {
    const evidence = byEvent.get(r.id);
    if (!evidence) continue;
    const participants = JSON.parse(r.participants) as string[];
    if (f.entity && !participants.includes(f.entity)) continue;
    out.push({ id: r.id, type: r.type, name: r.name, ordinal: r.ordinal, date: r.date, place: r.place, country: r.country, series: r.series, participants, evidence });
  }
  return out;
}

export function listDiscrepancies(db: Db, opts: { kind?: string } = {}): DiscrepancyRecord[] {
  const rows = db.prepare(`SELECT * FROM discrepancies ${opts.kind ? "WHERE kind = ?" : ""} ORDER BY kind, id`).all(...(opts.kind ? [opts.kind] : [])) as DiscrepancyRow[];
  const assemble = discrepancyAssembler(db);
  return rows.map(assemble);
}

export interface DiscrepancyRow { id: string; kind: string; description: string; entities: string; evidence: string; detail: string | null }

/**
 * Turns a discrepancies row into its record. A discrepancy whose evidence is kept in
 * discrepancy_evidence (appended as statements or mentions join it) gets it from there: unique
 * by (document, quote), in insertion order; its detail names the side each long form's documents
 * come from. Rows without evidence rows carry their evidence as JSON (stores before migration 7).
 */
export function discrepancyAssembler(db: Db): (r: DiscrepancyRow) => DiscrepancyRecord {
  // A store read before migration 7 (tests of older schemas) has no evidence rows at all.
  const hasRows = !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'discrepancy_evidence'").get();
  const evidenceRows = hasRows ? db.prepare("SELECT document, quote, side, fact, surface FROM discrepancy_evidence WHERE discrepancy_id = ? ORDER BY seq") : null;
  return (r) => {
    const rows = (evidenceRows?.all(r.id) ?? []) as EvidenceRowOut[];
    const detail = r.detail ? (JSON.parse(r.detail) as unknown) : null;
    const base = { id: r.id, kind: r.kind, description: r.description, entities: JSON.parse(r.entities) as string[] };
    if (!rows.length) return { ...base, evidence: JSON.parse(r.evidence) as EvidenceRow[], detail };
    const seen = new Set<string>();
    const evidence: EvidenceRow[] = [];
    const bySide = new Map<string, EvidenceRowOut[]>();
    for (const e of rows) {
      const k = `${e.document}\u0000${e.quote}`;
      if (!seen.has(k)) { seen.add(k); evidence.push({ document: e.document, quote: e.quote }); }
      let list = bySide.get(e.side);
      if (!list) bySide.set(e.side, (list = []));
      list.push(e);
    }
    return { ...base, evidence, detail: conflictDetail(detail, bySide) ?? withSideDocuments(detail, bySide) };
  };
}

interface EvidenceRowOut { document: string; quote: string; side: string; fact: string | null; surface: string | null }

/**
 * A conflict's detail as it was written whole, from its summary (each side's intervals) and its
 * evidence rows (each on the side of its statement's interval); null for other details.
 */
function conflictDetail(detail: unknown, bySide: Map<string, EvidenceRowOut[]>): unknown {
  const d = detail as { flat?: boolean; series: string; period: string; category: string | null; sides?: { values: number[]; intervals: [number, number, number][] }[] } | null;
  if (!d?.flat || !d.sides) return null;
  return {
    series: d.series, period: d.period, category: d.category,
    sides: d.sides.map((side) => {
      const rows = side.intervals.flatMap(([lo, hi]) => bySide.get(`${lo}|${hi}`) ?? []);
      return { values: side.values, facts: [...new Set(rows.map((r) => r.fact ?? ""))], sources: rows.map((r) => ({ document: r.document, quote: r.quote, surface: r.surface ?? "" })) };
    }),
  };
}

/** An expansion detail as it was written whole: each long form with the documents that use it. */
function withSideDocuments(detail: unknown, bySide: Map<string, EvidenceRowOut[]>): unknown {
  const d = detail as { expansions?: { expansion: string; side?: string }[] } | null;
  if (!d?.expansions) return detail;
  return { ...d, expansions: d.expansions.map((e) => ({ expansion: e.expansion, documents: [...new Set((bySide.get(e.side ?? "") ?? []).map((r) => r.document))] })) };
}

function groupBy(rows: { k: string; v: string }[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const { k, v } of rows) {
    const list = m.get(k);
    if (list) list.push(v); else m.set(k, [v]);
  }
  return m;
}
