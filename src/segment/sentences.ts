// Sentences for news text: every line break is a boundary (headlines, captions and list items
// carry no final punctuation), and within a line ICU's sentence rules (Intl.Segmenter) with the
// repairs news needs — no break after an abbreviation (lang/<code>/segment.json), an initial
// ("J. Smith"), a list number ("1.") or a German ordinal ("27. Oktober"). Offsets index the text
// exactly. A hot path: lines without inner sentence punctuation skip the segmenter entirely.
import type { LanguageCode, Sentence } from "../model.ts";
import { loadDimension } from "../lang/registry.ts";

interface SegmentRules { abbreviations: Set<string>; lower: Set<string>; ordinalDot: boolean; continuations: string[] }

function validateSegment(raw: unknown, file: string): { abbreviations: string[]; ordinalDot: boolean; continuations: string[] } {
  const o = raw as Record<string, unknown> | null;
  if (!o || typeof o !== "object" || !Array.isArray(o.abbreviations) || o.abbreviations.some((a) => typeof a !== "string")) {
    throw new Error(`attache: ${file}: expected { "abbreviations": string[] }`);
  }
  if (o.ordinalDot !== undefined && typeof o.ordinalDot !== "boolean") throw new Error(`attache: ${file}: "ordinalDot" must be true or false`);
  const cont = o.continuations ?? [];
  if (!Array.isArray(cont) || cont.some((c) => typeof c !== "string" || !c)) throw new Error(`attache: ${file}: "continuations" must be a list of non-empty strings`);
  return { abbreviations: o.abbreviations as string[], ordinalDot: o.ordinalDot === true, continuations: cont as string[] };
}

const data = loadDimension("segment", validateSegment);
// English abbreviations (U.S., Mr.) turn up in news in every language.
const english = data.get("en")?.abbreviations ?? [];
const rulesCache = new Map<string, SegmentRules>();

function rulesFor(language: LanguageCode): SegmentRules {
  let r = rulesCache.get(language);
  if (!r) {
    const own = data.get(language);
    const all = [...english, ...(own?.abbreviations ?? [])];
    r = { abbreviations: new Set(all), lower: new Set(all.map((a) => a.toLowerCase())), ordinalDot: own?.ordinalDot ?? false, continuations: own?.continuations ?? [] };
    rulesCache.set(language, r);
  }
  return r;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: LanguageCode): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    try {
      s = new Intl.Segmenter(language, { granularity: "sentence" });
    } catch {
      s = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(language, s);
  }
  return s;
}

/** Characters after which ICU may end a sentence inside a line. */
const INNER_STOP = /[.!?。！？…؟।॥።።။។᙮‼⁇⁈⁉]/;
const INITIAL = /^\p{Lu}\.$/u;
const LIST_MARKER = /^(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]$/;
const ORDINAL = /^\d{1,2}\.$/;
const CHAINED = /^(?:\p{L}+\.){2,}$/u;
const CLOSING = /[」』"”’)）]$/u;
const OPENERS = /^["'“‘«„(\[]+/u;
const STARTS_LOWER = /^["'“‘«„(\[]*\p{Ll}/u;

/** Whether a break between `prev` and `next` (both trimmed) is a false one. */
const THAI = /\p{sc=Thai}/u;

function joins(prev: string, next: string, rules: SegmentRules): boolean {
  const sp = prev.lastIndexOf(" ");
  const token = prev.slice(sp + 1).replace(OPENERS, "");
  if (rules.abbreviations.has(token) || rules.lower.has(token.toLowerCase())) return true;
  // Unspaced Thai glues an abbreviation to the word before it (`แก่สปป.ลาว`): its end is enough,
  // for abbreviations long enough not to end ordinary words.
  if (THAI.test(token) && [...rules.abbreviations].some((a) => a.length >= 4 && token.endsWith(a))) return true;
  if (INITIAL.test(token)) return true;
  // Chained titles: "PGS.TS.", "Th.S."
  if (CHAINED.test(token) && token.split(".").slice(0, -1).every((p) => rules.abbreviations.has(p + ".") || rules.lower.has(p.toLowerCase() + ".") || p.length === 1)) return true;
  if (rules.continuations.length && CLOSING.test(prev) && rules.continuations.some((c) => next.startsWith(c))) return true;
  if (sp < 0 && LIST_MARKER.test(prev)) return true;
  if (rules.ordinalDot && ORDINAL.test(token)) return true;
  // ICU breaks before a lower-case continuation only after odd punctuation; never a real start.
  return prev.endsWith(".") && STARTS_LOWER.test(next);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0x0c || c === 0x0b || (c >= 0x2000 && c <= 0x200a);
}

export function splitSentences(text: string, language: LanguageCode): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  const rules = rulesFor(language);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // Fast path: no sentence punctuation before the last character.
    if (!INNER_STOP.test(line.trimEnd().slice(0, -1))) {
      push(lineStart, lineEnd);
    } else {
      let curStart = -1;
      let curEnd = -1;
      for (const seg of segmenterFor(language).segment(line)) {
        const s = lineStart + seg.index;
        const e = s + seg.segment.length;
        if (!seg.segment.trim()) continue;
        if (curStart < 0) { curStart = s; curEnd = e; continue; }
        if (joins(text.slice(curStart, curEnd).trim(), seg.segment.trim(), rules)) {
          curEnd = e;
        } else {
          push(curStart, curEnd);
          curStart = s;
          curEnd = e;
        }
      }
      if (curStart >= 0) push(curStart, curEnd);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
