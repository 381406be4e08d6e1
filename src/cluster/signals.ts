// The signals a document offers for story assignment. Most are language independent, so the
// Dutch and English reports of one speech meet: the events they describe (type, series,
// ordinal or date), the figures they state (metric, value, period), the entities they name.
// Text bands (MinHash) add same-language similarity for reposts and machine-translated copies.
import type { DocumentAnalysis, EntityType, EventDraft, FactDraft } from "../model.ts";
import { bandTokens, BANDS } from "./minhash.ts";

export type SignalKind = "event" | "fact" | "entity" | "date" | "text";

export interface Signal {
  token: string;
  kind: SignalKind;
  /** How much sharing this token says about being the same story, before rarity. */
  weight: number;
}

/** The meeting a document is mainly about: what keeps the 25th and the 26th summit apart. */
export interface MainEvent {
  type: string;
  series: string | null;
  ordinal: number | null;
  date: string | null;
}

/** What a story is about, kept on the story row for vetoes. */
export interface StoryProfile {
  main: MainEvent[];
  published: { min: string | null; max: string | null };
  languages: string[];
  documents: number;
}

export const WEIGHTS = {
  mainEvent: 6,
  otherEvent: 1.5,
  /** A specific money figure (208.2 bn USD in 2024) is nearly as telling as the event itself. */
  moneyFact: 2.5,
  fact: 1.2,
  /** Small numbers without a period (5th, 95 %) recur across unrelated stories. */
  vagueFact: 0.4,
  date: 1,
  /** Spread over the bands: an identical text scores BANDS × this. */
  textBand: 0.75,
} as const;

/** Countries and big organisations are named in most stories; people and agreements are not. */
const ENTITY_TYPE_WEIGHT: Record<EntityType, number> = {
  country: 0.25,
  organization: 0.5,
  place: 0.6,
  event_series: 0.8,
  person: 1,
  agreement: 1,
  initiative: 1,
};

export function eventToken(e: EventDraft): string | null {
  if (e.series && e.ordinal != null) return `ev:${e.type}|${e.series}|#${e.ordinal}`;
  const who = e.series ?? [...e.participants].sort().join(",");
  if (e.date && e.date.length >= 7 && who) return `ev:${e.type}|${who}|${e.date.slice(0, 7)}`;
  return null;
}

/**
 * The main event: the one the text reaches first, preferring one with an ordinal or a date
 * (a headline event is usually identified; a passing mention often is not).
 */
export function mainEvents(events: EventDraft[]): MainEvent[] {
  if (events.length === 0) return [];
  const identified = events.filter((e) => e.ordinal != null || e.date != null);
  const pool = identified.length ? identified : events;
  const first = pool.reduce((a, b) => (b.sentence < a.sentence ? b : a));
  return [{ type: first.type, series: first.series, ordinal: first.ordinal, date: first.date }];
}

/** A figure's identity, rounded to 3 significant digits so 208.2 bn and 208,2 miljard meet. */
export function factToken(f: FactDraft): string {
  const v = f.value === 0 ? 0 : Number(f.value.toPrecision(3));
  return `f:${f.metric}|${f.unit}|${v}|${f.period ?? ""}|${f.status}`;
}

function factWeight(f: FactDraft): number {
  if (f.unit !== "rank" && f.unit !== "percent" && f.unit !== "times" && Math.abs(f.value) >= 1000) {
    return /^[A-Z]{3}$/.test(f.unit) ? WEIGHTS.moneyFact : WEIGHTS.fact;
  }
  return f.period ? WEIGHTS.fact : WEIGHTS.vagueFact;
}

export function documentSignals(a: DocumentAnalysis): Signal[] {
  const out = new Map<string, Signal>();
  const add = (s: Signal) => {
    const prev = out.get(s.token);
    if (!prev || prev.weight < s.weight) out.set(s.token, s);
  };
  const main = mainEvents(a.events)[0];
  for (const e of a.events) {
    const token = eventToken(e);
    if (!token) continue;
    const isMain = !!main && e.type === main.type && e.series === main.series && e.ordinal === main.ordinal && e.date === main.date;
    add({ token, kind: "event", weight: isMain ? WEIGHTS.mainEvent : WEIGHTS.otherEvent });
  }
  for (const f of a.facts) add({ token: factToken(f), kind: "fact", weight: factWeight(f) });
  for (const m of a.mentions) {
    if (m.confidence != null && m.confidence < 0.5) continue;
    add({ token: `e:${m.ref}`, kind: "entity", weight: ENTITY_TYPE_WEIGHT[m.type] ?? 0.5 });
  }
  if (a.published) add({ token: `d:${a.published}`, kind: "date", weight: WEIGHTS.date });
  for (const t of a.bands ?? bandTokens(a.text)) add({ token: t, kind: "text", weight: WEIGHTS.textBand });
  return [...out.values()];
}

export function profileOf(a: DocumentAnalysis): StoryProfile {
  return {
    main: mainEvents(a.events),
    published: { min: a.published, max: a.published },
    languages: [a.language],
    documents: 1,
  };
}

/** A story's profile after one more document joins it. */
export function mergeProfile(p: StoryProfile, doc: StoryProfile): StoryProfile {
  const main = [...p.main];
  for (const m of doc.main) {
    if (!main.some((x) => sameMain(x, m))) main.push(m);
  }
  const dates = [p.published.min, p.published.max, doc.published.min, doc.published.max].filter((d): d is string => !!d).sort();
  return {
    main: main.slice(0, 8),
    published: { min: dates[0] ?? null, max: dates[dates.length - 1] ?? null },
    languages: [...new Set([...p.languages, ...doc.languages])].sort(),
    documents: p.documents + doc.documents,
  };
}

function sameMain(a: MainEvent, b: MainEvent): boolean {
  return a.type === b.type && a.series === b.series && a.ordinal === b.ordinal && a.date === b.date;
}

export const FULL_TEXT_SCORE = BANDS * WEIGHTS.textBand;
