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
    saturated: db.prepare("SELECT token FROM story_saturated WHERE token IN (SELECT value FROM json_each(?))"),
    postings: db.prepare("SELECT token, story_id, weight FROM story_signals WHERE token IN (SELECT value FROM json_each(?))"),
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

/** The postings of every usable (not saturated) token of the document, by token. */
function readPostings(s: Record<string, Stmt>, signals: Signal[]): { postings: Map<string, Posting[]>; saturated: Set<string> } {
  const all = JSON.stringify(signals.map((x) => x.token));
  const saturated = new Set((s.saturated.all(all) as { token: string }[]).map((r) => r.token));
  const usable = saturated.size ? JSON.stringify(signals.filter((x) => !saturated.has(x.token)).map((x) => x.token)) : all;
  const postings = new Map<string, Posting[]>();
  for (const r of s.postings.all(usable) as (Posting & { token: string })[]) {
    let list = postings.get(r.token);
    if (!list) postings.set(r.token, (list = []));
    list.push(r);
  }
  return { postings, saturated };
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
export function assignStory(db: Db, a: DocumentAnalysis): string {
  const s = prepared(db);
  const signals = documentSignals(a);
  const docProfile = profileOf(a);
  const total = (s.storyCount.get() as { n: number | null }).n ?? 0;
  const { postings, saturated } = readPostings(s, signals);

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
  writePostings(s, signals, postings, saturated, storyId);
  s.setDocStory.run(storyId, a.id);
  return storyId;
}

/** Adds the story to each token's postings, writing only what changes; full tokens saturate. */
function writePostings(s: Record<string, Stmt>, signals: Signal[], postings: Map<string, Posting[]>, saturated: Set<string>, storyId: string): void {
  for (const sig of signals) {
    if (saturated.has(sig.token)) continue;
    const rows = postings.get(sig.token) ?? [];
    const own = rows.find((r) => r.story_id === storyId);
    if (own) {
      if (own.weight < sig.weight) s.addSignal.run(sig.token, storyId, sig.weight);
    } else if (rows.length >= POSTING_CAP) {
      s.saturate.run(sig.token);
    } else {
      s.addSignal.run(sig.token, storyId, sig.weight);
    }
  }
}
