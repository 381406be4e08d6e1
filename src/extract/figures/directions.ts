// Countries named by a one-character abbreviation after a direction prefix, the way CJK news
// writes the target of a flow: ja `対韓直接投資`, ko `대일 수출`, zh `对华投资`, `对埃直接投资`.
// The abbreviation alone is far too common a character (`中`, `일`), so it counts only in the
// listed prefix form (`towards` in figures.json) and only right before a flow word.
import type { EntityRef, Mention, Sentence } from "../../model.ts";
import type { FiguresLanguage } from "./lexicon.ts";

/** How far (characters) after the abbreviation its flow word may start (`대일 수출`: a space). */
const FLOW_GAP = 1;

/** Country mentions for `towards` forms followed by a metric word, in document offsets. */
export function directionMentions(sentences: readonly Sentence[], lex: FiguresLanguage): Mention[] {
  if (!lex.towards.size && !lex.within.size) return [];
  const out: Mention[] = [];
  for (const s of sentences) {
    for (const [form, iso] of [...lex.towards, ...lex.within]) {
      for (let at = s.text.indexOf(form); at >= 0; at = s.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        // A spaced language writes the form as a word of its own (`대일`, not `…대일…`).
        if (lex.spaced && /[\p{L}\p{N}]/u.test(s.text[at - 1] ?? "")) continue;
        // `在华` (in China) is a place phrase of its own; `对华` needs its flow word.
        const flow = lex.within.has(form) || lex.metrics.findAll(s.text.slice(end, end + FLOW_GAP + 12)).some((h) => h.start <= FLOW_GAP);
        if (!flow) continue;
        // The prefix stays outside the name, so it reads as the marker of a recipient.
        const start = at + [...form][0]!.length;
        out.push({
          start: s.start + start, end: s.start + end, sentence: s.index, surface: s.text.slice(start, end),
          name: iso, type: "country", ref: `country:${iso}` as EntityRef,
        });
      }
    }
  }
  return out;
}
