// `compter 10 000 apprentis d'ici 2028, contre à peine 2 500 aujourd'hui`, `10,000 apprentices by
// 2028, compared with 2,500 today`: a bare number between a baseline word (`contre`, `compared
// with`, `gegenüber`) and a word for now (`aujourd'hui`, `today`, `heute`) is where the count before
// it stands now: the same people or things, actual, undated. Words: `baselineNow` of figures.json.
import type { LanguageCode, Quantity } from "../../model.ts";
import type { FiguresLanguage } from "./lexicon.ts";
import { numeralsIn } from "../quantities/count.ts";
import { countedNoun } from "./classify.ts";

/** How far (characters) before the number its baseline word may end, and after it its `today` start. */
const BEFORE_REACH = 24;
const AFTER_REACH = 4;

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/** Whether `window` holds the word `w` (whole word where the language spaces words) with no digit after it. */
function endsWithBaseline(window: string, w: string, spaced: boolean): boolean {
  const at = window.lastIndexOf(w);
  if (at < 0) return false;
  if (spaced && (isWordChar(window[at - 1]) || isWordChar(window[at + w.length]))) return false;
  return !/\p{Nd}/u.test(window.slice(at + w.length));
}

/**
 * The baseline counts of a sentence, as counts marked `baseline` (replacing what the parser made
 * of the same numbers, which have no noun of their own). None without a count before them.
 */
export function baselineCounts(text: string, qs: readonly Quantity[], lex: FiguresLanguage, language: LanguageCode): Quantity[] {
  const { before, after } = lex.baselineNow;
  if (!before.length || !after.length) return [];
  const lower = text.toLowerCase();
  if (!after.some((w) => lower.includes(w))) return [];
  const out: Quantity[] = [];
  for (const n of numeralsIn(text, language)) {
    if (n.yearShaped && n.value >= 1900 && n.value <= 2100) continue;
    const post = lower.slice(n.end).trimStart();
    if (!after.some((w) => post.startsWith(w) && lower.indexOf(w, n.end) - n.end <= AFTER_REACH + w.length)) continue;
    const pre = lower.slice(Math.max(0, n.start - BEFORE_REACH), n.start);
    if (!before.some((w) => endsWithBaseline(pre, w, lex.spaced))) continue;
    // A number that already counts something of its own (`2 500 étudiants`) stays as it is.
    if (qs.some((q) => q.start < n.end && n.start < q.end && (q.kind !== "count" || countedNoun(q, text, lex) !== null))) continue;
    const counted = qs.filter((q) => q.kind === "count" && q.end <= n.start).at(-1);
    const noun = counted ? countedNoun(counted, text, lex) : null;
    if (!counted || !noun) continue;
    out.push({
      kind: "count", value: n.value, unit: noun.metric === "people" ? "persons" : "items", start: n.start, end: n.end,
      surface: text.slice(n.start, n.end), approximate: false, precision: 1, noun: counted.noun ?? noun.gloss, baseline: true,
    });
  }
  return out;
}
