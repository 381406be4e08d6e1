// Builds DocumentAnalysis objects from small hand-written articles, the way the extractors
// would report them, so clustering and reconciliation can be tested before extraction lands.
import type { DocumentAnalysis, EntityType, EventDraft, FactDraft, Mention, Sentence } from "../../src/model.ts";
import { createHash } from "node:crypto";

export interface MentionSpec { ref: string; surface: string; name?: string; expansion?: string; occurrence?: number }
export type FactSpec = Omit<FactDraft, "sentence" | "quote" | "precision" | "approximate" | "subject"> & {
  /** Text the fact is stated with; its sentence becomes the quote. */
  surface: string; precision?: number; approximate?: boolean; subject?: string | null;
};
export type EventSpec = Omit<EventDraft, "sentence" | "quote" | "participants"> & { anchor: string; participants?: string[] };

export interface ArticleSpec {
  source: string;
  language: string;
  published?: string | null;
  title?: string | null;
  text: string;
  mentions?: MentionSpec[];
  facts?: FactSpec[];
  events?: EventSpec[];
}

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence {
  const s = sentences.find((x) => offset >= x.start && offset < x.end);
  if (!s) throw new Error(`offset ${offset} is in no sentence`);
  return s;
}

function find(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in text`);
  }
  return at;
}

export function article(spec: ArticleSpec): DocumentAnalysis {
  const hash = createHash("sha256").update(spec.source + "\u0000" + spec.text).digest("hex");
  const sentences = sentencesOf(spec.text);
  const mentions: Mention[] = (spec.mentions ?? []).map((m) => {
    const start = find(spec.text, m.surface, m.occurrence);
    const type = m.ref.slice(0, m.ref.indexOf(":")) as EntityType;
    return {
      ref: m.ref, type, surface: m.surface, start, end: start + m.surface.length,
      sentence: sentenceAt(sentences, start).index, name: m.name ?? m.ref.slice(m.ref.indexOf(":") + 1),
      ...(m.expansion ? { expansion: m.expansion } : {}),
    };
  });
  const facts: FactDraft[] = (spec.facts ?? []).map((f) => {
    const s = sentenceAt(sentences, find(spec.text, f.surface));
    return {
      metric: f.metric, value: f.value, unit: f.unit, period: f.period, status: f.status, parties: f.parties,
      subject: f.subject ?? null, sentence: s.index, quote: s.text, surface: f.surface,
      precision: f.precision ?? 1, approximate: f.approximate ?? false,
    };
  });
  const events: EventDraft[] = (spec.events ?? []).map((e) => {
    const s = sentenceAt(sentences, find(spec.text, e.anchor));
    const { anchor: _a, ...rest } = e;
    return { ...rest, participants: e.participants ?? [], sentence: s.index, quote: s.text };
  });
  return {
    id: `doc_${hash.slice(0, 16)}`, source: spec.source, contentHash: hash, format: "text", encoding: "utf-8",
    language: spec.language, title: spec.title ?? null, url: null, published: spec.published ?? null,
    text: spec.text, furniture: [], sentences, mentions, facts, events,
  };
}
