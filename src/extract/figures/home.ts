// `صادرات المملكة إلى كوريا`, `the Kingdom's exports`, `السلطنة`: a state's own press names it by
// its title. The title stands for the state of that kind the document names most; the words are
// the `homeTitles` of `lang/<code>/figures.json`, the states of each kind `data/state-titles.tsv`.
import type { EntityRef, Mention } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import type { FiguresLanguage } from "./lexicon.ts";
import { dataRows } from "../entities/tables.ts";

let titles: Map<string, Set<string>> | null = null;

/** Kind of title (`kingdom`) → the ISO codes of the states that use it. */
function stateTitles(): Map<string, Set<string>> {
  if (titles) return titles;
  titles = new Map();
  for (const [kind, codes] of dataRows("state-titles.tsv", 2)) titles.set(kind!, new Set(codes!.split(/\s+/u).filter(Boolean)));
  return titles;
}

/** The state of a kind the document names most (first named on a tie), or null if it names none. */
function homeOf(kind: string, mentions: readonly Mention[]): EntityRef | null {
  const states = stateTitles().get(kind);
  if (!states) return null;
  const counts = new Map<EntityRef, number>();
  for (const m of mentions) {
    if (m.type !== "country" || !states.has(m.ref.replace(/^country:/u, ""))) continue;
    counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
  }
  let best: EntityRef | null = null;
  for (const [ref, n] of counts) if (best === null || n > counts.get(best)!) best = ref;
  return best;
}

/** Country mentions for the titles of the text that stand for a state (none inside another name). */
export function homeTitleMentions(ctx: ExtractionContext, lex: FiguresLanguage): Mention[] {
  const out: Mention[] = [];
  for (const s of ctx.sentences) {
    for (const h of lex.homeTitles.findAll(s.text)) {
      const start = s.start + h.start;
      const end = s.start + h.end;
      const surface = ctx.text.slice(start, end);
      // `the Kingdom` as a title is capitalised where the script has case (`the kingdom's history` is not).
      if (h.value.cased && !surface.endsWith(h.value.phrase.split(" ").at(-1)!)) continue;
      // `المملكة المتحدة`, `the United Kingdom`: part of a name already read.
      if (ctx.mentions.some((m) => m.start <= end + 1 && start < m.end)) continue;
      const ref = homeOf(h.value.kind, ctx.mentions);
      if (!ref) continue;
      out.push({ ref, type: "country", surface, start, end, sentence: s.index, name: surface });
    }
  }
  return out;
}
