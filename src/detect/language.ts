// Language of a document's body. Script rules settle most non-Latin writing outright; cld3 (a
// neural model shipped as wasm) decides among Latin and Cyrillic languages; small word lists from
// lang/<code>/detect.json help on very short text and separate Indonesian from Malay. A document
// is judged paragraph by paragraph, weighted by length, so a quoted name list or a headline in
// another language does not decide it.
import { loadModule, type LanguageIdentifier } from "cld3-asm";
import type { LanguageCode } from "../model.ts";
import { loadDimension } from "../lang/registry.ts";
import { countScripts, dominantScript, emptyCounts, totalLetters, type Script } from "./script.ts";

interface DetectHints { stopwords: Set<string>; distinctive: Set<string> }

function validateHints(raw: unknown, file: string): DetectHints {
  const o = raw as Record<string, unknown> | null;
  if (!o || typeof o !== "object") throw new Error(`attache: ${file}: expected an object`);
  const list = (k: string): Set<string> => {
    const v = o[k];
    if (v === undefined) return new Set();
    if (!Array.isArray(v) || v.some((w) => typeof w !== "string")) throw new Error(`attache: ${file}: "${k}" must be a list of strings`);
    return new Set((v as string[]).map((w) => w.toLowerCase()));
  };
  return { stopwords: list("stopwords"), distinctive: list("distinctive") };
}

const hints = loadDimension("detect", validateHints);

let identifier: LanguageIdentifier | null = null;
let loading: Promise<void> | null = null;

/** Loads the detector's model; call once per process (or worker) before detectLanguage. */
export function initLanguageDetection(): Promise<void> {
  loading ??= loadModule().then((factory) => {
    // minBytes 0: we want an answer even for one short sentence; maxBytes covers a paragraph.
    identifier = factory.create(0, 1024);
  });
  return loading;
}

/** True once cld3 is loaded; before that detectLanguage uses script rules and word lists only. */
export function languageModelReady(): boolean {
  return identifier !== null;
}

const CLD3_TO_ISO: Record<string, string> = { fil: "tl", iw: "he", jw: "jv", "zh-Latn": "zh", nb: "no" };
const CYRILLIC_OTHERS = new Set(["uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "tt", "ba"]);
const ARABIC_OTHERS = new Set(["fa", "ur", "ps", "sd", "ku", "ug"]);
const SCRIPT_LANG: Partial<Record<Script, LanguageCode>> = {
  hangul: "ko", kana: "ja", han: "zh", thai: "th", lao: "lo", khmer: "km", myanmar: "my", arabic: "ar", cyrillic: "ru",
};

interface Guess { lang: LanguageCode; reliable: boolean }

function cld3(text: string): Guess | null {
  if (!identifier) return null;
  const r = identifier.findLanguage(text);
  const code = String(r.language);
  if (code === "und") return null;
  if (code.endsWith("-Latn") && !(code in CLD3_TO_ISO)) return null; // romanised Hindi, Russian…: not a body language
  return { lang: CLD3_TO_ISO[code] ?? code, reliable: r.is_reliable && r.probability >= 0.7 };
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Stop-word votes per language over a text's words. */
function wordVotes(text: string, pick: (h: DetectHints) => Set<string>): Map<string, number> {
  const votes = new Map<string, number>();
  const words = text.toLowerCase().match(WORD) ?? [];
  for (const w of words) {
    for (const [code, h] of hints) if (pick(h).has(w)) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  return votes;
}

function bestVote(votes: Map<string, number>): { lang: string; n: number; second: number } | null {
  let best: string | null = null;
  let n = 0;
  let second = 0;
  for (const [k, v] of votes) {
    if (v > n) { second = n; n = v; best = k; } else if (v > second) second = v;
  }
  return best ? { lang: best, n, second } : null;
}

/** Indonesian and Malay share most words; a handful of spellings and words tell them apart. */
function idOrMs(text: string, fallback: LanguageCode): LanguageCode {
  const v = wordVotes(text, (h) => h.distinctive);
  const id = v.get("id") ?? 0;
  const ms = v.get("ms") ?? 0;
  if (id > ms) return "id";
  if (ms > id) return "ms";
  return fallback;
}

function latinLanguage(text: string): LanguageCode {
  const model = cld3(text);
  let lang: LanguageCode | null = model?.reliable ? model.lang : null;
  if (!lang) {
    const vote = bestVote(wordVotes(text, (h) => h.stopwords));
    if (vote && vote.n >= 2 && vote.n >= 1.5 * vote.second) lang = vote.lang;
    else lang = model?.lang ?? vote?.lang ?? "en";
  }
  if (lang === "id" || lang === "ms") return idOrMs(text, lang);
  return lang;
}

/** Language of one paragraph, or null when it has no letters. */
function paragraphLanguage(text: string): { lang: LanguageCode; weight: number } | null {
  const counts = countScripts(text, emptyCounts());
  const weight = totalLetters(counts);
  const script = dominantScript(counts);
  if (!script) return null;
  if (script === "latin") return { lang: latinLanguage(text), weight };
  if (script === "cyrillic" || script === "arabic") {
    const m = cld3(text);
    const others = script === "cyrillic" ? CYRILLIC_OTHERS : ARABIC_OTHERS;
    return { lang: m?.reliable && others.has(m.lang) ? m.lang : SCRIPT_LANG[script]!, weight };
  }
  const fixed = SCRIPT_LANG[script];
  if (fixed) return { lang: fixed, weight };
  const m = cld3(text);
  return { lang: m?.lang ?? "und", weight };
}

/** Enough text to decide on; the rest of a long article would only cost time. */
const BUDGET = 6000;
const PARAGRAPHS = /\n\s*\n|\n/;

/** ISO 639-1 code of the text's body language (`und` when it has no letters at all). */
export function detectLanguage(text: string): LanguageCode {
  const weights = new Map<LanguageCode, number>();
  let used = 0;
  for (const para of text.split(PARAGRAPHS)) {
    if (used >= BUDGET) break;
    const p = para.trim();
    if (!p) continue;
    const slice = p.length > 1500 ? p.slice(0, 1500) : p;
    used += slice.length;
    const g = paragraphLanguage(slice);
    if (g) weights.set(g.lang, (weights.get(g.lang) ?? 0) + g.weight);
  }
  let best: LanguageCode = "und";
  let n = 0;
  for (const [k, v] of weights) if (v > n) { n = v; best = k; }
  // id and ms paragraphs split the vote of one language; decide them on the whole text.
  if ((best === "id" || best === "ms") && weights.has("id") && weights.has("ms")) return idOrMs(text.slice(0, BUDGET), best);
  return best;
}
