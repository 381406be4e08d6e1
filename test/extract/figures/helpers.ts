// Test scaffolding: builds a document context with entity mentions and quantities located by
// their surface text, so attribution can be tested independently of the recogniser and parser.
import type { EntityType, FactDraft, Mention, Quantity, QuantityKind, Sentence } from "../../../src/model.ts";
import type { ExtractionContext } from "../../../src/extract/context.ts";
import { extractFacts } from "../../../src/extract/figures/index.ts";

export interface QSpec {
  surface: string;
  kind: QuantityKind;
  value: number;
  unit?: string;
  valueTo?: number;
  noun?: string;
  approximate?: boolean;
  /** Which occurrence of `surface` in the sentence (default the first). */
  nth?: number;
}

/** [surface, ref, type?] — every occurrence of the surface becomes a mention. */
export type MSpec = [string, string, EntityType?];

export interface SentenceSpec {
  text: string;
  quantities?: QSpec[];
}

const unitFor: Record<QuantityKind, string> = {
  money: "USD", percent: "percent", rank: "rank", multiple: "times", count: "items", year: "year", period: "year",
};

function locate(text: string, surface: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`test setup: "${surface}" not found in "${text}"`);
  }
  return at;
}

function typeOf(ref: string): EntityType {
  return ref.split(":")[0] as EntityType;
}

export function buildDoc(language: string, specs: SentenceSpec[], mentions: MSpec[], published: string | null = null) {
  const sentences: Sentence[] = [];
  let text = "";
  const qs = new Map<string, Quantity[]>();
  specs.forEach((s, index) => {
    if (text) text += " ";
    const start = text.length;
    text += s.text;
    sentences.push({ index, start, end: text.length, text: s.text });
    qs.set(s.text, (s.quantities ?? []).map((q) => {
      const at = locate(s.text, q.surface, q.nth);
      return {
        kind: q.kind, value: q.value, valueTo: q.valueTo, unit: q.unit ?? unitFor[q.kind],
        start: at, end: at + q.surface.length, surface: q.surface,
        approximate: q.approximate ?? false, precision: 1, noun: q.noun,
      };
    }));
  });
  const ms: Mention[] = [];
  for (const [surface, ref, type] of mentions) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const sentence = sentences.find((s) => s.start <= at && at < s.end)!.index;
      ms.push({ ref, type: type ?? typeOf(ref), surface, start: at, end: at + surface.length, sentence, name: surface });
    }
  }
  ms.sort((a, b) => a.start - b.start);
  const ctx: ExtractionContext = { text, language, sentences, published, title: null, datelinePlace: null, mentions: ms };
  return { ctx, find: (sentence: string) => qs.get(sentence) ?? [] };
}

export function facts(language: string, specs: SentenceSpec[], mentions: MSpec[], published: string | null = null): FactDraft[] {
  const { ctx, find } = buildDoc(language, specs, mentions, published);
  return extractFacts(ctx, find);
}

/** The scored shape of a fact, for compact assertions. */
export function brief(f: FactDraft) {
  return { metric: f.metric, value: f.value, unit: f.unit, period: f.period, status: f.status, parties: f.parties };
}

export const KR = "country:KR", VN = "country:VN", ASEAN = "organization:ASEAN", JP = "country:JP", CN = "country:CN",
  TH = "country:TH", ID = "country:ID", MY = "country:MY", FR = "country:FR", DE = "country:DE", ES = "country:ES",
  SA = "country:SA", RU = "country:RU", EU = "organization:EU", NL = "country:NL", EG = "country:EG", MX = "country:MX";
