// Writes one document's analysis into the store, merging what it states with what is there:
// entities by reference and alias, facts by value, events by key. Called inside a transaction
// (see ingest/batch.ts); every statement is prepared once per connection.
import type { DocumentAnalysis, EntityRef, EntityType, EventDraft, FactDraft, Mention } from "../model.ts";
import type { Db } from "./db.ts";
import { statementsFor, BulkInsert, type Statement, type Statements } from "./statements.ts";
import { fold } from "../util/text.ts";
import { factSeriesKey, factId } from "../resolve/facts.ts";
import { eventKey, eventId } from "../resolve/events.ts";
import { addDays, formatYmd, parseYmd } from "../extract/dates/calendar.ts";
import { aliasLookupAllowed, splitRef } from "../resolve/entities.ts";
import { hanPinyinName, personMatchKey, familyNameAlone } from "../resolve/names.ts";
import { nameSkeleton, skeletonLengths, skeletonsMatch, type Skeleton } from "../resolve/skeleton.ts";
import { intersect, type Bounds } from "../reconcile/precision.ts";

export type WriteOutcome =
  | { status: "added"; id: string; version: number }
  | { status: "unchanged"; id: string };

/** What a write touched, so clustering and reconciliation can revisit only that. */
export interface Touched {
  documents: Set<string>;
  entities: Set<string>;
  series: Set<string>;
  events: Set<string>;
  /**
   * Where the statements the batch added overlap, by series, then by period (null: no period):
   * what reconciliation needs to tell whether a group that agreed before still agrees, without
   * reading the group back. One intersection per group, so it does not grow with the batch.
   */
  statements: Map<string, { metric: string; byPeriod: Map<string | null, Bounds> }>;
  /** Entities whose canonical name changed: descriptions naming them must be rewritten. */
  renamed: Set<string>;
}

export function emptyTouched(): Touched {
  return { documents: new Set(), entities: new Set(), series: new Set(), events: new Set(), statements: new Map(), renamed: new Set() };
}

type Stmt = Statement;

const prepared = (db: Db): Statements => statementsFor(db, buildStatements);

/** Row inserts a document makes by the dozen (mentions, evidence), one statement per 16 rows. */
interface Bulk { mentions: BulkInsert; factEvidence: BulkInsert; eventEvidence: BulkInsert }
const bulks = new WeakMap<Db, Bulk>();
function bulkFor(db: Db): Bulk {
  let b = bulks.get(db);
  if (!b) {
    b = {
      mentions: new BulkInsert(db, "INSERT OR IGNORE INTO mentions (document_id, entity_id, start, end, sentence, surface, role, expansion)", 8),
      factEvidence: new BulkInsert(db, "INSERT OR IGNORE INTO fact_evidence (fact_id, document_id, sentence, quote, surface, precision, approximate)", 7),
      eventEvidence: new BulkInsert(db, "INSERT OR IGNORE INTO event_evidence (event_id, document_id, sentence, quote)", 4),
    };
    bulks.set(db, b);
  }
  return b;
}

