// The furniture vocabulary of every language (lang/<code>/cleaning.json), merged: cleaning runs
// before language identification, and a Dutch article often carries English furniture anyway.
import { loadDimension } from "../lang/registry.ts";

export interface CleaningVocab {
  captionLabels: string[];
  commentLabels: string[];
  relatedHeadings: string[];
  sourceLabels: string[];
  bylinePrefixes: string[];
  agencies: string[];
  /** `Published:`, `Publié le`, `입력`, `发布时间`: words that open a timestamp line. */
  publishedLabels: string[];
  /**
   * `Updated:`, `Mis à jour le`, `수정`, `更新日`: words that open the time of a later change. Its date
   * is the publication date only when the page states no other.
   */
  updatedLabels: string[];
  /**
   * Words around a clock time (`오후 7:05`, `下午`, `7:05 petang`, `เวลา 19:05`, `a las`): read as part
   * of the timestamp, never as prose after it.
   */
  timeWords: string[];
  /** Month names and abbreviations (lower case, without the final dot) → 1..12. */
  months: Record<string, number>;
}

const LIST_KEYS = ["captionLabels", "commentLabels", "relatedHeadings", "sourceLabels", "bylinePrefixes", "agencies", "publishedLabels", "updatedLabels", "timeWords"] as const;

export function validateCleaning(raw: unknown, file: string): CleaningVocab {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error(`attache: ${file}: expected an object`);
  const o = raw as Record<string, unknown>;
  const out: CleaningVocab = { captionLabels: [], commentLabels: [], relatedHeadings: [], sourceLabels: [], bylinePrefixes: [], agencies: [], publishedLabels: [], updatedLabels: [], timeWords: [], months: {} };
  for (const k of LIST_KEYS) {
    const v = o[k];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((s) => typeof s !== "string" || !s.trim())) throw new Error(`attache: ${file}: "${k}" must be a list of non-empty strings`);
    out[k] = v as string[];
  }
  if (o.months !== undefined) {
    if (!o.months || typeof o.months !== "object" || Array.isArray(o.months)) throw new Error(`attache: ${file}: "months" must be an object`);
    for (const [name, n] of Object.entries(o.months as Record<string, unknown>)) {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 12) throw new Error(`attache: ${file}: month "${name}" must map to 1..12`);
      out.months[name.toLowerCase()] = n;
    }
  }
  return out;
}

function merged(): CleaningVocab {
  const all: CleaningVocab = { captionLabels: [], commentLabels: [], relatedHeadings: [], sourceLabels: [], bylinePrefixes: [], agencies: [], publishedLabels: [], updatedLabels: [], timeWords: [], months: {} };
  for (const v of loadDimension("cleaning", validateCleaning).values()) {
    for (const k of LIST_KEYS) all[k].push(...v[k]);
    Object.assign(all.months, v.months);
  }
  for (const k of LIST_KEYS) all[k] = [...new Set(all[k])];
  return all;
}

export const vocab: CleaningVocab = merged();

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** An alternation of words, longest first so that `Related news` wins over `Related`. */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, "\\s+")).join("|");
}
