// Search that ignores accents, case and language: the query and every candidate are folded
// (`Phạm Minh Chính` → `pham minh chinh`), and matching an entity by any of its aliases also finds
// the documents, figures and events about it in every other language.
import type { Db } from "../store/db.ts";
import { fold, foldCompact } from "../util/text.ts";
import { documentSummaries, queryEntities, queryEvents, queryFacts, type EventOut, type FactOut } from "./queries.ts";

interface FoldedDoc { title: string; sentences: { index: number; folded: string; text: string }[] }

// Document ids are content hashes, so a document's folded text never goes stale.
const foldedDocs = new WeakMap<Db, Map<string, FoldedDoc>>();

function foldedDocuments(db: Db): Map<string, FoldedDoc> {
  let cache = foldedDocs.get(db);
  if (!cache) foldedDocs.set(db, (cache = new Map()));
  const current = db.prepare("SELECT id FROM documents WHERE superseded_by IS NULL").all() as { id: string }[];
  const missing = current.filter((r) => !cache!.has(r.id)).map((r) => r.id);
  const get = db.prepare("SELECT title, text, analysis FROM documents WHERE id = ?");
  for (const id of missing) {
    const d = get.get(id) as { title: string | null; text: string; analysis: string };
    let spans: { index: number; start: number; end: number }[] = [];
    try { spans = (JSON.parse(d.analysis) as { sentences?: typeof spans }).sentences ?? []; } catch { /* unreadable analysis: whole text below */ }
    if (spans.length === 0) spans = [{ index: -1, start: 0, end: d.text.length }];
    cache.set(id, {
      title: fold(d.title ?? ""),
      sentences: spans.map((s) => { const text = d.text.slice(s.start, s.end); return { index: s.index, folded: fold(text), text }; }),
    });
  }
  const live = new Set(current.map((r) => r.id));
  return new Map([...cache].filter(([id]) => live.has(id)));
}

/** Word-prefix match on folded text: `kore` finds `korea`, `han quoc` finds `han quoc`, `an` does not find `han`. */
function matches(haystack: string, needle: string): boolean {
  return ` ${haystack}`.includes(` ${needle}`);
}

export function search(db: Db, query: string, limit: number) {
  const q = fold(query);
  const empty = { query, folded: q, entities: [], documents: [], facts: [] as FactOut[], events: [] as EventOut[] };
  if (!q) return empty;
  const qc = foldCompact(query);

  // Entities by any alias or their canonical name; the compact form joins `Jae-myung` and `Jae Myung`.
  const matchedAlias = new Map<string, string>();
  const aliasRows = db.prepare("SELECT a.entity_id AS id, a.alias, a.folded FROM entity_aliases a UNION ALL SELECT id, name, NULL FROM entities").all() as { id: string; alias: string; folded: string | null }[];
  for (const r of aliasRows) {
    const f = r.folded ?? fold(r.alias);
    if (matches(f, q) || (qc.length >= 4 && f.replace(/ /g, "").includes(qc))) {
      if (!matchedAlias.has(r.id)) matchedAlias.set(r.id, r.alias);
    }
  }
  const entityIds = [...matchedAlias.keys()];
  const entities = entityIds.length
    ? queryEntities(db, { ids: entityIds, limit: limit, offset: 0 }).items.map((e) => ({ ...e, matched: matchedAlias.get(e.id) ?? e.name }))
    : [];

  const hits = new Map<string, { sentence: number | null; snippet: string; reason: string }>();
  for (const [id, doc] of foldedDocuments(db)) {
    if (matches(doc.title, q)) { hits.set(id, { sentence: null, snippet: "", reason: "title" }); }
    const s = doc.sentences.find((x) => matches(x.folded, q));
    if (s) hits.set(id, { sentence: s.index >= 0 ? s.index : null, snippet: s.text.slice(0, 300), reason: hits.has(id) ? "title and text" : "text" });
  }
  if (entityIds.length) {
    const rows = db.prepare(`SELECT m.document_id AS id, MIN(m.sentence) AS sentence, MIN(e.name) AS name FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.entity_id IN (${entityIds.map(() => "?").join(",")}) GROUP BY m.document_id`).all(...entityIds) as { id: string; sentence: number; name: string }[];
    for (const r of rows) if (!hits.has(r.id)) hits.set(r.id, { sentence: r.sentence, snippet: "", reason: `mentions ${r.name}` });
  }
  const documents = documentSummaries(db, [...hits.keys()]).slice(0, limit).map((d) => {
    const h = hits.get(d.id)!;
    return { ...d, sentence: h.sentence, snippet: h.snippet || d.excerpt, reason: h.reason };
  });

  const related = new Set(entityIds);
  const facts = queryFacts(db, { limit: 5000, offset: 0 }).items.filter((f) =>
    matches(fold(`${f.subject ?? ""} ${f.metric} ${f.parties.map((p) => p.name).join(" ")}`), q) || f.parties.some((p) => related.has(p.id))).slice(0, limit);
  const events = queryEvents(db, { limit: 5000, offset: 0 }).items.filter((e) =>
    matches(fold(`${e.name} ${e.place ?? ""} ${e.series ?? ""}`), q) || e.participants.some((p) => related.has(p.id))).slice(0, limit);

  return { query, folded: q, entities, documents, facts, events };
}