function buildStatements(db: Db): Statements {
  return {
    docById: db.prepare("SELECT id FROM documents WHERE id = ?"),
    latestForSource: db.prepare("SELECT id, version FROM documents WHERE source = ? AND superseded_by IS NULL ORDER BY version DESC LIMIT 1"),
    insertDoc: db.prepare(`INSERT INTO documents (id, content_hash, source, format, encoding, url, language, title, published, story, text, analysis, version, ingested_at)
      VALUES (@id, @contentHash, @source, @format, @encoding, @url, @language, @title, @published, @story, @text, @analysis, @version, @now)`),
    supersede: db.prepare("UPDATE documents SET superseded_by = ? WHERE id = ?"),
    addSource: db.prepare("INSERT OR IGNORE INTO document_sources (source, document_id, ingested_at) VALUES (?, ?, ?)"),
    refToEntity: db.prepare("SELECT entity_id FROM entity_refs WHERE ref = ?"),
    sharesContext: db.prepare("SELECT 1 FROM mentions m1 JOIN mentions m2 ON m2.document_id = m1.document_id WHERE m1.entity_id = ? AND m2.entity_id IN (SELECT value FROM json_each(?)) LIMIT 1"),
    personByKey: db.prepare("SELECT id FROM entities WHERE type = 'person' AND key = ? LIMIT 2"),
    adoptFullName: db.prepare("UPDATE entities SET key = ?, name = ?, name_lang = ? WHERE id = ?"),
    personsByLastWord: db.prepare("SELECT id FROM entities WHERE type = 'person' AND key LIKE ? ESCAPE '\\' LIMIT 2"),
    aliasToEntity: db.prepare("SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.folded = ? AND e.type = ? LIMIT 2"),
    insertEntity: db.prepare("INSERT INTO entities (id, type, key, name, name_lang) VALUES (?, ?, ?, ?, ?)"),
    entityName: db.prepare("SELECT name, name_lang FROM entities WHERE id = ?"),
    renameEntity: db.prepare("UPDATE entities SET name = ?, name_lang = ? WHERE id = ?"),
    insertRef: db.prepare("INSERT OR IGNORE INTO entity_refs (ref, entity_id) VALUES (?, ?)"),
    insertAlias: db.prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, folded, language) VALUES (?, ?, ?, ?)"),
    insertRole: db.prepare("INSERT OR IGNORE INTO entity_roles (entity_id, role) VALUES (?, ?)"),
    factExists: db.prepare("SELECT 1 FROM facts WHERE id = ?"),
    insertFact: db.prepare("INSERT INTO facts (id, metric, value, unit, period, status, parties, subject, series) VALUES (@id, @metric, @value, @unit, @period, @status, @parties, @subject, @series)"),
    fillFactSubject: db.prepare("UPDATE facts SET subject = COALESCE(subject, ?) WHERE id = ?"),
    eventByKey: db.prepare("SELECT id, name, ordinal, date, place, country, participants, reported FROM events WHERE key = ?"),
    // Numbered meetings of one series: their keys share the prefix `type|series|#` (a range on the key index).
    // Meetings of one type around one day (the index on date): reports of one talks in other languages.
    sameTypeAround: db.prepare("SELECT id, name, ordinal, date, place, country, participants, reported FROM events WHERE type = ? AND date IN (?, ?, ?) LIMIT 50"),
    unnumberedInStoryAround: db.prepare(`SELECT e.id, e.name, e.ordinal, e.date, e.place, e.country, e.participants, e.reported FROM events e
      WHERE e.type = ? AND e.date IN (?, ?, ?) AND e.ordinal IS NULL
        AND EXISTS (SELECT 1 FROM event_evidence v JOIN documents d ON d.id = v.document_id WHERE v.event_id = e.id AND d.story = ?) LIMIT 10`),
    numberedInSeries: db.prepare("SELECT id, name, ordinal, date, place, country, participants, reported FROM events WHERE key >= ? AND key < ? LIMIT 50"),
    insertEvent: db.prepare("INSERT INTO events (id, key, type, name, ordinal, date, place, country, series, participants, reported) VALUES (@id, @key, @type, @name, @ordinal, @date, @place, @country, @series, @participants, @reported)"),
    updateEvent: db.prepare("UPDATE events SET name = @name, ordinal = @ordinal, date = @date, place = @place, country = @country, participants = @participants, reported = @reported WHERE id = @id"),
  };
}

/**
 * Stores one analysed document. Content already stored is a no-op (its source is recorded);
 * a different content from a source seen before becomes that source's next version.
 * `storyOf`, when given, places a new document in its story before the row is written, so the
 * row (with its text) is written once rather than written and then rewritten by an UPDATE.
 */
