// Cue-word matching for the figures lexicon: one compiled regex per cue family and language,
// built once at load. Cues are plain words from data; a `*` at either end lets the cue run on
// into (or start inside) a longer word, for stems (`invest*`) and compounds (`*handelsomzet`).
import { factorAlternation } from "../../util/alternation.ts";

/** How a language marks word edges: `both` (spaced scripts), `left` (suffixing scripts such as
 *  Korean particles or Russian case endings), `none` (unspaced scripts, attached clitics). */
export type Boundaries = "both" | "left" | "none";

export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

const WORD = "[\\p{L}\\p{N}\\p{M}]";

/**
 * `…` in a cue stands for a few words between its parts: separable and split verbs
 * (`sagte … zu`, `stellt … bereit`, `将向…提供`). With spaces around it the gap is whole words
 * (at most twenty); without, a short run of characters of an unspaced script.
 */
// Words of the gap stop at a comma or semicolon (`Merz sagte, … zu steigern` is reported speech),
// except inside a parenthesis (`1 Milliarde Euro (…, GSDP) zu`).
const SPACED_GAP = "(?:\\s+(?:\\([^()]{0,120}\\)[,;]?|[^\\s,;:]+)){0,20}?\\s+";
const UNSPACED_GAP = "[^。，、,;；!?！？\\s]{0,20}?";
const GAP_MARK = /\s*…\s*/u;

function escapeCue(cue: string): string {
  if (cue.includes("…")) {
    const gap = / …|… /u.test(cue) ? SPACED_GAP : UNSPACED_GAP;
    return cue.split(GAP_MARK).map(escapeCue).join(gap);
  }
  return cue
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    // Spelling varies between spaces and hyphens (`two-way`, `two way`) and between apostrophes.
    .replace(/\\?-/g, "[-‐‑–\\s]?")
    .replace(/\s+/g, "\\s+")
    .replace(/['’]/g, "['’]");
}

/**
 * One alternation per kind of edge, so the engine checks each lookaround once per position
 * rather than once per cue (a large difference on long cue lists).
 */
function compile(cues: readonly string[], boundaries: Boundaries, flags: string): RegExp | null {
  const groups = new Map<string, string[]>();
  for (const raw of cues) {
    let cue = raw.replace(/^\*|\*$/g, "").normalize("NFC");
    if (!flags.includes("i")) cue = cue.toLowerCase();
    const left = boundaries !== "none" && !raw.startsWith("*") && /^[\p{L}\p{N}]/u.test(cue);
    const right = boundaries === "both" && !raw.endsWith("*") && /[\p{L}\p{N}]$/u.test(cue);
    const key = `${left ? "L" : ""}${right ? "R" : ""}`;
    const list = groups.get(key) ?? [];
    list.push(escapeCue(cue));
    groups.set(key, list);
  }
  if (!groups.size) return null;
  const parts = [...groups.entries()].map(([key, list]) =>
    `${key.includes("L") ? `(?<!${WORD})` : ""}(?:${factorAlternation(list, flags)})${key.includes("R") ? `(?!${WORD})` : ""}`);
  return new RegExp(parts.join("|"), flags);
}

export function normaliseCue(raw: string): string {
  return raw.replace(/^\*|\*$/g, "").normalize("NFC").toLowerCase();
}

/** A family of cue words, each carrying a value (a metric, a status, an English gloss…). */
export class CueSet<T> {
  /** Over lower-cased text (fast); `folded` is for the rare text whose length changes when lower-cased. */
  private readonly re: RegExp | null;
  /** Compiled at first need (undefined until then): few texts ever need it. */
  private folded: RegExp | null | undefined;
  private readonly cues: readonly string[];
  private readonly boundaries: Boundaries;
  private readonly values = new Map<string, T>();
  private readonly loose = new Map<string, T>();
  /** Cues with a gap, anchored, for telling which one matched (rare: tried only after the maps). */
  private readonly gapped: [RegExp, T][] = [];

  constructor(entries: ReadonlyArray<readonly [string, T]>, boundaries: Boundaries) {
    const sorted = [...entries].filter(([c]) => normaliseCue(c).length > 0)
      .sort((a, b) => normaliseCue(b[0]).length - normaliseCue(a[0]).length);
    for (const [cue, value] of sorted) {
      const key = normaliseCue(cue);
      if (!this.values.has(key)) this.values.set(key, value);
      const l = looseKey(key);
      if (!this.loose.has(l)) this.loose.set(l, value);
      if (key.includes("…")) this.gapped.push([new RegExp(`^(?:${escapeCue(key)})$`, "u"), value]);
    }
    this.cues = sorted.map(([c]) => c);
    this.boundaries = boundaries;
    this.re = compile(this.cues, boundaries, "gu");
  }

  /** Every non-overlapping cue in `text` (leftmost, longest first). */
  findAll(text: string): Hit<T>[] {
    const [re, subject] = this.pick(text);
    if (!re) return [];
    const out: Hit<T>[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      const value = this.lookup(m[0]);
      if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value });
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  test(text: string): boolean {
    const [re, subject] = this.pick(text);
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(subject);
  }

  private pick(text: string): [RegExp | null, string] {
    const lower = lowerCased(text);
    if (lower.length === text.length) return [this.re, lower];
    if (this.folded === undefined) this.folded = compile(this.cues, this.boundaries, "giu");
    return [this.folded, text];
  }

  private lookup(matched: string): T | undefined {
    const key = matched.normalize("NFC").toLowerCase();
    const exact = this.values.get(key) ?? this.loose.get(looseKey(key));
    if (exact !== undefined || !this.gapped.length) return exact;
    return this.gapped.find(([re]) => re.test(key))?.[1];
  }
}

// Every cue family of a sentence is searched in turn (metrics, status, growth, rank…), each in
// the same lower-cased text: lower-case it once, not once per family.
let lastText = "";
let lastLower = "";
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** The matched text may differ from the cue in spaces, hyphens and apostrophes only. */
function looseKey(s: string): string {
  return s.replace(/[-‐‑–\s'’]+/g, "");
}
