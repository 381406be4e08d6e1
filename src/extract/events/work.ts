// The working draft of one event while a document is read: what one meeting sentence says about it
// (type, parties, date, place, host, visitor), grown as later sentences about the same event join it.
import type { EventType, Mention, Sentence } from "../../model.ts";
import type { DateMention } from "../dates/index.ts";
import type { Candidate } from "./detect.ts";
import { refKey } from "../../resolve/entities.ts";

export interface Work {
  type: EventType;
  past: boolean;
  ordinal: number | null;
  parties: Mention[];
  date: DateMention | null;
  place: Mention | null;
  placeName: string | null;
  host: Mention | null;
  country: string | null;
  visitor: Mention | null;
  destination: Mention | null;
  sentence: number;
  more: Set<number>;
  participants: Map<string, Mention>;
  label: string | null;
  /** Talks of leaders: a summit when they stay an event of their own (see leadersTalksAsSummits). */
  leadersTalks: boolean;
  /** A bilateral meeting: held during a visit, it stays an event beside it. */
  bilateral: boolean;
}

export const VISITS = new Set<EventType>(["state_visit", "official_visit", "other"]);
export const PART_TYPES = new Set(["person", "country", "organization"]);
export const isoOf = (m: Mention | null) => (m ? refKey(m.ref) : null);

export function sameSentence(a: Work, b: Work): boolean {
  return a.sentence === b.sentence || a.more.has(b.sentence) || b.more.has(a.sentence);
}

export function sentenceHits(all: Candidate[], c: Candidate): number {
  return all.filter((x) => x.hit.sentence === c.hit.sentence && x.hit.entry.strength !== "anaphor" && x.hit.entry.strength !== "leader").length;
}

export function work(c: Candidate, type: EventType, slot: { host: Mention | null; date: DateMention | null }, mentions: Mention[], narrow: boolean): Work {
  const s = c.hit.sentence;
  const w: Work = {
    type, past: c.past, ordinal: c.ordinal, parties: c.parties, date: slot.date, place: c.slots.length ? null : c.place,
    placeName: null, host: slot.host, country: null, visitor: c.visitor, destination: c.destination,
    sentence: s.index, more: new Set(), participants: new Map(), label: c.label, leadersTalks: !!c.leadersTalks, bilateral: !!c.bilateral,
  };
  w.placeName = w.place?.name ?? null;
  const who = narrow
    ? [...c.parties, c.visitor, c.destination, slot.host].filter((m): m is Mention => !!m)
    : mentionsIn(mentions, s).filter((m) => PART_TYPES.has(m.type) && m !== c.host);
  for (const m of [...who, ...(slot.host && !narrow ? [slot.host] : [])]) w.participants.set(m.ref, m);
  // `signed the Pukpuk Treaty`: what is signed takes part in a signing.
  if (type === "signing") for (const m of mentionsIn(mentions, s)) if (m.type === "agreement") w.participants.set(m.ref, m);
  return w;
}

export function mentionsIn(mentions: Mention[], s: Sentence): Mention[] {
  return mentions.filter((m) => m.sentence === s.index || (m.start >= s.start && m.end <= s.end));
}