export function writeAnalysis(db: Db, a: DocumentAnalysis, touched: Touched = emptyTouched(), session: WriteSession = new WriteSession(), storyOf?: (a: DocumentAnalysis) => string): WriteOutcome {
  const s = prepared(db);
  const now = new Date().toISOString();
  if (s.docById.get(a.id)) {
    s.addSource.run(a.source, a.id, now);
    return { status: "unchanged", id: a.id };
  }
  const previous = s.latestForSource.get(a.source) as { id: string; version: number } | undefined;
  const version = previous ? previous.version + 1 : 1;
  const story = storyOf ? storyOf(a) : null;
  s.insertDoc.run({
    id: a.id, contentHash: a.contentHash, source: a.source, format: a.format, encoding: a.encoding,
    url: a.url, language: a.language, title: a.title, published: a.published, story, text: a.text,
    analysis: storedAnalysis(a),
    version, now,
  });
  if (previous) s.supersede.run(a.id, previous.id);
  s.addSource.run(a.source, a.id, now);
  touched.documents.add(a.id);

  // The countries and organisations of this document: a person merged by the sound of a name in
  // another script must have been seen beside one of them.
  const context = new Set<EntityRef>(a.mentions.filter((m) => m.type === "country" || m.type === "organization").map((m) => m.ref));
  const resolver = new EntityResolver(db, a.language, touched, session, context);
  const bulk = bulkFor(db);
  // Entities first (they are what the mention rows reference), then the mention rows in bulk.
  // The resolver reads mentions back when it checks a person's context: rows still pending are
  // written first, so it sees this document's earlier mentions as it did row by row.
  const mentionRows: unknown[] = [];
  resolver.beforeMentionRead = () => {
    if (mentionRows.length) { bulk.mentions.run(mentionRows); mentionRows.length = 0; }
  };
  for (const m of a.mentions) {
    const entityId = resolver.resolveMention(m);
    mentionRows.push(a.id, entityId, m.start, m.end, m.sentence, m.surface, m.role ?? null, m.expansion ?? null);
  }
  resolver.beforeMentionRead();
  const factEvidence: unknown[] = [];
  for (const f of a.facts) writeFact(s, resolver, a.id, f, touched, factEvidence);
  bulk.factEvidence.run(factEvidence);
  const eventEvidence: unknown[] = [];
  for (const e of a.events) writeEvent(s, resolver, a, e, story, touched, eventEvidence);
  bulk.eventEvidence.run(eventEvidence);
  return { status: "added", id: a.id, version };
}

/**
 * What the reader needs back from the analysis: sentence spans (their text is a slice of the
 * document text) and the furniture. Mentions, facts and events live in their own tables, so
 * storing them again here only cost serialisation time and disk.
 */
function storedAnalysis(a: DocumentAnalysis): string {
  const sentences = a.sentences.map((x) => ({ index: x.index, start: x.start, end: x.end }));
  return JSON.stringify({ sentences, furniture: a.furniture });
}

/**
 * Lookups a batch repeats for every document (ref → entity, canonical names, aliases and roles
 * already written). Valid only while the store changes through this session: the batch writer
 * starts a new one whenever a document's savepoint rolls back.
 */
export class WriteSession {
  readonly refs = new Map<EntityRef, string>();
  readonly names = new Map<string, { name: string; lang: string | null }>();
  readonly written = new Set<string>();
  /** Person match key → entity id (`Prabowo Subianto` and `Прабово Субианто`), loaded on first need. */
  personsBySound: Map<string, string | null> | null = null;
  /** Skeletons of stored people's multiword names in scripts other than Han, loaded on first need. */
  personsBySkeleton: Map<number, { id: string; skeleton: Skeleton }[]> | null = null;

  /** True the first time a key is seen; bounded, so a huge batch does not hold every alias. */
  firstTime(key: string): boolean {
    if (this.written.has(key)) return false;
    if (this.written.size >= 200_000) this.written.clear();
    this.written.add(key);
    return true;
  }
}

/** Maps EntityRefs to stored entity ids, creating entities the store has not seen. */
export class EntityResolver {
  private readonly s: Record<string, Stmt>;
  private readonly cache: Map<EntityRef, string>;

  /** Writes what the caller still holds back before the mentions table is read (see writeAnalysis). */
  beforeMentionRead: () => void = () => {};

  constructor(private readonly db: Db, private readonly language: string, private readonly touched: Touched, private readonly session: WriteSession = new WriteSession(), private readonly context: ReadonlySet<EntityRef> = new Set()) {
    this.s = prepared(db);
    this.cache = session.refs;
  }

  resolveMention(m: Mention): string {
    const id = this.resolveRef(m.ref, m.name, [m.surface, m.expansion ?? ""].filter(Boolean));
    this.alias(id, m.surface, true);
    // The name as written without its particle or prefix (`한국의` → `한국`): other reports use other particles.
    if (m.bare) this.alias(id, m.bare, true);
    if (m.type === "person") this.rememberSkeleton(id, m.surface);
    if (m.expansion) this.alias(id, m.expansion);
    if (m.role && this.session.firstTime(`r\0${id}\0${m.role}`)) this.s.insertRole.run(id, m.role);
    this.maybeRename(id, m.name);
    this.touched.entities.add(id);
    return id;
  }

