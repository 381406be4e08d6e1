// Acronyms defined in a text — `Korea-ASEAN Digital Innovation Flagship (KADIF)` — and their later
// bare uses. The acronym keys the ref, so the same acronym in another document (or expanded
// differently) is the same entity; the long form becomes an alias through Mention.expansion.
import type { EntityType } from "../../model.ts";
import { makeRef, refKey } from "../../resolve/entities.ts";
import { gazetteer, isAcronymLike } from "./gazetteer.ts";
import { headFirstAt, headTable, typeOfName } from "./heads.ts";
import { joinable, tokenIndexAt, type Token } from "./tokens.ts";
import { languages, readDataFile } from "../../lang/registry.ts";
import { entityData } from "./tables.ts";
import { eventLexicon, nounKey } from "../events/lexicon.ts";
import type { Span } from "./spans.ts";
import { matchGazetteer } from "./match.ts";
import { hanCountryAbbreviations, hangulCompoundCountries } from "./han-abbrev.ts";

// Chinese and Japanese write the brackets full-width (`日タイ経済連携協定（JTEPA）`).
const DEFINITION = /[(（]\s*([\p{Lu}][\p{L}0-9&+\-]*[\p{Lu}0-9+])(?:\s+\d{4})?\s*[)）]/gu;
const CONNECTORS = new Set(["of", "the", "on", "for", "in", "and", "van", "de", "het", "voor", "en", "der", "des", "du", "la", "le", "del", "di", "da", "und", "zur", "zum", "et", "y"]);
const MAX_WORDS = 12;

function lettersOf(tokens: Token[]): string {
  return tokens.map((t) => t.key).join("");
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Index of the first token of the acronym's long form ending at token `e`, or -1. */
function expansionStart(text: string, tokens: Token[], e: number, acr: string, allowHeadOnly: boolean): number {
  const letters = acr.replace(/[^\p{L}]/gu, "").toLowerCase();
  // The run of words that can belong to the name: capitalised words, with connectors inside.
  let runStart = e;
  for (let i = e; i >= Math.max(0, e - MAX_WORDS + 1); i--) {
    const t = tokens[i];
    if (i < e && !joinable(text, t, tokens[i + 1])) break;
    if (t.script === "cjk") break;
    runStart = i;
  }
  // 1. Initials spell the acronym exactly (`Employment Permit System`).
  for (let i = e; i >= runStart; i--) {
    const words = tokens.slice(i, e + 1).filter((t) => !CONNECTORS.has(t.key));
    const initials = words.map((t) => t.key[0]).join("");
    if (initials === letters && tokens[i].upper && !CONNECTORS.has(tokens[i].key)) return i;
  }
  // 2. The longest capitalised stretch whose letters contain the acronym in order.
  let capStart = e;
  for (let i = e; i >= runStart; i--) {
    const t = tokens[i];
    if (t.upper || /^\d+$/.test(t.text)) { capStart = i; continue; }
    if (CONNECTORS.has(t.key) && i > runStart && tokens[i - 1].upper) continue;
    if (i > runStart && /[-–]/.test(text.slice(tokens[i - 1].end, t.start))) continue; // `Byung-won`-like joins
    break;
  }
  let best = -1;
  for (let i = e; i >= capStart; i--) {
    const t = tokens[i];
    if (!t.upper || CONNECTORS.has(t.key) || !letters.includes(t.key[0])) continue;
    if (isSubsequence(letters, lettersOf(tokens.slice(i, e + 1)))) best = i;
  }
  if (best >= 0) return best;
  // 3. A head-first name (`Sáng kiến Đoàn kết ASEAN-Hàn Quốc`, `Accord de libre-échange`).
  for (let i = e - 1; i >= runStart; i--) if (headFirstAt(tokens, i)) return i;
  // 4. A capitalised stretch ending in a head noun (`ASEAN-Korea Vrijhandelsovereenkomst`).
  if (allowHeadOnly && capStart < e && typeOfName(tokens.slice(capStart, e + 1))) return capStart;
  return -1;
}

/** The token whose start (or end) is exactly `offset`, by binary search (tokens are in order). */
function tokenAt(tokens: Token[], offset: number, edge: "start" | "end"): number | undefined {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = tokens[mid][edge];
    if (v === offset) return mid;
    if (v < offset) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}

let kinds: [string, EntityType][] | null = null;

/** The type an acronym's ending gives it (data/acronym-kinds.tsv), or null. */
function kindOfAcronym(acr: string): EntityType | null {
  const k = kindRow(acr);
  return k ? k[1] : null;
}

/** The kind an acronym ends in (`KTEPA` → `EPA`, `IK-CEPA` → `CEPA`), or the acronym itself. */
function kindEnding(acr: string): string {
  return kindRow(acr)?.[0] ?? acr.toUpperCase();
}

function kindRow(acr: string): [string, EntityType] | null {
  kinds ??= readDataFile("acronym-kinds.tsv").split("\n").filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()) as [string, EntityType]).sort((a, b) => b[0].length - a[0].length);
  const letters = acr.replace(/[^\p{L}]/gu, "").toUpperCase();
  for (const row of kinds) if (letters.endsWith(row[0])) return row;
  return null;
}

