// One acronym, different long forms (`KADIF`: Digital Innovation Fund / Flagship / Framework).
// A translation of the long form is not a discrepancy: long forms are compared across languages
// only when both spell the acronym out letter by letter (so both are in the acronym's language),
// and otherwise only within one language.
import { fold } from "../util/text.ts";
import { shortHash } from "../util/hash.ts";
import type { NewDiscrepancy } from "./series.ts";
import { uniqueEvidence } from "./series.ts";

export interface ExpansionMention {
  acronym: string;
  expansion: string;
  entityId: string;
  document: string;
  language: string;
  quote: string;
}

/** Small words acronyms usually skip. */
const SKIPPED = new Set(["of", "and", "the", "for", "on", "in", "to", "de", "van", "het", "en", "la", "le", "les", "des", "du", "et", "y", "del", "der", "die", "und", "fur"]);

function words(expansion: string): string[] {
  return fold(expansion).split(" ").filter(Boolean);
}

/** Whether the long form's initials give the acronym (in any order: ASEAN-Korea vs Korea-ASEAN). */
export function spellsOut(acronym: string, expansion: string): boolean {
  const letters = [...fold(acronym).replace(/ /g, "")].sort();
  const initials = words(expansion).filter((w) => !SKIPPED.has(w)).map((w) => w[0]);
  if (letters.length === 0 || initials.length < letters.length || initials.length > letters.length + 2) return false;
  const pool = [...initials];
  for (const l of letters) {
    const i = pool.indexOf(l);
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return true;
}

/** Word order does not matter (`ASEAN-Korea` / `Korea–ASEAN`); the words do. */
export function variantKey(expansion: string): string {
  return [...new Set(words(expansion))].sort().join(" ");
}

function overlap(a: string, b: string): number {
  const A = new Set(a.split(" ")), B = new Set(b.split(" "));
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}

/**
 * The mentions that take part in the acronym's discrepancy, in the order the record lists them:
 * pool by pool (spelled-out long forms first, then one pool per language), long form by long
 * form within a pool. Whether a mention takes part depends only on its (long form, language).
 */
export function involvedMentions<M extends { expansion: string; language: string }>(acronym: string, mentions: M[]): M[] {
  // Sets and pushes, not includes/spread: a common acronym has a mention in thousands of stored
  // documents, and quadratic passes over them made reconciliation grow with the store.
  const literal = mentions.filter((m) => spellsOut(acronym, m.expansion));
  const isLiteral = new Set(literal);
  const pools: M[][] = [literal];
  const byLang = new Map<string, M[]>();
  for (const m of mentions) {
    if (isLiteral.has(m)) continue;
    let list = byLang.get(m.language);
    if (!list) byLang.set(m.language, (list = []));
    list.push(m);
  }
  for (const [lang, list] of byLang) pools.push([...list, ...literal.filter((m) => m.language === lang)]);

  const involvedSet = new Set<M>();
  for (const pool of pools) {
    const variants = new Map<string, M[]>();
    for (const m of pool) {
      const k = variantKey(m.expansion);
      let list = variants.get(k);
      if (!list) variants.set(k, (list = []));
      list.push(m);
    }
    if (variants.size < 2) continue;
    const keys = [...variants.keys()];
    // Two unrelated things can share an acronym; variants of one name share most of their words.
    const related = keys.some((a, i) => keys.some((b, j) => j > i && overlap(a, b) >= 0.5));
    if (!related) continue;
    for (const list of variants.values()) for (const m of list) involvedSet.add(m);
  }
  return [...involvedSet];
}

/** The long forms a discrepancy names: one per variant key, in first-involved order, as last spelled. */
export function distinctExpansions(involved: { expansion: string }[]): string[] {
  return [...new Map(involved.map((m) => [variantKey(m.expansion), m.expansion])).values()];
}

export function expansionDescription(acronym: string, distinct: string[]): string {
  return `${acronym} is expanded differently: ${distinct.map((e) => `"${e}"`).join(", ")}`;
}

export function expansionDiscrepancyId(acronym: string): string {
  return `disc_${shortHash("expansion", acronym)}`;
}

export function expansionDiscrepancy(acronym: string, mentions: ExpansionMention[]): NewDiscrepancy | null {
  const involved = involvedMentions(acronym, mentions);
  const distinct = distinctExpansions(involved);
  if (distinct.length < 2) return null;
  return {
    id: expansionDiscrepancyId(acronym),
    kind: "expansion",
    scope: `expansion:${acronym}`,
    description: expansionDescription(acronym, distinct),
    entities: [...new Set(involved.map((m) => m.entityId))],
    evidence: uniqueEvidence(involved),
    detail: { acronym, expansions: distinct.map((e) => ({ expansion: e, documents: [...new Set(involved.filter((m) => variantKey(m.expansion) === variantKey(e)).map((m) => m.document))] })) },
  };
}

/**
 * What the store keeps per acronym instead of its mentions: one row per (long form, language,
 * entity), with the first and last mention (mention rowids, `seq`) that has them.
 */
export interface VariantSummary { expansion: string; language: string; entity: string; first: number; last: number }

export interface ExpansionOutcome {
  description: string;
  entities: string[];
  /** The long forms named, each with its side (variant key) for the evidence rows. */
  expansions: { expansion: string; side: string }[];
  /** `expansion\u0000language` of the variants that take part. */
  involved: Set<string>;
}

export const variantId = (expansion: string, language: string): string => `${expansion}\u0000${language}`;

/**
 * expansionDiscrepancy's description, entities and long forms, from the summary alone. Every
 * mention of one (long form, language) lands in the same place of the involved order (pool, then
 * long form, then mention order), so two stand-ins per summary row, at its first and last
 * mention, give the same first appearances (entities, long-form order) and the same last long
 * form of each variant key as the mentions themselves.
 */
export function summarizeExpansion(acronym: string, rows: VariantSummary[]): ExpansionOutcome | null {
  const standIns: { expansion: string; language: string; entity: string; seq: number }[] = [];
  for (const r of rows) {
    standIns.push({ expansion: r.expansion, language: r.language, entity: r.entity, seq: r.first });
    if (r.last !== r.first) standIns.push({ expansion: r.expansion, language: r.language, entity: r.entity, seq: r.last });
  }
  standIns.sort((a, b) => a.seq - b.seq);
  const involved = involvedMentions(acronym, standIns);
  const distinct = distinctExpansions(involved);
  if (distinct.length < 2) return null;
  return {
    description: expansionDescription(acronym, distinct),
    entities: [...new Set(involved.map((m) => m.entity))],
    expansions: distinct.map((e) => ({ expansion: e, side: variantKey(e) })),
    involved: new Set(involved.map((m) => variantId(m.expansion, m.language))),
  };
}

export interface PlacedMention { entityId: string; start: number; end: number; surface: string; expansion: string | null }

const ACRONYM = /^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&-]*[A-Z0-9]$/;