  private alias(id: string, alias: string, needsFolded = false): void {
    // The alias table's key is (entity, alias): once written, the insert is a no-op.
    const key = `a\0${id}\0${alias}`;
    if (!this.session.firstTime(key)) return;
    const folded = fold(alias);
    if (needsFolded && !folded) { this.session.written.delete(key); return; }
    this.s.insertAlias.run(id, alias, folded, this.language);
  }

  /** Resolves a ref, trying the alias index for the given surfaces before creating an entity. */
  resolveRef(ref: EntityRef, name?: string, surfaces: string[] = []): string {
    const cached = this.cache.get(ref);
    if (cached) return cached;
    const { type, key } = splitRef(ref);
    let id = (this.s.refToEntity.get(ref) as { entity_id: string } | undefined)?.entity_id;
    if (!id) {
      for (const candidate of [name ?? key, ...surfaces]) {
        if (!aliasLookupAllowed(type, candidate)) continue;
        const rows = this.s.aliasToEntity.all(fold(candidate), type) as { entity_id: string }[];
        if (rows.length === 1) { id = rows[0].entity_id; break; }
      }
    }
    // A person already stored under another spelling or script of the same full name.
    if (!id && type === "person" && key.includes(" ")) id = this.personsBySound().get(personMatchKey(key)) ?? undefined;
    // A Chinese name in Han characters, read in a Chinese document, is its pinyin spelling (`王文涛`, `Wang Wentao`).
    const pinyin = type === "person" && this.language === "zh" ? hanPinyinName(key) : null;
    if (!id && pinyin) id = this.personsBySound().get(personMatchKey(pinyin)) ?? undefined;
    // The same foreigner's name in another script, when no table knows them.
    if (!id && type === "person") id = this.personByScript([name ?? key, ...surfaces]);
    // `President Stubb` in one report, `Alexander Stubb` in another.
    if (!id && type === "person") id = this.personByFamilyName(key);
    // `Alexander Stubb` after a report that only said `President Stubb`: that person gets the full name.
    if (!id && type === "person" && key.includes(" ")) {
      id = this.familyNameOnly(key);
      if (id) {
        this.s.adoptFullName.run(key, name ?? key, this.language, id);
        this.session.names.set(id, { name: name ?? key, lang: this.language });
        this.touched.renamed.add(id);
        if (name) this.alias(id, name);
        this.remember(personMatchKey(key), id);
      }
    }
    if (!id) {
      id = ref;
      this.s.insertEntity.run(id, type, key, name ?? key, this.language);
      this.session.names.set(id, { name: name ?? key, lang: this.language });
      if (name) this.alias(id, name);
      if (type === "person" && key.includes(" ")) this.remember(personMatchKey(key), id);
      if (pinyin) this.remember(personMatchKey(pinyin), id);
    }
    this.s.insertRef.run(ref, id);
    this.cache.set(ref, id);
    return id;
  }

  /** Stored people by match key; a key two people share is ambiguous (null) and merges nothing. */
  private personsBySound(): Map<string, string | null> {
    if (!this.session.personsBySound) {
      this.session.personsBySound = new Map();
      for (const r of this.db.prepare("SELECT id, key, name_lang FROM entities WHERE type = 'person'").all() as { id: string; key: string; name_lang: string | null }[]) {
        if (r.key.includes(" ")) this.remember(personMatchKey(r.key), r.id);
        const pinyin = r.name_lang === "zh" ? hanPinyinName(r.key) : null;
        if (pinyin) this.remember(personMatchKey(pinyin), r.id);
      }
    }
    return this.session.personsBySound;
  }

  /**
   * The one stored person whose name, in another script, has the skeleton of one of these names
   * and who was mentioned beside a country or organisation this document mentions too; else
   * undefined (two candidates are one too many).
   */
  private personByScript(names: string[]): string | undefined {
    if (!this.context.size) return undefined;
    const found = new Set<string>();
    for (const n of names) {
      const sk = nameSkeleton(n, this.language);
      if (!sk) continue;
      const index = this.skeletons();
      for (const len of skeletonLengths(sk)) {
        for (let l = len - 2; l <= len + 2; l++) for (const c of index.get(l) ?? []) if (!found.has(c.id) && skeletonsMatch(sk, c.skeleton)) found.add(c.id);
      }
    }
    if (found.size !== 1) return undefined;
    const id = [...found][0];
    const ids = [...this.context].map((r) => (this.s.refToEntity.get(r) as { entity_id: string } | undefined)?.entity_id ?? r);
    this.beforeMentionRead();
    return this.s.sharesContext.get(id, JSON.stringify(ids)) ? id : undefined;
  }