/**
 * The long form before an acronym in a script without capitals (Hangul, Han): the word before the
 * bracket, with the words hyphenated to it and the country names in front (`한-인도네시아 …협정`).
 * Latin long forms that no head noun types (`Persetujuan … Indonesia-Korea`) are the capitalised run.
 */
function unspacedExpansionStart(text: string, tokens: Token[], e: number): number {
  const g = gazetteer();
  let s = e;
  if (tokens[e].script === "latin" || tokens[e].script === "cyrillic") {
    while (s > 0 && s > e - MAX_WORDS && joinable(text, tokens[s - 1], tokens[s]) && tokens[s - 1].upper) s--;
    return tokens[s].upper ? s : -1;
  }
  if (tokens[e].script !== "hangul" && tokens[e].script !== "cjk") return -1;
  for (let k = 0; k < 6 && s > 0; k++) {
    const prev = tokens[s - 1];
    const gap = text.slice(prev.end, tokens[s].start);
    const country = (g.byFirstKey.get(prev.key) ?? []).some((x) => x.type === "country" && x.keys.length === 1);
    if (/^[-–‐·・]$/u.test(gap) || (gap === " " && country)) { s--; continue; }
    break;
  }
  return s;
}

/** Countries and organisations a long form names (tokens [start, e]), by key, sorted. */
function partiesOf(text: string, tokens: Token[], start: number, e: number): string[] {
  const from = tokens[start].start, to = tokens[e].end;
  const parties = new Set<string>();
  for (const s of matchGazetteer(text, tokens, "", start, e + 1)) if (s.type === "country" || s.type === "organization") parties.add(refKey(s.ref));
  for (const s of hanCountryAbbreviations(text, tokens, (at) => tokenIndexAt(tokens, at))) if (s.start >= from && s.end <= to) parties.add(refKey(s.ref));
  for (const code of hangulCompoundCountries(text, tokens, start, e)) parties.add(code);
  return [...parties].sort();
}

/**
 * An agreement named by a generic acronym of its kind (`FTA`, `EPA`, `CEPA`) after its long form,
 * keyed by kind and parties (`KR-TH EPA`), so that every document naming the same pair's agreement
 * this way meets, and different pairs' agreements stay apart. Null when the long form names no party.
 */
function partiesAgreement(text: string, tokens: Token[], e: number, acr: string): Span[] | null {
  const kind = kindOfAcronym(acr);
  if (kind !== "agreement") return null;
  let start = expansionStart(text, tokens, e, acr, true);
  if (start < 0 || !typeOfName(tokens.slice(start, e + 1))) start = unspacedExpansionStart(text, tokens, e);
  if (start < 0) return null;
  const from = longFormStart(text, tokens, start, e), to = tokens[e].end;
  const parties = partiesOf(text, tokens, start, e);
  if (!parties.length) return null;
  const ref = makeRef("agreement", `${parties.join("-")} ${kindEnding(acr)}`);
  const name = text.slice(from, to);
  const acrStart = text.indexOf(acr, to);
  const acrIndex = tokenAt(tokens, acrStart, "start");
  const out: Span[] = [{ first: start, last: e, start: from, end: to, type: "agreement", ref, name, source: "acronym" }];
  if (acrIndex !== undefined) out.push({ first: acrIndex, last: acrIndex, start: acrStart, end: acrStart + acr.length, type: "agreement", ref, name, expansion: name, source: "acronym" });
  return out;
}

