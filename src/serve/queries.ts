// Read-only SQL behind the HTTP API. Pages are cut in SQL (with a COUNT for the total) so a large
// store never has to be loaded whole to answer one screen; related rows are then fetched by id.
import type { Db } from "../store/db.ts";
import { discrepancyAssembler, type DiscrepancyRow } from "../store/read.ts";

export type Consensus = true | string;

export interface EntityRefOut { id: string; name: string; type: string }
export interface SourceOut { document: string; sentence: number; quote: string; surface?: string; language: string; title: string | null; label: string; published: string | null }
export interface FactOut {
  id: string; metric: string; value: number; unit: string; period: string | null; status: string;
  parties: EntityRefOut[]; subject: string | null; series: string; consensus: Consensus; approximate: boolean; sources: SourceOut[];
}
export interface EventOut {
  id: string; type: string; name: string; ordinal: number | null; date: string | null; place: string | null;
  country: string | null; series: string | null; participants: EntityRefOut[]; sources: SourceOut[];
}
export interface DocumentSummaryOut {
  id: string; source: string; url: string | null; language: string; title: string | null; published: string | null; story: string | null; excerpt: string;
}
export interface Paged<T> { total: number; limit: number; offset: number; items: T[] }
export interface PageArgs { limit: number; offset: number }

const CURRENT_DOC = "d.superseded_by IS NULL";

class Where {
  readonly parts: string[] = [];
  readonly args: unknown[] = [];
  add(sql: string, ...args: unknown[]): void { this.parts.push(sql); this.args.push(...args); }
  toString(): string { return this.parts.length ? `WHERE ${this.parts.join(" AND ")}` : ""; }
}