  /**
   * The one stored person whose full name ends with this family name alone (`Stubb` → `Alexander
   * Stubb`) and who was mentioned beside a country or organisation this document mentions too;
   * else undefined. Two stored people with that family name (`Boris Johnson`, `Mike Johnson`) are
   * one too many, and family names many people share (`Lee`, `Kim`, `Nguyen`) are never read so.
   */
  private personByFamilyName(key: string): string | undefined {
    const word = familyNameAlone(key);
    if (!word || !this.context.size) return undefined;
    const rows = this.s.personsByLastWord.all(`% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}`) as { id: string }[];
    if (rows.length !== 1) return undefined;
    const id = rows[0].id;
    const ids = [...this.context].map((r) => (this.s.refToEntity.get(r) as { entity_id: string } | undefined)?.entity_id ?? r);
    this.beforeMentionRead();
    return this.s.sharesContext.get(id, JSON.stringify(ids)) ? id : undefined;
  }

  /**
   * The stored person known only by the last word of this full name (`stubb` for `alexander stubb`),
   * when no stored full name ends with that word and they were mentioned beside a country or
   * organisation this document mentions too (the converse of personByFamilyName); else undefined.
   */
  private familyNameOnly(key: string): string | undefined {
    const word = familyNameAlone(key.slice(key.lastIndexOf(" ") + 1));
    if (!word || !this.context.size) return undefined;
    const rows = this.s.personByKey.all(word) as { id: string }[];
    if (rows.length !== 1) return undefined;
    if ((this.s.personsByLastWord.all(`% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}`) as unknown[]).length) return undefined;
    const id = rows[0].id;
    const ids = [...this.context].map((r) => (this.s.refToEntity.get(r) as { entity_id: string } | undefined)?.entity_id ?? r);
    this.beforeMentionRead();
    return this.s.sharesContext.get(id, JSON.stringify(ids)) ? id : undefined;
  }

  private skeletons(): Map<number, { id: string; skeleton: Skeleton }[]> {
    if (!this.session.personsBySkeleton) {
      this.session.personsBySkeleton = new Map();
      for (const r of this.db.prepare("SELECT a.entity_id AS id, a.alias, a.language FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE e.type = 'person'").all() as { id: string; alias: string; language: string | null }[]) {
        this.rememberSkeleton(r.id, r.alias, r.language ?? "");
      }
    }
    return this.session.personsBySkeleton;
  }

  private rememberSkeleton(id: string, surface: string, language = this.language): void {
    if (!this.session.personsBySkeleton || !this.session.firstTime(`s\0${id}\0${surface}`)) return;
    const skeleton = nameSkeleton(surface, language);
    if (!skeleton) return;
    for (const len of skeletonLengths(skeleton)) {
      const list = this.session.personsBySkeleton.get(len) ?? [];
      list.push({ id, skeleton });
      this.session.personsBySkeleton.set(len, list);
    }
  }

  private remember(matchKey: string, id: string): void {
    const m = this.personsBySound();
    const cur = m.get(matchKey);
    m.set(matchKey, cur === undefined || cur === id ? id : null);
  }

  /** Canonical names are English where one is established: an English report's form wins. */
  private maybeRename(id: string, name: string): void {
    if (this.language !== "en" || !name) return;
    let row = this.session.names.get(id);
    if (!row) {
      const r = this.s.entityName.get(id) as { name: string; name_lang: string | null } | undefined;
      if (!r) return;
      row = { name: r.name, lang: r.name_lang };
      this.session.names.set(id, row);
    }
    if (row.lang !== "en" && row.name !== name) {
      this.s.renameEntity.run(name, "en", id);
      this.touched.renamed.add(id);
      row.name = name;
      row.lang = "en";
    }
  }
}

