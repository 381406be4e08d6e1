// Story assignment: a stored document joins the story it reports, found through the
// story_signals inverted index (signal token → stories). Only stories sharing a reasonably rare
// token with the document are ever looked at, so the millionth document costs what the
// thousandth did.
import type { DocumentAnalysis } from "../model.ts";
import type { Db } from "../store/db.ts";
import { statementsFor, type Statement, type Statements } from "../store/statements.ts";
import { documentSignals, profileOf, mergeProfile, type Signal, type StoryProfile } from "./signals.ts";
import { chooseStory, rarity, type Candidate } from "./score.ts";

/**
 * A token carried by more stories than this says nothing about which one: it is marked saturated
 * (story_saturated, migration 3), and from then on its postings are neither read nor grown. This
 * is what keeps the cost of a document flat as the store grows.
 */
export const POSTING_CAP = 64;
/** Candidates whose profile is loaded and judged, best first. */
const MAX_CANDIDATES = 25;

type Stmt = Statement;

const prepared = (db: Db): Statements => statementsFor(db, buildStatements);

function buildStatements(db: Db): Statements {
  return {
    // One indexed query per document, not one per token: the tokens travel as a JSON array.
    // Raw rows (arrays): a document can read a thousand postings, and objects cost twice as much.
    saturated: db.prepare("SELECT token FROM story_saturated WHERE token IN (SELECT value FROM json_each(?))").raw(true),
    postings: db.prepare("SELECT token, story_id, weight FROM story_signals WHERE token IN (SELECT value FROM json_each(?))").raw(true),
    profiles: db.prepare("SELECT id, profile FROM stories WHERE id IN (SELECT value FROM json_each(?))"),
    storyCount: db.prepare("SELECT MAX(rowid) AS n FROM stories"),
    profile: db.prepare("SELECT profile FROM stories WHERE id = ?"),
    previousVersion: db.prepare("SELECT story FROM documents WHERE source = ? AND id != ? AND story IS NOT NULL ORDER BY version DESC LIMIT 1"),
    insertStory: db.prepare("INSERT OR IGNORE INTO stories (id, title, first_seen, profile) VALUES (?, ?, ?, ?)"),
    updateStory: db.prepare("UPDATE stories SET profile = ?, title = COALESCE(title, ?) WHERE id = ?"),
    setDocStory: db.prepare("UPDATE documents SET story = ? WHERE id = ?"),
    addSignal: db.prepare(`INSERT INTO story_signals (token, story_id, weight) VALUES (?, ?, ?)
      ON CONFLICT(token, story_id) DO UPDATE SET weight = MAX(weight, excluded.weight)`),
    saturate: db.prepare("INSERT OR IGNORE INTO story_saturated (token) VALUES (?)"),
  };
}

type Posting = { story_id: string; weight: number };

/**
 * The postings and saturated tokens one write transaction has read or written. Entity, date and
 * figure tokens recur from document to document, and their postings (up to POSTING_CAP rows each)
 * were most of what a document read; kept here, a token is read from the store once per
 * transaction. Writes go through `writePostings`, which updates both, so the cache always equals
 * the store. It is valid only inside one transaction with no rolled-back savepoint: the batch
 * writer starts a new one per chunk and after any failure, which also bounds its size.
 */
export class StoryIndexCache {
  readonly postings = new Map<string, Posting[]>();
  readonly saturated = new Set<string>();
}

/** The postings of every usable (not saturated) token of the document, by token. */
function readPostings(s: Record<string, Stmt>, signals: Signal[], cache: StoryIndexCache): void {
  const missing = signals.filter((x) => !cache.saturated.has(x.token) && !cache.postings.has(x.token)).map((x) => x.token);
  if (missing.length === 0) return;
  const all = JSON.stringify(missing);
  let fresh = 0;
  for (const [token] of s.saturated.all(all) as [string][]) { cache.saturated.add(token); fresh++; }
  const usable = fresh ? missing.filter((t) => !cache.saturated.has(t)) : missing;
  for (const t of usable) cache.postings.set(t, []);
  if (usable.length === 0) return;
  for (const [token, story_id, weight] of s.postings.all(fresh ? JSON.stringify(usable) : all) as [string, string, number][]) {
    cache.postings.get(token)?.push({ story_id, weight });
  }
}

