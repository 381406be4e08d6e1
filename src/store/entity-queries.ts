// Read helpers for `attache entities` / `attache entity`: accent- and case-insensitive search
// over names and aliases, and everything stored about one entity (mentions, facts, events).
import type { Db } from "./db.ts";
import { listEntities, listEvents, listFacts, type EntityRecord, type EventRecord, type FactRecord } from "./read.ts";
import { fold } from "../util/text.ts";

/** Entities whose name, key or any alias contains the folded query (all when no query). */
export function searchEntities(db: Db, opts: { type?: string; query?: string } = {}): EntityRecord[] {
  const all = listEntities(db, { type: opts.type }).filter((e) => e.documents.length > 0);
  const q = opts.query ? fold(opts.query) : "";
  if (!q) return all;
  return all.filter((e) => [e.name, e.key, ...e.aliases].some((s) => fold(s).includes(q)));
}

export interface EntityDetail extends EntityRecord {
  facts: FactRecord[];
  events: EventRecord[];
  mentions: { document: string; surface: string; sentence: number; role: string | null }[];
}

/**
 * The one entity a name stands for: an exact id or ref, else an exact (folded) name/alias match,
 * else the single entity whose names contain the query. Ambiguous queries return the candidates.
 */
export function findEntity(db: Db, name: string): { entity: EntityDetail | null; candidates: EntityRecord[] } {
  const q = fold(name);
  const all = listEntities(db).filter((e) => e.documents.length > 0);
  const byId = all.find((e) => e.id === name || `${e.type}:${e.key}` === name);
  let hits = byId ? [byId] : all.filter((e) => [e.name, e.key, ...e.aliases].some((s) => fold(s) === q));
  if (!hits.length) hits = all.filter((e) => [e.name, e.key, ...e.aliases].some((s) => fold(s).includes(q)));
  if (hits.length !== 1) return { entity: null, candidates: hits };
  const e = hits[0];
  const mentions = db.prepare(`SELECT m.document_id AS document, m.surface, m.sentence, m.role FROM mentions m
    JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? AND d.superseded_by IS NULL ORDER BY m.document_id, m.start`)
    .all(e.id) as EntityDetail["mentions"];
  const facts = listFacts(db).filter((f) => f.parties.includes(e.id));
  const events = listEvents(db, { entity: e.id });
  return { entity: { ...e, facts, events, mentions }, candidates: hits };
}