function writeFact(s: Record<string, Stmt>, resolver: EntityResolver, docId: string, f: FactDraft, touched: Touched, evidence: unknown[]): void {
  const parties = f.parties.map((p) => resolver.resolveRef(p));
  const series = factSeriesKey(f.metric, f.unit, f.status, parties, f.subject);
  const id = factId(series, f.period, f.value);
  if (!s.factExists.get(id)) {
    s.insertFact.run({
      id, metric: f.metric, value: f.value, unit: f.unit, period: f.period, status: f.status,
      parties: JSON.stringify(parties), subject: f.subject, series,
    });
  } else if (f.subject) {
    s.fillFactSubject.run(f.subject, id);
  }
  evidence.push(id, docId, f.sentence, f.quote, f.surface, f.precision, f.approximate ? 1 : 0);
  touched.series.add(series);
  let inSeries = touched.statements.get(series);
  if (!inSeries) touched.statements.set(series, (inSeries = { metric: f.metric, byPeriod: new Map() }));
  inSeries.byPeriod.set(f.period, intersect([{ value: f.value, precision: f.precision, approximate: !!f.approximate, unit: f.unit }], inSeries.byPeriod.get(f.period)));
}

interface StoredEvent {
  id: string; name: string; ordinal: number | null; date: string | null;
  place: string | null; country: string | null; participants: string; reported: number;
}

/**
 * Sentences of a document's headline and lead: a meeting first named there is what the document
 * reports, and so is the first meeting it names at all (a press release opens with letterhead
 * lines); one first named further down is only mentioned (a previous or next meeting, a stop on
 * someone's tour), and what the text says of its date and place is secondary.
 */
const LEAD_SENTENCES = 3;

function isReported(a: DocumentAnalysis, e: EventDraft): boolean {
  return e.sentence < LEAD_SENTENCES || a.events.every((x) => x.sentence >= e.sentence);
}

/**
 * One report numbers a meeting (`26th ASEAN-Korea Summit`), another of the same series does not:
 * still one meeting when the unnumbered one is of the same year (and month, when both give one)
 * and only one numbered meeting of the series fits.
 */
function sameMeeting(s: Record<string, Stmt>, e: EventDraft, participants: string[], a: DocumentAnalysis): StoredEvent | undefined {
  if (!e.series) return sameTalks(s, e, participants);
  if (e.ordinal != null) {
    const plain = s.eventByKey.get(eventKey({ ...e, ordinal: null }, participants, a)) as StoredEvent | undefined;
    return plain && (plain.ordinal == null || plain.ordinal === e.ordinal) ? plain : undefined;
  }
  const year = e.date?.slice(0, 4) ?? a.published?.slice(0, 4);
  if (!year) return undefined;
  const prefix = `${e.type}|${e.series}|#`;
  const month = e.date && e.date.length >= 7 ? e.date.slice(0, 7) : null;
  const fits = (s.numberedInSeries.all(prefix, `${e.type}|${e.series}|$`) as StoredEvent[]).filter((x) =>
    x.date != null && x.date.startsWith(year) && (!month || x.date.length < 7 || x.date.startsWith(month)));
  if (fits.length === 1) return fits[0];
  // `同泰国外长…会谈` names Thailand as the party of talks its English report names no party for.
  return e.type === "talks" && e.ordinal == null ? sameTalks(s, e, participants) : undefined;
}

/**
 * Talks have no series; their participants differ by what each report names (`Xi Jinping`, `China`,
 * `习近平`). Two reports are one meeting when they share two of the people, on the same day or the
 * day after (a dateline a time zone away), in the same host country.
 */
function sameTalks(s: Record<string, Stmt>, e: EventDraft, participants: string[]): StoredEvent | undefined {
  const day = e.date ? parseYmd(e.date) : null;
  if (!day) return undefined;
  const around = [-1, 0, 1].map((n) => { const d = addDays(day, n); return formatYmd(d.y, d.m, d.d); });
  const candidates = (s.sameTypeAround.all(e.type, ...around) as StoredEvent[]).filter((x) => !(x.country && e.country && x.country !== e.country));
  const people = participants.filter((_, i) => e.participants[i]?.startsWith("person:"));
  if (new Set(people).size >= 2) {
    const fits = candidates.filter((x) => {
      const theirs = new Set(JSON.parse(x.participants) as string[]);
      return new Set(people.filter((p) => theirs.has(p))).size >= 2;
    });
    if (fits.length) return fits.length === 1 ? fits[0] : undefined;
  }
  // `王毅同泰国外长西哈萨举行会谈` and `Wang Yi held talks with … Sihasak`: a name one script leaves
  // unlinked still leaves the countries. Same type, day, host, and the same two or more countries
  // (the host counted in) make one meeting, when only one stored meeting fits.
  if (!e.country) return undefined;
  const countriesOf = (ids: string[], host: string) => [...new Set([...ids.filter((p) => p.startsWith("country:")), `country:${host}`])].sort().join("+");
  const mine = countriesOf(participants, e.country);
  if (!mine.includes("+")) return undefined;
  const fits = candidates.filter((x) => x.country === e.country && countriesOf(JSON.parse(x.participants) as string[], e.country!) === mine);
  return fits.length === 1 ? fits[0] : undefined;
}

