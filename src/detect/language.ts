// Language of a document's body. Script rules settle most non-Latin writing outright; cld3 (a
// neural model shipped as wasm) decides among Latin and Cyrillic languages; small word lists from
// lang/<code>/detect.json help on very short text and separate Indonesian from Malay. A document
// is judged by the script of most of its letters, then by its longest paragraphs in that script,
// so a quoted name list or a headline in another language does not decide it.
import { loadModule, type LanguageIdentifier } from "cld3-asm";
import type { LanguageCode } from "../model.ts";
import { loadDimension } from "../lang/registry.ts";
import { countScripts, dominantScript, emptyCounts, type Script } from "./script.ts";

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
    // minBytes 0: we want an answer even for one short sentence; maxBytes covers the sample.
    identifier = factory.create(0, 768);
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

/**
 * Stop words settle most Latin-script text without the model (cld3 costs ~1 ms per sample, more
 * than the rest of the pipeline): only a clear, dense majority counts, so a language without a
 * word list (Portuguese, Italian…) still goes to the model.
 */
function clearStopwordWinner(text: string): LanguageCode | null {
  const words = text.match(WORD)?.length ?? 0;
  if (words < 12) return null;
  const vote = bestVote(wordVotes(text, (h) => h.stopwords));
  if (!vote || vote.n < 0.25 * words || vote.n < 1.6 * vote.second) return null;
  return vote.lang;
}

/** Vietnamese stacks tone marks on vowels (ạ ấ ờ ữ …) and uses ơ ư đ: no other language does. */
const VI_LETTERS = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111]/g;
const LATIN_LETTERS = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/g;

function latinLanguage(text: string): LanguageCode {
  const vi = text.match(VI_LETTERS)?.length ?? 0;
  if (vi >= 2 && vi > 0.05 * (text.match(LATIN_LETTERS)?.length ?? 1)) return "vi";
  const quick = clearStopwordWinner(text);
  if (quick) return quick;
  const model = cld3(text);
  let lang: LanguageCode | null = model?.reliable ? model.lang : null;
  if (!lang) {
    const vote = bestVote(wordVotes(text, (h) => h.stopwords));
    if (vote && vote.n >= 2 && vote.n >= 1.5 * vote.second) lang = vote.lang;
    else lang = model?.lang ?? vote?.lang ?? "en";
  }
  return lang;
}

/** Enough text to decide on; the rest of a long article would only cost time. */
const BUDGET = 3000;
/** cld3 costs ~0.3 ms a call plus ~1 ms per KB: one call on a sample of this many characters. */
const SAMPLE = 400;

/**
 * The paragraphs of one script, longest first, joined up to SAMPLE characters: the body's
 * language dominates, a short headline or a quoted name list in another language does not.
 */
function sampleOf(paragraphs: { text: string; script: Script | null }[], script: Script): string {
  const mine = paragraphs.filter((p) => p.script === script).sort((a, b) => b.text.length - a.text.length);
  let out = "";
  for (const p of mine) {
    if (out.length >= SAMPLE) break;
    out += (out ? "\n" : "") + p.text;
  }
  return out.length > SAMPLE ? out.slice(0, SAMPLE) : out;
}

/** ISO 639-1 code of the text's body language (`und` when it has no letters at all). */
export function detectLanguage(text: string): LanguageCode {
  const total = emptyCounts();
  const paragraphs: { text: string; script: Script | null }[] = [];
  let used = 0;
  for (const line of text.split("\n")) {
    if (used >= BUDGET) break;
    const p = line.trim();
    if (!p) continue;
    const slice = p.length > 2000 ? p.slice(0, 2000) : p;
    used += slice.length;
    const counts = countScripts(slice, emptyCounts());
    for (const k in counts) total[k as Script] += counts[k as Script];
    paragraphs.push({ text: slice, script: dominantScript(counts) });
  }
  const script = dominantScript(total);
  if (!script) return "und";
  if (script === "latin") {
    const lang = latinLanguage(sampleOf(paragraphs, "latin"));
    return lang === "id" || lang === "ms" ? idOrMs(text.slice(0, BUDGET), lang) : lang;
  }
  if (script === "cyrillic" || script === "arabic") {
    const m = cld3(sampleOf(paragraphs, script));
    const others = script === "cyrillic" ? CYRILLIC_OTHERS : ARABIC_OTHERS;
    return m?.reliable && others.has(m.lang) ? m.lang : SCRIPT_LANG[script]!;
  }
  const fixed = SCRIPT_LANG[script];
  if (fixed) return fixed;
  return cld3(sampleOf(paragraphs, script))?.lang ?? "und";
}
