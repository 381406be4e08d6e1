// Figures: every quantity in the text that states a fact, attributed to who it is about, with
// its metric, period and status. Language knowledge comes from `lang/<code>/figures.json`.
import type { EntityRef, FactDraft, LanguageCode, Mention, Metric, Quantity } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { findQuantities } from "../quantities/index.ts";
import { figuresFor, type FiguresLanguage } from "./lexicon.ts";
import { mainPair, partyMentions, readParties } from "./parties.ts";
import { factsInSentence } from "./sentence.ts";
import { dedupeFacts } from "./dedupe.ts";

export type QuantityFinder = (sentence: string, language: LanguageCode) => Quantity[];

const CONTAINER_TYPES = new Set(["agreement", "initiative", "event_series"]);
const NON_MONEY_UNITS = new Set(["percent", "rank", "times", "items", "persons"]);
/** How many sentences back a subject may be carried to a sentence that names nobody. */
const CARRY_SENTENCES = 2;

/** Cheap test that a sentence may hold a figure, so most sentences skip the number parser. */
function mightHoldFigure(text: string, lex: FiguresLanguage): boolean {
  // Spelled-out figures need a word that makes them one (`fifth-largest`, `eight key tasks`).
  return /\p{Nd}/u.test(text) || lex.rank.test(text) || lex.nouns.test(text);
}

/**
 * A ministry or office acts for its country and is not a side of a figure (`…, according to the
 * Commerce Ministry`). Bodies known by an acronym of their own (JICA, AFD, KOICA) give money in
 * their own name and stay.
 */
function isGovernmentBody(m: Mention, lex: FiguresLanguage): boolean {
  if (m.type !== "organization" || !lex.bodies.test(m.surface)) return false;
  const key = m.ref.slice(m.ref.indexOf(":") + 1);
  return !/^[A-Z][A-Z0-9&-]{1,9}$/u.test(key);
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
  const partiesAll = partyMentions(ctx.mentions).filter((m) => !isGovernmentBody(m, lex));
  const parties = bySentence(partiesAll);
  const containers = bySentence(ctx.mentions.filter((m) => CONTAINER_TYPES.has(m.type)));
  const pair = mainPair(partiesAll);
  const publishedYear = ctx.published ? Number(ctx.published.slice(0, 4)) : null;

  const drafts: FactDraft[] = [];
  let carried: { ref: EntityRef; sentence: number } | null = null;
  let money: { metric: Metric; sentence: number } | null = null;
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
          previousMoney: money && s.index - money.sentence <= 1 ? money.metric : null,
        }));
        const lastMoney = drafts.filter((d) => d.sentence === s.index && !NON_MONEY_UNITS.has(d.unit)).at(-1);
        if (lastMoney) money = { metric: lastMoney.metric, sentence: s.index };
      }
    }
    // Reading roles costs time; a sentence's first name is a good enough subject to carry.
    if (mentioned.length) carried = { ref: mentioned[0].ref, sentence: s.index };
  }
  return dedupeFacts(drafts);
}