/** Kinds that one report may call what another calls the other: leaders' talks are a summit to some. */
const OTHER_KIND: Partial<Record<string, string>> = { talks: "summit", summit: "talks" };

/**
 * `The leaders of Viet Nam and Mongolia held talks` (a summit) and `Thủ tướng … hội đàm với Thủ tướng
 * Mông Cổ` (talks): reports of one story calling one unnumbered meeting by the two kinds, on the same
 * day (or the day after) in the same host country, are one meeting, when only one stored meeting fits.
 */
function sameMeetingOtherKind(s: Record<string, Stmt>, e: EventDraft, story: string | null): StoredEvent | undefined {
  const other = OTHER_KIND[e.type];
  const day = e.date ? parseYmd(e.date) : null;
  if (!other || !story || !day || e.ordinal != null || !e.country) return undefined;
  const around = [-1, 0, 1].map((n) => { const d = addDays(day, n); return formatYmd(d.y, d.m, d.d); });
  const fits = (s.unnumberedInStoryAround.all(other, ...around, story) as StoredEvent[]).filter((x) => x.country === e.country);
  return fits.length === 1 ? fits[0] : undefined;
}

/** Place and country go together: a report's city with a mention's country would name neither. */
function reportedWhere(mentioned: StoredEvent, report: EventDraft): { place: string | null; country: string | null } {
  if (report.place) return { place: report.place, country: report.country ?? (report.place === mentioned.place ? mentioned.country : null) };
  if (report.country) return { place: report.country === mentioned.country ? mentioned.place : null, country: report.country };
  return { place: mentioned.place, country: mentioned.country };
}

function writeEvent(s: Record<string, Stmt>, resolver: EntityResolver, a: DocumentAnalysis, e: EventDraft, story: string | null, touched: Touched, evidence: unknown[]): void {
  const participants = e.participants.map((p) => resolver.resolveRef(p));
  const key = eventKey(e, participants, a);
  const sameKind = (s.eventByKey.get(key) as StoredEvent | undefined) ?? sameMeeting(s, e, participants, a);
  const existing = sameKind ?? sameMeetingOtherKind(s, e, story);
  let id: string;
  const reported = isReported(a, e) ? 1 : 0;
  if (!existing) {
    id = eventId(key);
    s.insertEvent.run({
      id, key, type: e.type, name: e.name, ordinal: e.ordinal, date: e.date, place: e.place,
      country: e.country, series: e.series, participants: JSON.stringify(participants), reported,
    });
  } else {
    // One event, many reports: fill what the stored record lacks; a more precise date wins. The
    // first report of a meeting only mentioned so far replaces the mention's date and place.
    id = existing.id;
    const merged = new Set<string>([...JSON.parse(existing.participants) as string[], ...participants]);
    const overrides = reported === 1 && existing.reported === 0;
    const refines = !existing.date || (e.date && e.date.length > existing.date.length && e.date.startsWith(existing.date));
    const date = (overrides && e.date) || refines ? e.date ?? existing.date : existing.date;
    const where = overrides ? reportedWhere(existing, e) : { place: existing.place ?? e.place, country: existing.country ?? e.country };
    s.updateEvent.run({
      // A report of another kind keeps the stored kind, and the name that goes with it.
      id, name: !sameKind || existing.name.length >= e.name.length ? existing.name : e.name,
      ordinal: existing.ordinal ?? e.ordinal, date, ...where, participants: JSON.stringify([...merged]),
      reported: Math.max(existing.reported, reported),
    });
  }
  evidence.push(id, a.id, e.sentence, e.quote);
  for (const extra of e.moreSentences ?? []) {
    const sent = a.sentences[extra];
    if (sent) evidence.push(id, a.id, extra, sent.text);
  }
  touched.events.add(id);
}

export type { EntityType };
