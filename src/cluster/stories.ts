// Story assignment: a stored document joins the story it reports, found through the
// story_signals inverted index (signal token → stories). Only stories sharing a reasonably rare
// token with the document are ever looked at, so the millionth document costs what the
// thousandth did.
import type { DocumentAnalysis } from "../model.ts";
import type Database from "better-sqlite3";
import type { Db } from "../store/db.ts";
import { documentSignals, profileOf, mergeProfile, type Signal, type StoryProfile } from "./signals.ts";
import { chooseStory, rarity, type Candidate } from "./score.ts";

/** A token carried by more stories than this says nothing about which one; it is skipped. */
const POSTING_CAP = 200;
/** Candidates whose profile is loaded and judged, best first. */
const MAX_CANDIDATES = 25;

type Stmt = Database.Statement<unknown[]>;
const statements = new WeakMap<Db, Record<string, Stmt>>();

function prepared(db: Db): Record<string, Stmt> {
  let s = statements.get(db);
  if (s) return s;
  s = {
    postings: db.prepare(`SELECT story_id, weight FROM story_signals WHERE token = ? LIMIT ${POSTING_CAP + 1}`),
    storyCount: db.prepare("SELECT MAX(rowid) AS n FROM stories"),
    profile: db.prepare("SELECT profile FROM stories WHERE id = ?"),
    previousVersion: db.prepare("SELECT story FROM documents WHERE source = ? AND id != ? AND story IS NOT NULL ORDER BY version DESC LIMIT 1"),
    insertStory: db.prepare("INSERT OR IGNORE INTO stories (id, title, first_seen, profile) VALUES (?, ?, ?, ?)"),
    updateStory: db.prepare("UPDATE stories SET profile = ?, title = COALESCE(title, ?) WHERE id = ?"),
    setDocStory: db.prepare("UPDATE documents SET story = ? WHERE id = ?"),
    addSignal: db.prepare(`INSERT INTO story_signals (token, story_id, weight) VALUES (?, ?, ?)
      ON CONFLICT(token, story_id) DO UPDATE SET weight = MAX(weight, excluded.weight)`),
  };
  statements.set(db, s);
  return s;
}

/** Gathers, through the index, every story that shares a usable token with the document. */
function findCandidates(s: Record<string, Stmt>, signals: Signal[], totalStories: number): Candidate[] {
  const byStory = new Map<string, Candidate & { rough: number }>();
  for (const sig of signals) {
    const rows = s.postings.all(sig.token) as { story_id: string; weight: number }[];
    if (rows.length === 0 || rows.length > POSTING_CAP) continue;
    for (const r of rows) {
      let c = byStory.get(r.story_id);
      if (!c) { c = { storyId: r.story_id, matches: [], profile: null, rough: 0 }; byStory.set(r.story_id, c); }
      c.matches.push({ token: sig.token, kind: sig.kind, docWeight: sig.weight, storyWeight: r.weight, df: rows.length });
      c.rough += Math.min(sig.weight, r.weight) * rarity(rows.length, totalStories);
    }
  }
  const top = [...byStory.values()].sort((a, b) => b.rough - a.rough).slice(0, MAX_CANDIDATES);
  for (const c of top) {
    const row = s.profile.get(c.storyId) as { profile: string | null } | undefined;
    c.profile = row?.profile ? (JSON.parse(row.profile) as StoryProfile) : null;
  }
  return top;
}

/** Assigns the stored document to a story (new or existing) and returns the story id. */
export function assignStory(db: Db, a: DocumentAnalysis): string {
  const s = prepared(db);
  const signals = documentSignals(a);
  const docProfile = profileOf(a);
  const total = (s.storyCount.get() as { n: number | null }).n ?? 0;

  // A new version of an article already stored stays in that article's story.
  const previous = (s.previousVersion.get(a.source, a.id) as { story: string } | undefined)?.story;
  let storyId = previous ?? chooseStory(findCandidates(s, signals, total), docProfile, total)?.storyId;

  if (storyId) {
    const row = s.profile.get(storyId) as { profile: string | null } | undefined;
    const merged = row?.profile ? mergeProfile(JSON.parse(row.profile) as StoryProfile, docProfile) : docProfile;
    s.updateStory.run(JSON.stringify(merged), a.title, storyId);
  } else {
    storyId = `story_${a.contentHash.slice(0, 12)}`;
    s.insertStory.run(storyId, a.title, a.published ?? new Date().toISOString().slice(0, 10), JSON.stringify(docProfile));
  }
  for (const sig of signals) s.addSignal.run(sig.token, storyId, sig.weight);
  s.setDocStory.run(storyId, a.id);
  return storyId;
}