/** Every story that shares a usable token with the document, the likeliest first. */
function findCandidates(s: Record<string, Stmt>, signals: Signal[], postings: Map<string, Posting[]>, totalStories: number): Candidate[] {
  const byStory = new Map<string, Candidate & { rough: number }>();
  // Signal order, not row order, so scores sum in the same order whatever plan SQLite picks.
  for (const sig of signals) {
    const rows = postings.get(sig.token);
    // Stores written before saturation existed can hold more postings than the cap.
    if (!rows || rows.length > POSTING_CAP) continue;
    for (const r of rows) {
      let c = byStory.get(r.story_id);
      if (!c) { c = { storyId: r.story_id, matches: [], profile: null, rough: 0 }; byStory.set(r.story_id, c); }
      c.matches.push({ token: sig.token, kind: sig.kind, docWeight: sig.weight, storyWeight: r.weight, df: rows.length });
      c.rough += Math.min(sig.weight, r.weight) * rarity(rows.length, totalStories);
    }
  }
  const top = [...byStory.values()]
    .sort((a, b) => b.rough - a.rough || (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0))
    .slice(0, MAX_CANDIDATES);
  if (top.length) {
    const rows = s.profiles.all(JSON.stringify(top.map((c) => c.storyId))) as { id: string; profile: string | null }[];
    const byId = new Map(rows.map((r) => [r.id, r.profile]));
    for (const c of top) {
      const p = byId.get(c.storyId);
      c.profile = p ? (JSON.parse(p) as StoryProfile) : null;
    }
  }
  return top;
}

/** Assigns the stored document to a story (new or existing) and returns the story id. */
export function assignStory(db: Db, a: DocumentAnalysis, cache: StoryIndexCache = new StoryIndexCache()): string {
  const storyId = placeInStory(db, a, cache);
  prepared(db).setDocStory.run(storyId, a.id);
  return storyId;
}

/**
 * Chooses the document's story (new or existing), records it on the story and in the postings,
 * and returns its id, without touching the document row: the batch writer calls this before it
 * inserts the row, so the row is written once with its story.
 */
export function placeInStory(db: Db, a: DocumentAnalysis, cache: StoryIndexCache = new StoryIndexCache()): string {
  const s = prepared(db);
  const signals = documentSignals(a);
  const docProfile = profileOf(a);
  const total = (s.storyCount.get() as { n: number | null }).n ?? 0;
  readPostings(s, signals, cache);
  const postings = cache.postings;

  // A new version of an article already stored stays in that article's story.
  const previous = (s.previousVersion.get(a.source, a.id) as { story: string } | undefined)?.story;
  let storyId = previous;
  let storyProfile: StoryProfile | null | undefined;
  if (!storyId) {
    const candidates = findCandidates(s, signals, postings, total);
    const chosen = chooseStory(candidates, docProfile, total);
    storyId = chosen?.storyId;
    storyProfile = candidates.find((c) => c.storyId === storyId)?.profile;
  }

  if (storyId) {
    if (storyProfile === undefined) {
      const row = s.profile.get(storyId) as { profile: string | null } | undefined;
      storyProfile = row?.profile ? (JSON.parse(row.profile) as StoryProfile) : null;
    }
    const merged = storyProfile ? mergeProfile(storyProfile, docProfile) : docProfile;
    s.updateStory.run(JSON.stringify(merged), a.title, storyId);
  } else {
    storyId = `story_${a.contentHash.slice(0, 12)}`;
    s.insertStory.run(storyId, a.title, a.published ?? new Date().toISOString().slice(0, 10), JSON.stringify(docProfile));
  }
  writePostings(s, signals, cache, storyId);
  return storyId;
}

/**
 * Adds the story to each token's postings, writing only what changes; full tokens saturate.
 * The cache is updated with the store, so later documents of the transaction read it instead.
 */
function writePostings(s: Record<string, Stmt>, signals: Signal[], cache: StoryIndexCache, storyId: string): void {
  for (const sig of signals) {
    if (cache.saturated.has(sig.token)) continue;
    let rows = cache.postings.get(sig.token);
    if (!rows) cache.postings.set(sig.token, (rows = []));
    const own = rows.find((r) => r.story_id === storyId);
    if (own) {
      if (own.weight < sig.weight) { s.addSignal.run(sig.token, storyId, sig.weight); own.weight = sig.weight; }
    } else if (rows.length >= POSTING_CAP) {
      s.saturate.run(sig.token);
      cache.saturated.add(sig.token);
      cache.postings.delete(sig.token);
    } else {
      s.addSignal.run(sig.token, storyId, sig.weight);
      rows.push({ story_id: storyId, weight: sig.weight });
    }
  }
}