function count(db: Db, sql: string, args: unknown[]): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM (${sql})`).get(...args) as { n: number }).n;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(",") || "NULL";
}

/** Entity ids as the store holds them; ids from other references (merged spellings) are resolved too. */
export function resolveEntityId(db: Db, id: string): string | null {
  const direct = db.prepare("SELECT id FROM entities WHERE id = ?").get(id) as { id: string } | undefined;
  if (direct) return direct.id;
  const viaRef = db.prepare("SELECT entity_id AS id FROM entity_refs WHERE ref = ?").get(id) as { id: string } | undefined;
  return viaRef?.id ?? null;
}

export function entityRefs(db: Db, ids: Iterable<string>): Map<string, EntityRefOut> {
  const list = [...new Set(ids)];
  const out = new Map<string, EntityRefOut>();
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500);
    for (const r of db.prepare(`SELECT id, name, type FROM entities WHERE id IN (${placeholders(chunk.length)})`).all(...chunk) as EntityRefOut[]) out.set(r.id, r);
  }
  return out;
}

function refsFor(map: Map<string, EntityRefOut>, ids: string[]): EntityRefOut[] {
  // An id the entities table does not know (yet) is still shown, named by its key.
  return ids.map((id) => map.get(id) ?? { id, name: id.includes(":") ? id.slice(id.indexOf(":") + 1) : id, type: id.includes(":") ? id.slice(0, id.indexOf(":")) : "unknown" });
}

function excerpt(text: string | null): string {
  const t = (text ?? "").replace(/\s+/g, " ").trim();
  return t.length > 220 ? `${t.slice(0, 219)}…` : t;
}

const DOC_COLUMNS = "d.id, d.source, d.url, d.language, d.title, d.published, d.story, substr(d.text, 1, 400) AS head";
type DocHeadRow = Omit<DocumentSummaryOut, "excerpt"> & { head: string };
const toSummary = ({ head, ...r }: DocHeadRow): DocumentSummaryOut => ({ ...r, excerpt: excerpt(head) });

// ---------- documents ----------

export interface DocumentsArgs extends PageArgs { language?: string; from?: string; to?: string; entity?: string; story?: string }

export function queryDocuments(db: Db, a: DocumentsArgs): Paged<DocumentSummaryOut> {
  const w = new Where();
  w.add(CURRENT_DOC);
  if (a.language) w.add("d.language = ?", a.language);
  if (a.from) w.add("d.published >= ?", a.from);
  if (a.to) w.add("substr(d.published, 1, ?) <= ?", a.to.length, a.to);
  if (a.story) w.add("d.story = ?", a.story);
  if (a.entity) w.add("d.id IN (SELECT document_id FROM mentions WHERE entity_id = ?)", resolveEntityId(db, a.entity) ?? a.entity);
  const base = `SELECT ${DOC_COLUMNS} FROM documents d ${w}`;
  const total = count(db, base, w.args);
  const rows = db.prepare(`${base} ORDER BY d.published IS NULL, d.published DESC, d.source LIMIT ? OFFSET ?`).all(...w.args, a.limit, a.offset) as DocHeadRow[];
  return { total, limit: a.limit, offset: a.offset, items: rows.map(toSummary) };
}

export function documentSummaries(db: Db, ids: string[]): DocumentSummaryOut[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`SELECT ${DOC_COLUMNS} FROM documents d WHERE d.id IN (${placeholders(ids.length)}) AND ${CURRENT_DOC}
    ORDER BY d.published IS NULL, d.published DESC, d.language`).all(...ids) as DocHeadRow[];
  return rows.map(toSummary);
}

/** What a link to a document shows: its headline, or for a plain text without one, its opening words
 * (a content hash means nothing to a reader). */
export function documentLabel(title: string | null, head: string): string {
  if (title) return title;
  const firstLine = head.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? "";
  const words = firstLine.replace(/\s+/g, " ");
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
}

interface DocMeta { language: string; title: string | null; published: string | null; label: string }
function docMeta(db: Db, ids: Iterable<string>): Map<string, DocMeta> {
  const list = [...new Set(ids)];
  const out = new Map<string, DocMeta>();
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500);
    const rows = db.prepare(`SELECT id, language, title, published, substr(text, 1, 200) AS head FROM documents WHERE id IN (${placeholders(chunk.length)})`)
      .all(...chunk) as { id: string; language: string; title: string | null; published: string | null; head: string }[];
    for (const { head, ...r } of rows) out.set(r.id, { ...r, label: documentLabel(r.title, head) || r.id });
  }
  return out;
}

// ---------- facts ----------

interface FactRow { id: string; metric: string; value: number; unit: string; period: string | null; status: string; parties: string; subject: string | null; series: string; consensus: string }

export interface FactsArgs extends PageArgs {
  metric?: string; status?: string; entity?: string; parties?: string[]; from?: string; to?: string; language?: string; document?: string; ids?: string[];
}

function factWhere(db: Db, a: Omit<FactsArgs, "limit" | "offset">): Where {
  const w = new Where();
  // Only facts that some current document still states.
  const evidenceLang = a.language ? " AND d.language = ?" : "";
  w.add(`EXISTS (SELECT 1 FROM fact_evidence fe JOIN documents d ON d.id = fe.document_id WHERE fe.fact_id = f.id AND ${CURRENT_DOC}${evidenceLang})`, ...(a.language ? [a.language] : []));
  if (a.metric) w.add("f.metric = ?", a.metric);
  if (a.status) w.add("f.status = ?", a.status);
  if (a.from) w.add("substr(f.period, 1, 4) >= ?", a.from.slice(0, 4));
  if (a.to) w.add("substr(f.period, 1, 4) <= ?", a.to.slice(0, 4));
  if (a.document) w.add("f.id IN (SELECT fact_id FROM fact_evidence WHERE document_id = ?)", a.document);
  for (const p of [...(a.entity ? [a.entity] : []), ...(a.parties ?? [])]) {
    w.add("EXISTS (SELECT 1 FROM json_each(f.parties) WHERE value = ?)", resolveEntityId(db, p) ?? p);
  }
  if (a.ids) w.add(`f.id IN (${placeholders(a.ids.length)})`, ...a.ids);
  return w;
}

function hydrateFacts(db: Db, rows: FactRow[]): FactOut[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ev = db.prepare(`SELECT fe.fact_id, fe.document_id, fe.sentence, fe.quote, fe.surface, fe.approximate FROM fact_evidence fe
    JOIN documents d ON d.id = fe.document_id WHERE fe.fact_id IN (${placeholders(ids.length)}) AND ${CURRENT_DOC} ORDER BY fe.document_id, fe.sentence`)
    .all(...ids) as { fact_id: string; document_id: string; sentence: number; quote: string; surface: string; approximate: number }[];
  const meta = docMeta(db, ev.map((e) => e.document_id));
  const parties = rows.map((r) => JSON.parse(r.parties) as string[]);
  const names = entityRefs(db, parties.flat());
  return rows.map((r, i) => {
    const mine = ev.filter((e) => e.fact_id === r.id);
    return {
      id: r.id, metric: r.metric, value: r.value, unit: r.unit, period: r.period, status: r.status,
      parties: refsFor(names, parties[i]), subject: r.subject, series: r.series,
      consensus: r.consensus === "true" ? true : r.consensus,
      approximate: mine.length > 0 && mine.every((e) => !!e.approximate),
      sources: mine.map((e) => {
        const m = meta.get(e.document_id);
        return { document: e.document_id, sentence: e.sentence, quote: e.quote, surface: e.surface, language: m?.language ?? "", title: m?.title ?? null, label: m?.label ?? e.document_id, published: m?.published ?? null };
      }),
    };
  });
}

export function queryFacts(db: Db, a: FactsArgs): Paged<FactOut> {
  const w = factWhere(db, a);
  const base = `SELECT f.* FROM facts f ${w}`;
  const total = count(db, base, w.args);
  const rows = db.prepare(`${base} ORDER BY f.metric, f.period IS NULL, f.period, f.value LIMIT ? OFFSET ?`).all(...w.args, a.limit, a.offset) as FactRow[];
  return { total, limit: a.limit, offset: a.offset, items: hydrateFacts(db, rows) };
}

export function factById(db: Db, id: string): FactOut | null {
  return queryFacts(db, { ids: [id], limit: 1, offset: 0 }).items[0] ?? null;
}

// ---------- figures (series) ----------

export interface SeriesOut {
  key: string; metric: string; unit: string; status: string; parties: EntityRefOut[]; subject: string | null;
  points: { fact: string; period: string | null; x: number | null; value: number; status: string; conflict: boolean; consensus: Consensus; approximate: boolean; sources: SourceOut[] }[];
}

/** The year a figure is drawn at: a target's period is the year to be reached, so its end. */
export function periodYear(period: string | null, status: string): number | null {
  if (!period) return null;
  const years = period.match(/\d{4}/g);
  if (!years) return null;
  return Number(status === "actual" ? years[0] : years[years.length - 1]);
}

export function querySeries(db: Db, a: FactsArgs): Paged<SeriesOut> {
  const w = factWhere(db, a);
  const keys = `SELECT f.series, MIN(f.metric) AS metric, COUNT(*) AS n FROM facts f ${w} GROUP BY f.series`;
  const total = count(db, keys, w.args);
  const page = db.prepare(`${keys} ORDER BY n DESC, metric, f.series LIMIT ? OFFSET ?`).all(...w.args, a.limit, a.offset) as { series: string }[];
  const items: SeriesOut[] = [];
  for (const { series } of page) {
    const rows = db.prepare(`SELECT f.* FROM facts f ${w.parts.length ? `${w} AND` : "WHERE"} f.series = ? ORDER BY f.period IS NULL, f.period, f.value`).all(...w.args, series) as FactRow[];
    const facts = hydrateFacts(db, rows);
    if (facts.length === 0) continue;
    const first = facts[0];
    items.push({
      key: series, metric: first.metric, unit: first.unit, status: first.status, parties: first.parties,
      subject: facts.find((f) => f.subject)?.subject ?? null,
      points: facts.map((f) => ({
        fact: f.id, period: f.period, x: periodYear(f.period, f.status), value: f.value, status: f.status,
        conflict: f.consensus !== true, consensus: f.consensus, approximate: f.approximate, sources: f.sources,
      })),
    });
  }
  return { total, limit: a.limit, offset: a.offset, items };
}

// ---------- events ----------

interface EventRow { id: string; type: string; name: string; ordinal: number | null; date: string | null; place: string | null; country: string | null; series: string | null; participants: string }

export interface EventsArgs extends PageArgs { entity?: string; from?: string; to?: string; language?: string; type?: string; document?: string; ids?: string[]; order?: "asc" | "desc" }

export function queryEvents(db: Db, a: EventsArgs): Paged<EventOut> {
  const w = new Where();
  const lang = a.language ? " AND d.language = ?" : "";
  w.add(`EXISTS (SELECT 1 FROM event_evidence ee JOIN documents d ON d.id = ee.document_id WHERE ee.event_id = e.id AND ${CURRENT_DOC}${lang})`, ...(a.language ? [a.language] : []));
  if (a.from) w.add("e.date >= ?", a.from);
  if (a.to) w.add("substr(e.date, 1, ?) <= ?", a.to.length, a.to);
  if (a.type) w.add("e.type = ?", a.type);
  if (a.entity) w.add("EXISTS (SELECT 1 FROM json_each(e.participants) WHERE value = ?)", resolveEntityId(db, a.entity) ?? a.entity);
  if (a.document) w.add("e.id IN (SELECT event_id FROM event_evidence WHERE document_id = ?)", a.document);
  if (a.ids) w.add(`e.id IN (${placeholders(a.ids.length)})`, ...a.ids);
  const base = `SELECT e.* FROM events e ${w}`;
  const total = count(db, base, w.args);
  const dir = a.order === "desc" ? "DESC" : "ASC";
  const rows = db.prepare(`${base} ORDER BY e.date IS NULL, e.date ${dir}, e.name LIMIT ? OFFSET ?`).all(...w.args, a.limit, a.offset) as EventRow[];
  return { total, limit: a.limit, offset: a.offset, items: hydrateEvents(db, rows) };
}

function hydrateEvents(db: Db, rows: EventRow[]): EventOut[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ev = db.prepare(`SELECT ee.event_id, ee.document_id, ee.sentence, ee.quote FROM event_evidence ee JOIN documents d ON d.id = ee.document_id
    WHERE ee.event_id IN (${placeholders(ids.length)}) AND ${CURRENT_DOC} ORDER BY ee.document_id, ee.sentence`).all(...ids) as { event_id: string; document_id: string; sentence: number; quote: string }[];
  const meta = docMeta(db, ev.map((e) => e.document_id));
  const participants = rows.map((r) => JSON.parse(r.participants) as string[]);
  const names = entityRefs(db, participants.flat());
  return rows.map((r, i) => ({
    id: r.id, type: r.type, name: r.name, ordinal: r.ordinal, date: r.date, place: r.place, country: r.country, series: r.series,
    participants: refsFor(names, participants[i]),
    sources: ev.filter((e) => e.event_id === r.id).map((e) => {
      const m = meta.get(e.document_id);
      return { document: e.document_id, sentence: e.sentence, quote: e.quote, language: m?.language ?? "", title: m?.title ?? null, label: m?.label ?? e.document_id, published: m?.published ?? null };
    }),
  }));
}

export function eventById(db: Db, id: string): EventOut | null {
  return queryEvents(db, { ids: [id], limit: 1, offset: 0 }).items[0] ?? null;
}

// ---------- entities ----------

export interface EntitySummaryOut { id: string; type: string; key: string; name: string; aliases: string[]; documents: number }

export function queryEntities(db: Db, a: PageArgs & { type?: string; language?: string; ids?: string[] }): Paged<EntitySummaryOut> {
  const w = new Where();
  if (a.type) w.add("e.type = ?", a.type);
  if (a.ids) w.add(`e.id IN (${placeholders(a.ids.length)})`, ...a.ids);
  const lang = a.language ? " AND d.language = ?" : "";
  const base = `SELECT e.id, e.type, e.key, e.name,
      (SELECT COUNT(DISTINCT m.document_id) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = e.id AND ${CURRENT_DOC}${lang}) AS documents
    FROM entities e ${w}`;
  const args = [...(a.language ? [a.language] : []), ...w.args];
  const filtered = a.language ? `SELECT * FROM (${base}) WHERE documents > 0` : base;
  const total = count(db, filtered, args);
  const rows = db.prepare(`${filtered} ORDER BY documents DESC, name LIMIT ? OFFSET ?`).all(...args, a.limit, a.offset) as Omit<EntitySummaryOut, "aliases">[];
  return { total, limit: a.limit, offset: a.offset, items: withAliases(db, rows) };
}

function withAliases(db: Db, rows: Omit<EntitySummaryOut, "aliases">[]): EntitySummaryOut[] {
  if (rows.length === 0) return [];
  const aliases = db.prepare(`SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (${placeholders(rows.length)}) ORDER BY alias`).all(...rows.map((r) => r.id)) as { entity_id: string; alias: string }[];
  return rows.map((r) => ({ ...r, aliases: aliases.filter((x) => x.entity_id === r.id).map((x) => x.alias) }));
}

export function entityDetail(db: Db, rawId: string) {
  const id = resolveEntityId(db, rawId);
  if (!id) return null;
  const entity = db.prepare("SELECT id, type, key, name FROM entities WHERE id = ?").get(id) as { id: string; type: string; key: string; name: string };
  const aliases = db.prepare("SELECT alias, language FROM entity_aliases WHERE entity_id = ? ORDER BY language, alias").all(id) as { alias: string; language: string | null }[];
  const roles = (db.prepare("SELECT role FROM entity_roles WHERE entity_id = ? ORDER BY role").all(id) as { role: string }[]).map((r) => r.role);
  const docIds = (db.prepare("SELECT DISTINCT document_id AS id FROM mentions WHERE entity_id = ?").all(id) as { id: string }[]).map((r) => r.id);
  return {
    entity, aliases, roles,
    facts: queryFacts(db, { entity: id, limit: 500, offset: 0 }).items,
    events: queryEvents(db, { entity: id, limit: 500, offset: 0 }).items,
    documents: documentSummaries(db, docIds),
  };
}

// ---------- stories ----------

export interface StorySummaryOut { id: string; title: string | null; firstSeen: string; documents: number; languages: string[] }

export function queryStories(db: Db, a: PageArgs & { language?: string; from?: string; to?: string; entity?: string; ids?: string[] }): Paged<StorySummaryOut> {
  const w = new Where();
  w.add(CURRENT_DOC);
  if (a.language) w.add("s.id IN (SELECT story FROM documents WHERE language = ? AND superseded_by IS NULL)", a.language);
  if (a.from) w.add("s.first_seen >= ?", a.from);
  if (a.to) w.add("substr(s.first_seen, 1, ?) <= ?", a.to.length, a.to);
  if (a.entity) w.add("s.id IN (SELECT dd.story FROM documents dd JOIN mentions m ON m.document_id = dd.id WHERE m.entity_id = ?)", resolveEntityId(db, a.entity) ?? a.entity);
  if (a.ids) w.add(`s.id IN (${placeholders(a.ids.length)})`, ...a.ids);
  const base = `SELECT s.id, s.title, s.first_seen AS firstSeen, COUNT(d.id) AS documents, group_concat(DISTINCT d.language) AS langs
    FROM stories s JOIN documents d ON d.story = s.id ${w} GROUP BY s.id`;
  const total = count(db, base, w.args);
  const rows = db.prepare(`${base} ORDER BY documents DESC, firstSeen DESC, s.id LIMIT ? OFFSET ?`).all(...w.args, a.limit, a.offset) as (Omit<StorySummaryOut, "languages"> & { langs: string | null })[];
  return { total, limit: a.limit, offset: a.offset, items: rows.map(({ langs, ...r }) => ({ ...r, languages: (langs ?? "").split(",").filter(Boolean).sort() })) };
}

export function storyDetail(db: Db, id: string) {
  const s = queryStories(db, { ids: [id], limit: 1, offset: 0 }).items[0];
  if (!s) return null;
  const docIds = (db.prepare(`SELECT id FROM documents d WHERE story = ? AND ${CURRENT_DOC}`).all(id) as { id: string }[]).map((r) => r.id);
  const factIds = docIds.length ? (db.prepare(`SELECT DISTINCT fact_id AS id FROM fact_evidence WHERE document_id IN (${placeholders(docIds.length)})`).all(...docIds) as { id: string }[]).map((r) => r.id) : [];
  const eventIds = docIds.length ? (db.prepare(`SELECT DISTINCT event_id AS id FROM event_evidence WHERE document_id IN (${placeholders(docIds.length)})`).all(...docIds) as { id: string }[]).map((r) => r.id) : [];
  return {
    id: s.id, title: s.title, firstSeen: s.firstSeen, documents: documentSummaries(db, docIds),
    facts: factIds.length ? queryFacts(db, { ids: factIds, limit: 500, offset: 0 }).items : [],
    events: eventIds.length ? queryEvents(db, { ids: eventIds, limit: 500, offset: 0 }).items : [],
  };
}

// ---------- discrepancies ----------

export interface DiscrepancyOut { id: string; kind: string; description: string; entities: EntityRefOut[]; evidence: { document: string; quote: string }[]; detail: unknown }

export function queryDiscrepancies(db: Db, a: PageArgs & { kind?: string; entity?: string; id?: string }): Paged<DiscrepancyOut> {
  const w = new Where();
  if (a.kind) w.add("x.kind = ?", a.kind);
  if (a.id) w.add("x.id = ?", a.id);
  if (a.entity) w.add("EXISTS (SELECT 1 FROM json_each(x.entities) WHERE value = ?)", resolveEntityId(db, a.entity) ?? a.entity);
  const base = `SELECT x.* FROM discrepancies x ${w}`;
  const total = count(db, base, w.args);
  const assemble = discrepancyAssembler(db);
  const rows = (db.prepare(`${base} ORDER BY x.kind, x.id LIMIT ? OFFSET ?`).all(...w.args, a.limit, a.offset) as DiscrepancyRow[]).map(assemble);
  const ents = rows.map((r) => r.entities);
  const names = entityRefs(db, ents.flat());
  return {
    total, limit: a.limit, offset: a.offset,
    items: rows.map((r, i) => ({
      id: r.id, kind: r.kind, description: r.description, entities: refsFor(names, ents[i]),
      evidence: r.evidence, detail: r.detail,
    })),
  };
}

// ---------- stats ----------

export function stats(db: Db) {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: n(`SELECT COUNT(*) AS n FROM documents d WHERE ${CURRENT_DOC}`),
    entities: n("SELECT COUNT(*) AS n FROM entities"),
    facts: n("SELECT COUNT(*) AS n FROM facts"),
    events: n("SELECT COUNT(*) AS n FROM events"),
    stories: n(`SELECT COUNT(DISTINCT story) AS n FROM documents d WHERE story IS NOT NULL AND ${CURRENT_DOC}`),
    discrepancies: n("SELECT COUNT(*) AS n FROM discrepancies"),
    byLanguage: db.prepare(`SELECT language, COUNT(*) AS count FROM documents d WHERE ${CURRENT_DOC} GROUP BY language ORDER BY count DESC, language`).all() as { language: string; count: number }[],
    byMonth: db.prepare(`SELECT substr(published, 1, 7) AS month, COUNT(*) AS count FROM documents d WHERE ${CURRENT_DOC} AND published IS NOT NULL GROUP BY month ORDER BY month`).all() as { month: string; count: number }[],
    latestEvents: queryEvents(db, { limit: 8, offset: 0, order: "desc" }).items,
    largestStories: queryStories(db, { limit: 8, offset: 0 }).items,
    openDiscrepancies: queryDiscrepancies(db, { limit: 8, offset: 0 }).items,
  };
}
