// STUB (to be replaced by the segmentation work).
import type { LanguageCode, Sentence } from "../model.ts";

export function splitSentences(text: string, language: LanguageCode): Sentence[] {
  const seg = new Intl.Segmenter(language, { granularity: "sentence" });
  const out: Sentence[] = [];
  for (const s of seg.segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (!body) continue;
    const start = s.index + lead;
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}
