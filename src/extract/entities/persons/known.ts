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

let spacedSpellings: string[] | null = null;
let longestSpacedSpelling: number | null = null;

/**
 * Whether [start, end) lies inside a well-known person's spelling of several words outside Latin
 * script written in the text (`다카이치 사나에`: the given name `사나에` reads as Sanaa plus a
 * particle). Such a place word is part of the name, so the name can be found.
 */
export function insideKnownSpelling(text: string, start: number, end: number): boolean {
  spacedSpellings ??= [...new Set(peopleTable().bySpellingRaw.map(([v]) => v.trim()).filter((v) => v.includes(" ") && !/\p{sc=Latin}/u.test(v)))];
  // Searched in a window around the span, not the whole text: an occurrence that starts before
  // `end` ends within `longestSpacedSpelling` of it, so the window holds every one that can
  // overlap, and a spelling absent from it is not looked for through the rest of the document.
  longestSpacedSpelling ??= spacedSpellings.reduce((m, sp) => Math.max(m, sp.length), 0);
  const base = Math.max(0, start - longestSpacedSpelling);
  const window = text.slice(base, end + longestSpacedSpelling);
  for (const sp of spacedSpellings) {
    let at = window.indexOf(sp, Math.max(0, start - sp.length) - base);
    while (at >= 0 && at + base < end) {
      if (at + base + sp.length > start) return true;
      at = window.indexOf(sp, at + 1);
    }
  }
  return false;
}
