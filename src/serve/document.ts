// One document for the reader: its text, where every entity, figure and event sits in it
// (character offsets into `text`), and the other documents of its story.
import type { Db } from "../store/db.ts";
import { getDocument } from "../store/read.ts";
import { documentSummaries, entityRefs, queryEvents, queryFacts, type DocumentSummaryOut } from "./queries.ts";

interface SentenceSpan { index: number; start: number; end: number; text?: string }
export interface HighlightOut { kind: "entity" | "fact" | "event"; id: string; label: string; start: number; end: number; sentence: number }

function parseSentences(analysis: string, text: string): SentenceSpan[] {
  try {
    const a = JSON.parse(analysis) as { sentences?: SentenceSpan[] };
    // Offsets outside the text would break highlighting; such a sentence list is not trusted.
    return (a.sentences ?? []).filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start <= s.end);
  } catch {
    return [];
  }
}

/** Where in the text a figure stands: its surface inside its sentence, else the whole sentence. */
function locate(text: string, sentence: SentenceSpan | undefined, surface: string | undefined, quote: string): { start: number; end: number } | null {
  if (sentence) {
    const body = text.slice(sentence.start, sentence.end);
    const at = surface ? body.indexOf(surface) : -1;
    if (at >= 0) return { start: sentence.start + at, end: sentence.start + at + surface!.length };
    return { start: sentence.start, end: sentence.end };
  }
  const q = text.indexOf(quote);
  if (q < 0) return null;
  const at = surface ? text.indexOf(surface, q) : -1;
  return at >= 0 && at < q + quote.length ? { start: at, end: at + surface!.length } : { start: q, end: q + quote.length };
}

export function documentDetail(db: Db, id: string) {
  const d = getDocument(db, id);
  if (!d) return null;
  const sentences = parseSentences(d.analysis, d.text);
  const byIndex = new Map(sentences.map((s) => [s.index, s]));

  const mentionRows = db.prepare("SELECT entity_id, start, end, sentence, surface FROM mentions WHERE document_id = ? ORDER BY start").all(id) as { entity_id: string; start: number; end: number; sentence: number; surface: string }[];
  const names = entityRefs(db, mentionRows.map((m) => m.entity_id));
  const highlights: HighlightOut[] = [];
  for (const m of mentionRows) {
    if (m.start < 0 || m.end > d.text.length || m.start >= m.end) continue;
    highlights.push({ kind: "entity", id: m.entity_id, label: names.get(m.entity_id)?.name ?? m.entity_id, start: m.start, end: m.end, sentence: m.sentence });
  }

  const facts = queryFacts(db, { document: id, limit: 500, offset: 0 }).items;
  for (const f of facts) {
    for (const s of f.sources.filter((x) => x.document === id)) {
      const at = locate(d.text, byIndex.get(s.sentence), s.surface, s.quote);
      if (at) highlights.push({ kind: "fact", id: f.id, label: `${f.metric} ${f.value} ${f.unit}${f.period ? ` (${f.period})` : ""}`, ...at, sentence: s.sentence });
    }
  }
  const events = queryEvents(db, { document: id, limit: 500, offset: 0 }).items;
  for (const e of events) {
    for (const s of e.sources.filter((x) => x.document === id)) {
      const at = locate(d.text, byIndex.get(s.sentence), undefined, s.quote);
      if (at) highlights.push({ kind: "event", id: e.id, label: e.name, ...at, sentence: s.sentence });
    }
  }
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);

  let story: { id: string; title: string | null; documents: DocumentSummaryOut[] } | null = null;
  if (d.story) {
    const s = db.prepare("SELECT id, title FROM stories WHERE id = ?").get(d.story) as { id: string; title: string | null } | undefined;
    const others = (db.prepare("SELECT id FROM documents WHERE story = ? AND id != ? AND superseded_by IS NULL").all(d.story, id) as { id: string }[]).map((r) => r.id);
    story = { id: d.story, title: s?.title ?? null, documents: documentSummaries(db, others) };
  }

  return {
    document: {
      id: d.id, source: d.source, url: d.url, language: d.language, title: d.title, published: d.published, story: d.story,
      excerpt: d.text.slice(0, 220), text: d.text, format: d.format, encoding: d.encoding, version: d.version,
      supersededBy: d.superseded_by, ingestedAt: d.ingested_at,
    },
    sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    highlights,
    entities: [...names.values()].sort((a, b) => a.name.localeCompare(b.name)),
    facts, events, story,
  };
}
