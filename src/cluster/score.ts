// Deciding whether a document joins a candidate story: pure, so the weights and vetoes can be
// tested on constructed signals without a store.
import type { MainEvent, SignalKind, StoryProfile } from "./signals.ts";
import { FULL_TEXT_SCORE } from "./signals.ts";

export interface TokenMatch {
  token: string;
  kind: SignalKind;
  docWeight: number;
  storyWeight: number;
  /** How many stories carry the token (before this document joins), as the index told us. */
  df: number;
}

export interface Candidate {
  storyId: string;
  matches: TokenMatch[];
  profile: StoryProfile | null;
}

export interface Verdict {
  score: number;
  veto: string | null;
  threshold: number;
}

/** Score at which a document joins a story. A shared main event alone reaches it. */
export const THRESHOLD = 5;
/** Entities overlap between any two stories about the same relationship; they only support. */
const ENTITY_CAP = 3;
/** Reports published this far apart are different news, unless one copies the other. */
const MAX_DAYS_APART = 30;
/** The 26th summit held on two dates a week apart would be two summits. */
const MAX_EVENT_DAYS_APART = 7;

/** 1 for a token only one story has, falling off as more stories share it. */
export function rarity(df: number, totalStories: number): number {
  const n = Math.max(totalStories, 1);
  return Math.log(1 + n / Math.max(df, 1)) / Math.log(1 + n);
}

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** Two main events of the same kind and series that cannot be the same meeting. */
export function eventsConflict(a: MainEvent, b: MainEvent): boolean {
  if (a.type !== b.type || !a.series || a.series !== b.series) return false;
  if (a.ordinal != null && b.ordinal != null) return a.ordinal !== b.ordinal;
  if (a.date && b.date && a.date.length === 10 && b.date.length === 10) return days(a.date, b.date) > MAX_EVENT_DAYS_APART;
  if (a.date && b.date) {
    const n = Math.min(a.date.length, b.date.length);
    return a.date.slice(0, n) !== b.date.slice(0, n);
  }
  return false;
}

export function judge(c: Candidate, doc: StoryProfile, totalStories: number): Verdict {
  let entity = 0, text = 0, other = 0;
  let sharedEvent = false;
  for (const m of c.matches) {
    const w = Math.min(m.docWeight, m.storyWeight) * rarity(m.df, totalStories);
    if (m.kind === "entity") entity += w;
    else if (m.kind === "text") text += w;
    else other += w;
    if (m.kind === "event") sharedEvent = true;
  }
  const score = Math.min(entity, ENTITY_CAP) + text + other;
  const story = c.profile;
  let threshold = THRESHOLD;
  if (story) {
    for (const a of doc.main) for (const b of story.main) {
      if (eventsConflict(a, b)) return { score, veto: `different meetings (${describe(a)} vs ${describe(b)})`, threshold };
    }
    const d = doc.published.min;
    const copy = text >= FULL_TEXT_SCORE / 2;
    if (d && story.published.min && story.published.max && !copy) {
      const apart = Math.min(days(d, story.published.min), days(d, story.published.max));
      const inside = d >= story.published.min && d <= story.published.max;
      if (!inside && apart > MAX_DAYS_APART) return { score, veto: `published ${Math.round(apart)} days apart`, threshold };
    }
    // Both are about an identified meeting, but not the same one: ask for much more evidence.
    if (doc.main.length && story.main.length && !sharedEvent && !copy) threshold *= 1.6;
  }
  return { score, veto: null, threshold };
}

/** The best candidate that clears its threshold, or null for a new story. */
export function chooseStory(candidates: Candidate[], doc: StoryProfile, totalStories: number): { storyId: string; score: number } | null {
  let best: { storyId: string; score: number } | null = null;
  for (const c of candidates) {
    const v = judge(c, doc, totalStories);
    if (v.veto || v.score < v.threshold) continue;
    if (!best || v.score > best.score || (v.score === best.score && c.storyId < best.storyId)) best = { storyId: c.storyId, score: v.score };
  }
  return best;
}

function describe(e: MainEvent): string {
  return [e.type, e.series, e.ordinal != null ? `#${e.ordinal}` : null, e.date].filter(Boolean).join(" ");
}
