// Well-known people (data/people.tsv) as written in scripts without spaces or capitals: their Han and
// Kana spellings at the edge of a run of text, and spellings of several words outside Latin script.
import { peopleTable } from "../../../resolve/names.ts";

/** The longest listed Han/Kana spelling of a person that starts (or ends) `run`, or null. */
export function knownAt(run: string, edge: "start" | "end"): string | null {
  let best: string | null = null;
  for (const k of peopleTable().unspaced.keys()) {
    if (k.length > run.length || (best && k.length <= best.length)) continue;
    if (edge === "start" ? run.startsWith(k) : run.endsWith(k)) best = k;
  }
  return best;
}

let unspacedRe: RegExp | null | undefined;

/** One pattern for the Han/Kana spellings in data/people.tsv (two characters or more), longest first. */
export function knownUnspaced(): RegExp | null {
  if (unspacedRe !== undefined) return unspacedRe;
  const names = [...peopleTable().unspaced.keys()].sort((a, b) => b.length - a.length);
  unspacedRe = names.length ? new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gu") : null;
  return unspacedRe;
}

/** Spaced non-Latin spellings of data/people.tsv by their first UTF-16 unit, and the longest one's length. */
let spacedSpellings: { byFirst: Map<number, string[]>; longest: number } | null = null;

function spacedSpellingIndex(): { byFirst: Map<number, string[]>; longest: number } {
  if (spacedSpellings) return spacedSpellings;
  const all = [...new Set(peopleTable().bySpellingRaw.map(([v]) => v.trim()).filter((v) => v.includes(" ") && !/\p{sc=Latin}/u.test(v)))];
  const byFirst = new Map<number, string[]>();
  for (const sp of all) {
    const list = byFirst.get(sp.charCodeAt(0)) ?? [];
    list.push(sp);
    byFirst.set(sp.charCodeAt(0), list);
  }
  return (spacedSpellings = { byFirst, longest: all.reduce((m, sp) => Math.max(m, sp.length), 0) });
}

/**
 * Whether [start, end) lies inside a well-known person's spelling of several words outside Latin
 * script written in the text (`다카이치 사나에`: the given name `사나에` reads as Sanaa plus a
 * particle). Such a place word is part of the name, so the name can be found.
 */
export function insideKnownSpelling(text: string, start: number, end: number): boolean {
  const { byFirst, longest } = spacedSpellingIndex();
  // A spelling overlaps the span when it starts before `end` and ends after `start`: it starts at
  // one of the positions from `start - longest + 1` to `end - 1`, and only spellings beginning
  // with the character there are tried (rather than searching for every spelling).
  for (let p = Math.max(0, start - longest + 1); p < end && p < text.length; p++) {
    const list = byFirst.get(text.charCodeAt(p));
    if (!list) continue;
    for (const sp of list) if (p + sp.length > start && text.startsWith(sp, p)) return true;
  }
  return false;
}