let orgEndings: string[] | null = null;

/** Whether a long form in a script without spaces ends like an organisation's name (entities.json `orgEndings`). */
function endsLikeOrganisation(long: string): boolean {
  orgEndings ??= [...entityData().values()].flatMap((d) => d.orgEndings);
  return orgEndings.some((x) => long.length > x.length && long.endsWith(x));
}

/** Whether a name contains a meeting noun of any language (events.json). */
function namesMeeting(long: string): boolean {
  for (const code of languages()) {
    const lex = eventLexicon(code);
    if (!lex || lex.continuous) continue;
    lex.nounRe.lastIndex = 0;
    for (const m of long.matchAll(lex.nounRe)) {
      const before = long[(m.index ?? 0) - 1];
      const entry = lex.byWord.get(nounKey(m[0]));
      if ((!before || !/[\p{L}\p{N}]/u.test(before)) && entry?.type !== "signing" && entry?.type !== "visit") return true;
    }
  }
  return false;
}

/** Whether the words' initials, small joining words left out, spell the acronym exactly. */
function spellsInitials(words: Token[], acr: string): boolean {
  const letters = acr.replace(/[^\p{L}]/gu, "").toLowerCase();
  const initials = words.filter((t) => !CONNECTORS.has(t.key)).map((t) => t.key[0]).join("");
  return initials === letters && words[0].upper;
}

// Where a long form in Han or Kana begins inside its run of text: after the last kana particle
// (`日本の包括的…協定`) or Chinese function character (`举行了中巴高委会`), and after an ordinal
// (`第七次`). `与`/`和` stay: they join the words of a name (`中巴高层协调与合作委员会`).
const HAN_BREAK = /[的了在是将將对對为為把被从從向]|第[〇一二三四五六七八九十百0-9０-９]+[次届屆回]/gu;
// Japanese (any kana in the run) breaks only at kana particles: `的` ends adjectives there (`包括的`).
const KANA_BREAK = /\p{sc=Hiragana}+|第[〇一二三四五六七八九十百0-9０-９]+[次届屆回]/gu;

let heads: [string, EntityType][] | null = null;

/**
 * The first head a name starts with in a run of text without spaces (entities.json `nameStarts`):
 * where it lies and the type it gives, or null.
 */
function leadingHead(run: string): { at: number; type: EntityType } | null {
  heads ??= [...entityData().values()].flatMap((d) => Object.entries(d.nameStarts));
  let best: { at: number; type: EntityType } | null = null;
  for (const [h, type] of heads) {
    const at = run.indexOf(h);
    if (at >= 0 && (!best || at < best.at)) best = { at, type };
  }
  return best;
}

