// Figures: every quantity in the text that states a fact, attributed to who it is about, with
// its metric, period and status. Language knowledge comes from `lang/<code>/figures.json`.
import type { EntityRef, FactDraft, LanguageCode, Mention, Quantity } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { findQuantities } from "../quantities/index.ts";
import { figuresFor, type FiguresLanguage } from "./lexicon.ts";
import { mainPair, partyMentions, readParties } from "./parties.ts";
import { factsInSentence } from "./sentence.ts";
import { dedupeFacts } from "./dedupe.ts";

export type QuantityFinder = (sentence: string, language: LanguageCode) => Quantity[];

const CONTAINER_TYPES = new Set(["agreement", "initiative", "event_series"]);
/** How many sentences back a subject may be carried to a sentence that names nobody. */
const CARRY_SENTENCES = 2;

/** Cheap test that a sentence may hold a figure, so most sentences skip the number parser. */
function mightHoldFigure(text: string, lex: FiguresLanguage): boolean {
  // Spelled-out figures need a word that makes them one (`fifth-largest`, `eight key tasks`).
  return /\p{Nd}/u.test(text) || lex.rank.test(text) || lex.nouns.test(text);
}

function bySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

export function extractFacts(ctx: ExtractionContext, find: QuantityFinder = findQuantities): FactDraft[] {
  const lex = figuresFor(ctx.language);
  if (!lex) return [];
  const partiesAll = partyMentions(ctx.mentions);
  const parties = bySentence(partiesAll);
  const containers = bySentence(ctx.mentions.filter((m) => CONTAINER_TYPES.has(m.type)));
  const pair = mainPair(partiesAll);
  const publishedYear = ctx.published ? Number(ctx.published.slice(0, 4)) : null;

  const drafts: FactDraft[] = [];
  let carried: { ref: EntityRef; sentence: number } | null = null;
  for (const s of ctx.sentences) {
    const mentioned = parties.get(s.index) ?? [];
    if (mightHoldFigure(s.text, lex)) {
      const qs = find(s.text, ctx.language);
      if (qs.length) {
        drafts.push(...factsInSentence(s, qs, lex, {
          parties: readParties(s.text, s.start, mentioned, lex),
          containers: containers.get(s.index) ?? [],
          sentenceStart: s.start,
          mainPair: pair,
          carried: carried && s.index - carried.sentence <= CARRY_SENTENCES ? carried.ref : null,
          publishedYear: publishedYear !== null && Number.isFinite(publishedYear) ? publishedYear : null,
        }));
      }
    }
    // Reading roles costs time; a sentence's first name is a good enough subject to carry.
    if (mentioned.length) carried = { ref: mentioned[0].ref, sentence: s.index };
  }
  return dedupeFacts(drafts);
}
