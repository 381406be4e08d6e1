// What kind of figure a quantity is, judged from the words around it; or not a figure at all
// (meeting ordinals, anniversaries, durations, counts of abstract things).
import type { Metric, Quantity } from "../../model.ts";
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
      // `seis de cada diez visitantes`: the base of a ratio counts nobody.
      if (lex.ratioOf.findAll(text.slice(Math.max(0, q.start - RATIO_GAP), q.start)).some((h) => /^\s*$/u.test(text.slice(Math.max(0, q.start - RATIO_GAP) + h.end, q.start)))) return null;
      const noun = countedNoun(q, text, lex);
      if (noun) return { q, metric: noun.metric, unit: noun.metric === "people" ? "persons" : "items", subject: noun.gloss };
      // A handful of persons with no known noun is a reference, not a figure (`the two leaders`).
      if (q.unit === "persons" && q.value >= MIN_UNNAMED_PEOPLE) return { q, metric: "people", unit: "persons", subject: null };
      return null;
    }
    default:
      return null;
  }
}