/**
 * Acronyms defined in the text (`Korea–ASEAN Digital Innovation Flagship (KADIF)`, or
 * `KADIF (…)`) whose mention does not carry the long form: the long form is the adjacent
 * mention of the same entity, joined by an opening parenthesis.
 */
export function definedAcronyms(text: string, mentions: PlacedMention[]): { start: number; entityId: string; expansion: string }[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: { start: number; entityId: string; expansion: string }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    if (m.expansion || !ACRONYM.test(m.surface)) continue;
    const prev = sorted.slice(0, i).reverse().find((p) => p.entityId === m.entityId && p.end <= m.start && !ACRONYM.test(p.surface));
    if (prev && /^\s*[(（]\s*$/.test(text.slice(prev.end, m.start))) { out.push({ start: m.start, entityId: m.entityId, expansion: prev.surface }); continue; }
    const next = sorted.slice(i + 1).find((n) => n.entityId === m.entityId && n.start >= m.end && !ACRONYM.test(n.surface));
    if (next && /^\s*[(（]\s*$/.test(text.slice(m.end, next.start)) && /^\s*[)）]/.test(text.slice(next.end))) {
      out.push({ start: m.start, entityId: m.entityId, expansion: next.surface });
    }
  }
  return out.filter((d) => fold(d.expansion) !== fold(mentions.find((m) => m.start === d.start)?.surface ?? ""));
}
