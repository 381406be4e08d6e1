// What kind of figure a quantity is, judged from the words around it; or not a figure at all
// (meeting ordinals, anniversaries, durations, counts of abstract things).
import type { LanguageCode, Metric, Quantity } from "../../model.ts";
import { numeralsIn } from "../quantities/count.ts";
import type { Hit } from "./cues.ts";
import type { FiguresLanguage, NounGloss, StatusCue } from "./lexicon.ts";

export interface Candidate {
  q: Quantity;
  /** Fixed by the quantity itself; money is decided later from cue words in its clause. */
  metric: Metric | null;
  unit: string;
  subject: string | null;
}

/** Cue hits of one sentence, computed once. */
export interface SentenceCues {
  metrics: Hit<Metric>[];
  status: Hit<StatusCue>[];
  growth: Hit<true>[];
  rank: Hit<true>[];
  anniversary: Hit<true>[];
  level: Hit<true>[];
  bilateral: boolean;
  /** Receiving verbs (`will receive`, `erhält`): the subject is the recipient. */
  receive: Hit<true>[];
}

/** How far (characters) before a count a ratio word may end (`de cada diez`). */
const RATIO_GAP = 16;
/** Smallest bare number of persons that is a figure when the noun says only `people`-like things. */
const MIN_UNNAMED_PEOPLE = 10;

const near = (hits: readonly Hit<unknown>[], from: number, to: number) =>
  hits.some((h) => h.end > from && h.start < to);

/** Of several known nouns in one noun phrase, the head: first or last depending on the language. */
function head(hits: readonly Hit<NounGloss>[], lex: FiguresLanguage): NounGloss | null {
  if (!hits.length) return null;
  return (lex.headFirst ? hits[0] : hits[hits.length - 1]).value;
}