/** The offset where the long form ending at token e begins, starting at token `start`. */
function longFormStart(text: string, tokens: Token[], start: number, e: number): number {
  const t = tokens[start];
  if (t.script !== "cjk") return t.start;
  // Thai names start with their head (`…ลงนามความตกลงหุ้นส่วนเศรษฐกิจไทย-ญี่ปุ่น`): the first one in the run.
  const head = leadingHead(t.text);
  if (head && head.at > 0) return t.start + head.at;
  let from = t.start;
  const breaks = /[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(t.text) ? KANA_BREAK : HAN_BREAK;
  for (const m of t.text.matchAll(breaks)) from = t.start + (m.index ?? 0) + m[0].length;
  return from < (start === e ? t.end : tokens[start + 1].start) ? from : t.start;
}

export interface AcronymResult {
  spans: Span[];
  /** Acronyms defined in this text → ref, for bare uses elsewhere in it. */
  defined: Map<string, { ref: string; type: EntityType; name: string; expansion: string }>;
}

// `(Indonesia-Australia Comprehensive Economic Partnership Agreement/IA-CEPA)`: a long form, often the
// name in another language than the one before the bracket, then the acronym after a slash or comma.
const INSIDE_DEFINITION = /[(（]([^()（）\n/,;]{8,160}?)\s*[/,;]\s*([\p{Lu}][\p{L}0-9&+\-]*[\p{Lu}0-9+])\s*[)）]/gu;

interface Definition {
  acr: string;
  acrStart: number;
  /** Where the long form ends (before the bracket, or before the slash inside it). */
  longEnd: number;
  /** For a long form inside the bracket: where the name before the bracket ends. */
  outerEnd?: number;
}

/** Every place the text defines an acronym: `Long Form (ACR)` and `Name (Long Form/ACR)`, in text order. */
function definitions(text: string): Definition[] {
  const out: Definition[] = [];
  const trimEnd = (at: number) => { while (at > 0 && text[at - 1] === " ") at--; return at; };
  for (const m of text.matchAll(DEFINITION)) {
    const acr = m[1];
    if (!isAcronymLike(acr)) continue;
    const open = m.index ?? 0;
    out.push({ acr, acrStart: open + m[0].indexOf(acr), longEnd: trimEnd(open) });
  }
  for (const m of text.matchAll(INSIDE_DEFINITION)) {
    const acr = m[2];
    if (!isAcronymLike(acr)) continue;
    const open = m.index ?? 0;
    const acrStart = open + m[0].lastIndexOf(acr);
    out.push({ acr, acrStart, longEnd: open + 1 + m[1].length, outerEnd: trimEnd(open) });
  }
  return out.sort((a, b) => a.acrStart - b.acrStart);
}

export function findAcronyms(text: string, tokens: Token[]): AcronymResult {
  const g = gazetteer();
  const generic = headTable().generic;
  const spans: Span[] = [];
  const defined: AcronymResult["defined"] = new Map();
  const tokenEndingAt = { get: (offset: number) => tokenAt(tokens, offset, "end") };
  const tokenStartingAt = { get: (offset: number) => tokenAt(tokens, offset, "start") };

  for (const d of definitions(text)) {
    const { acr, acrStart } = d;
    const e = tokenEndingAt.get(d.longEnd);
    if (generic.has(acr)) {
      // A kind of agreement, not one (`한-태국 경제동반자협정(EPA)`): its parties make it one.
      const bilateral = e === undefined ? null : partiesAgreement(text, tokens, e, acr);
      if (bilateral) spans.push(...bilateral);
      continue;
    }
    const acrIndex = tokenStartingAt.get(acrStart);
    if (acrIndex === undefined) continue;
    const acrLast = (() => { let j = acrIndex; while (j + 1 < tokens.length && tokens[j + 1].end <= acrStart + acr.length) j++; return j; })();
    const known = g.acronyms.get(acr);
    let start = e === undefined ? -1 : expansionStart(text, tokens, e, acr, !known);
    // A long form in a script without capitals (`대외경제협력기금(EDCF)`, `中巴高委会（COSBAN）`).
    const unspaced = start < 0 && e !== undefined && (tokens[e].script === "hangul" || tokens[e].script === "cjk");
    if (unspaced) start = unspacedExpansionStart(text, tokens, e!);
    let ref: string, type: EntityType, name: string;
    if (known) {
      ({ ref, type, name } = known);
    } else {
      let t = start >= 0 && e !== undefined ? typeOfName(tokens.slice(start, e + 1)) : null;
      const kind = t ? null : kindOfAcronym(acr);
      // A long form in a script without capitals right before the acronym that ends like an
      // organisation's name (`대외경제협력기금(EDCF)`, `中巴高委会（COSBAN）`) defines that body. A Latin
      // long form whose initials spell the acronym (`Green Hydrogen Compact (GHC)`) defines one thing
      // whose kind no head noun tells: it is kept as an initiative, never a side of a figure.
      // Meetings (`Ministerial Roundtable (ISMR)`, `Reunión de Alto Nivel (RAN)`) define nothing here,
      // nor does a national body in Han or Hangul (`越南投资发展银行`): its one country stays the
      // party of its figures (a pair's commission, `中越合作指导委员会`, names two).
      if (!t && !kind && e !== undefined && start >= 0) {
        const long = text.slice(tokens[start].start, tokens[e].end);
        // A Thai long form starting with a head noun (`บันทึกความเข้าใจ…`) is of the head's kind.
        if (unspaced) t = leadingHead(long)?.type ?? (endsLikeOrganisation(long) && partiesOf(text, tokens, start, e).length !== 1 ? "organization" : null);
        else t = spellsInitials(tokens.slice(start, e + 1), acr) && !namesMeeting(long) ? "initiative" : null;
      }
      // An acronym whose ending says what it is keys the thing even when its long form is in a script
      // or wording the head nouns do not cover (`한-인도네시아 포괄적경제동반자협정(IK-CEPA)`).
      if (kind && e !== undefined) {
        t = kind;
        if (start < 0 || !typeOfName(tokens.slice(start, e + 1))) start = unspacedExpansionStart(text, tokens, e);
      }
      if (!t || e === undefined) continue;
      type = t;
      ref = makeRef(type, acr);
      name = start >= 0 ? text.slice(longFormStart(text, tokens, start, e), tokens[e].end) : acr;
      // A pair's trade agreement goes by many acronyms (`KTEPA`, `TKEPA`) and by the bare kind in
      // other languages (`한-태국 경제동반자협정(EPA)`): its kind and parties key it.
      const parties = type === "agreement" && kindOfAcronym(acr) === "agreement" && start >= 0 ? partiesOf(text, tokens, start, e) : [];
      if (parties.length >= 2) ref = makeRef(type, `${parties.join("-")} ${kindEnding(acr)}`);
    }
    const from = start >= 0 && e !== undefined ? longFormStart(text, tokens, start, e) : -1;
    const expansion = from >= 0 ? text.slice(from, tokens[e!].end) : undefined;
    if (!defined.has(acr)) defined.set(acr, { ref, type, name, expansion: expansion ?? "" });
    spans.push({ first: acrIndex, last: acrLast, start: acrStart, end: acrStart + acr.length, type, ref, name, expansion, source: "acronym" });
    if (from >= 0 && e !== undefined) {
      spans.push({ first: start, last: e, start: from, end: tokens[e].end, type, ref, name, source: "acronym" });
    }
    // The name before the bracket, when the bracket spells the thing out in another language: the same thing.
    const outer = d.outerEnd === undefined ? undefined : tokenEndingAt.get(d.outerEnd);
    const outerStart = outer === undefined ? -1 : expansionStart(text, tokens, outer, acr, true);
    if (outer !== undefined && outerStart >= 0 && typeOfName(tokens.slice(outerStart, outer + 1)) === type) {
      spans.push({ first: outerStart, last: outer, start: tokens[outerStart].start, end: tokens[outer].end, type, ref, name, source: "acronym" });
    }
  }
  // Bare uses of acronyms this text defined (known ones are found by the gazetteer).
  if (defined.size) {
    tokens.forEach((t, i) => {
      const d = defined.get(t.text);
      if (!d || g.acronyms.has(t.text)) return;
      if (spans.some((s) => s.first === i)) return;
      spans.push({ first: i, last: i, start: t.start, end: t.end, type: d.type, ref: d.ref, name: d.name, source: "acronym" });
    });
    // An acronym of several tokens (`IA-CEPA`, `K-ETS`) is found by its spelling, as a whole word.
    for (const [acr, d] of defined) {
      if (!/[^\p{L}\p{N}]/u.test(acr) || g.acronyms.has(acr)) continue;
      for (let at = text.indexOf(acr); at >= 0; at = text.indexOf(acr, at + 1)) {
        const first = tokenStartingAt.get(at), last = tokenEndingAt.get(at + acr.length);
        if (first === undefined || last === undefined || spans.some((x) => x.start <= at && at < x.end)) continue;
        spans.push({ first, last, start: at, end: at + acr.length, type: d.type, ref: d.ref, name: d.name, source: "acronym" });
      }
    }
  }
  return { spans, defined };
}
