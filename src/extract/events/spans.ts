// Offsets and marker words within one sentence: where a mention stands relative to a meeting noun,
// and whether a place or destination word (`in`, `tại`, `で`, `to`) marks it.
import type { Mention, Sentence } from "../../model.ts";
import type { EventLexicon } from "./lexicon.ts";
import { venue } from "./places.ts";
import { refKey } from "../../resolve/entities.ts";

export const PUNCT = /[,;:.!?()"“”«»。、，；：！？]/u;

/** Offsets within the sentence. */
export const rs = (m: Mention, s: Sentence) => m.start - s.start;

export const re = (m: Mention, s: Sentence) => m.end - s.start;

export function followingMatches(rx: RegExp | null, s: Sentence, at: number): boolean {
  return !!rx && rx.test(s.text.slice(at, at + 12));
}

/** A country marked as where something happens: `in Japan`, `在日本`, or postpositionally `日本で`. */
export const markedPlace = (lex: EventLexicon, s: Sentence, m: Mention) =>
  precedingMatches(lex.placeEndRe, s, rs(m, s)) || followingMatches(lex.placeStartRe, s, re(m, s));

export function precedingMatches(rx: RegExp | null, s: Sentence, at: number): boolean {
  if (!rx) return false;
  return rx.test(s.text.slice(Math.max(0, at - 24), at));
}

export const isoOf = (m: Mention) => refKey(m.ref);

export const isVenue = (m: Mention) => venue(m.name) != null || venue(m.surface) != null;