/** The words right after a number, up to punctuation or another number (`nounWindow.words` at most). */
function phraseAfter(text: string, from: number, lex: FiguresLanguage): string {
  let s = text.slice(from, from + lex.nounWindow.after);
  const stop = s.search(/[,;:.!?()\[\]"“”\p{Nd}]/u);
  if (stop >= 0) s = s.slice(0, stop);
  if (lex.spaced) s = s.split(/(?<=\S)\s+/).slice(0, lex.nounWindow.words).join(" ");
  return s;
}

/** The counted noun: the one the quantity reports, else a known noun right next to the number. */
export function countedNoun(q: Quantity, text: string, lex: FiguresLanguage): NounGloss | null {
  // Nouns of the quantity's own class first: `6건의 양해각서에 서명` counts documents even though
  // `서명` (signature) ends like the person counter `명`.
  const fitting = (hits: Hit<NounGloss>[]) => {
    const fit = hits.filter((h) => (h.value.metric === "people") === (q.unit === "persons"));
    return fit.length ? fit : hits;
  };
  if (q.noun) {
    const fromNoun = head(fitting(lex.nouns.findAll(q.noun)), lex);
    if (fromNoun) return fromNoun;
  }
  const after = head(fitting(lex.nouns.findAll(phraseAfter(text, q.end, lex))), lex);
  // `覚書3件に署名`: a noun after that does not fit the counter (`署名` ends like the person counter
  // `名`) yields to a fitting one before it.
  if (after && (after.metric === "people") === (q.unit === "persons")) return after;
  if (lex.nounWindow.before > 0) {
    // Counters that follow the noun (`협력 문서 50건`).
    let s = text.slice(Math.max(0, q.start - lex.nounWindow.before), q.start);
    const cut = Math.max(...[",", ";", ":", ".", "(", ")"].map((p) => s.lastIndexOf(p)));
    if (cut >= 0) s = s.slice(cut + 1);
    const hits = lex.nouns.findAll(s);
    // A counter says what it counts (`6건`, `5本` are things): a person noun earlier in the
    // sentence (`두 정상은 … 6건`) is not what is counted.
    const fit = hits.filter((h) => (h.value.metric === "people") === (q.unit === "persons"));
    if (fit.length) return fit[fit.length - 1].value;
  }
  return after;
}

const ONLY_SPACE = /^[\s\u00a0]*$/u;
/** What may stand between a ratio's first number and its strong word: its noun (`trois étudiants marocains sur`). */
const NOUN_ONLY = /^[\s\u00a0\p{L}\p{M}'’-]*$/u;

/** The number (digits or words) starting right at the start of `s`, after spaces. */
function numberAtStart(s: string, lex: FiguresLanguage): number | null {
  const lead = s.length - s.trimStart().length;
  return numeralsIn(s, lex.code as LanguageCode).find((n) => n.start === lead)?.value ?? null;
}

/** The number (digits or words) ending right at the end of `s`, before spaces, or before a counter
 *  glued to it (`10명`, `10人`). */
function numberAtEnd(s: string, lex: FiguresLanguage): number | null {
  const t = s.trimEnd();
  const counter = /\d\p{L}$/u.test(t) ? 1 : 0;
  return numeralsIn(t, lex.code as LanguageCode).find((n) => n.end === t.length - counter)?.value ?? null;
}

/** Whether the numbers `a` then `b` can be a ratio: the part is the smaller, and comes first unless
 *  the language names the base first (`10명 중 3명`); `USD 75 billion in 5,600 projects` is none. */
const ratioOf = (a: number | null, b: number | null, lex: FiguresLanguage) =>
  a !== null && b !== null && (lex.ratioBaseFirst ? a > b : a < b);

/**
 * Whether a count is a number of a ratio: the base after a ratio word (`de cada diez`, `sur dix`,
 * `out of every ten`), or the part before one (`trois étudiants sur dix`, `seis de cada diez`); a
 * weak word (`in`, `von`, `dari`, `중`) makes a ratio only between two bare numbers (`three in
 * ten`, `drei von zehn`, `10명 중 3명`), so `5 projects in 10 provinces` stays two counts.
 */
function inRatio(q: Quantity, text: string, lex: FiguresLanguage): boolean {
  const from = Math.max(0, q.start - RATIO_GAP);
  const before = text.slice(from, q.start);
  if (lex.ratioOf.findAll(before).some((h) => ONLY_SPACE.test(before.slice(h.end)))) return true;
  if (lex.ratioJoin.findAll(before).some((h) => ONLY_SPACE.test(before.slice(h.end))
    && ratioOf(numberAtEnd(text.slice(Math.max(0, from + h.start - RATIO_GAP), from + h.start), lex), q.value, lex))) return true;
  // The first number: a ratio word follows it (past its noun, for a strong one) and then the base.
  const tail = text.slice(q.end, q.end + RATIO_REACH);
  const strong = lex.ratioOf.findAll(tail).find((h) => NOUN_ONLY.test(tail.slice(0, h.start)));
  if (strong && q.value < (numberAtStart(tail.slice(strong.end), lex) ?? 0)) return true;
  const weak = lex.ratioJoin.findAll(tail).find((h) => ONLY_SPACE.test(tail.slice(0, h.start)));
  return weak !== undefined && ratioOf(q.value, numberAtStart(tail.slice(weak.end), lex), lex);
}

/** How far (characters) after a count a strong ratio word may follow (past the count's noun). */
const RATIO_REACH = 40;

/** Decides whether a quantity can be a fact, and what it measures when the quantity alone says so. */
export function classify(q: Quantity, text: string, cues: SentenceCues, lex: FiguresLanguage): Candidate | null {
  switch (q.kind) {
    case "money":
      return { q, metric: null, unit: q.unit, subject: null };
    case "multiple":
      return { q, metric: "growth", unit: "times", subject: null };
    case "percent": {
      const growing = cues.growth.some((h) => (h.end <= q.start && h.end >= q.start - 30) || (h.start >= q.end && h.start <= q.end + 15));
      return { q, metric: growing ? "growth" : "share", unit: "percent", subject: null };
    }
    case "rank": {
      // A standing is only a fact next to a word that says what is ranked (`largest`, `partner`);
      // `35th anniversary` and `firstly` are not.
      if (near(cues.anniversary, q.start - 10, q.end + 25)) return null;
      if (!near(cues.rank, q.start - 30, q.end + 40)) return null;
      return { q, metric: "rank", unit: "rank", subject: null };
    }
    case "count": {
      if (near(cues.anniversary, q.start - 10, q.end + 25)) return null;
      // `seis de cada diez visitantes`, `trois étudiants sur dix`: both numbers of a ratio count nobody.
      if (inRatio(q, text, lex)) return null;
      const noun = countedNoun(q, text, lex);
      // A handful of persons is a reference, not a figure (`the two leaders`, `两国领导人`, `두 장관`).
      if (noun?.metric === "people" && q.value < MIN_UNNAMED_PEOPLE) return null;
      if (noun) return { q, metric: noun.metric, unit: noun.metric === "people" ? "persons" : "items", subject: noun.gloss };
      if (q.unit === "persons" && q.value >= MIN_UNNAMED_PEOPLE) return { q, metric: "people", unit: "persons", subject: null };
      return null;
    }
    default:
      return null;
  }
}
