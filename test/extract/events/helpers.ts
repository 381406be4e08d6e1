// Builds an extraction context from text and the entity names in it, so event tests do not depend
// on entity recognition: `["ASEAN", "organization:ASEAN"]` marks every occurrence of `ASEAN`.
import type { EntityType, Mention } from "../../../src/model.ts";
import type { ExtractionContext } from "../../../src/extract/context.ts";
import { splitSentences } from "../../../src/segment/sentences.ts";

export type Spec = [surface: string, ref: string, name?: string];

export function context(language: string, text: string, specs: Spec[] = [], extra: Partial<ExtractionContext> = {}): ExtractionContext {
  const sentences = splitSentences(text, language);
  const mentions: Mention[] = [];
  for (const [surface, ref, name] of specs) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(surface, from);
      if (start < 0) break;
      const end = start + surface.length;
      from = end;
      if (mentions.some((m) => start < m.end && m.start < end)) continue;
      const sentence = sentences.find((s) => start >= s.start && end <= s.end)?.index ?? 0;
      const type = ref.slice(0, ref.indexOf(":")) as EntityType;
      mentions.push({ ref, type, surface, start, end, sentence, name: name ?? ref.slice(ref.indexOf(":") + 1) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { text, language, sentences, published: null, title: null, datelinePlace: null, mentions, ...extra };
}
