// Cue-word matching for the figures lexicon: one compiled regex per cue family and language,
// built once at load. Cues are plain words from data; a `*` at either end lets the cue run on
// into (or start inside) a longer word, for stems (`invest*`) and compounds (`*handelsomzet`).

/** How a language marks word edges: `both` (spaced scripts), `left` (suffixing scripts such as
 *  Korean particles or Russian case endings), `none` (unspaced scripts, attached clitics). */
export type Boundaries = "both" | "left" | "none";

export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

const WORD = "[\\p{L}\\p{N}\\p{M}]";

function escapeCue(cue: string): string {
  return cue
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    // Spelling varies between spaces and hyphens (`two-way`, `two way`) and between apostrophes.
    .replace(/\\?-/g, "[-‐‑–\\s]?")
    .replace(/\s+/g, "\\s+")
    .replace(/['’]/g, "['’]");
}

function cuePattern(raw: string, boundaries: Boundaries): string {
  const openLeft = raw.startsWith("*");
  const openRight = raw.endsWith("*");
  const cue = raw.replace(/^\*|\*$/g, "");
  const body = escapeCue(cue);
  const left = boundaries !== "none" && !openLeft && /^[\p{L}\p{N}]/u.test(cue) ? `(?<!${WORD})` : "";
  const right = boundaries === "both" && !openRight && /[\p{L}\p{N}]$/u.test(cue) ? `(?!${WORD})` : "";
  return `${left}${body}${right}`;
}

export function normaliseCue(raw: string): string {
  return raw.replace(/^\*|\*$/g, "").normalize("NFC").toLowerCase();
}

/** A family of cue words, each carrying a value (a metric, a status, an English gloss…). */
export class CueSet<T> {
  private readonly re: RegExp | null;
  private readonly values = new Map<string, T>();
  private readonly loose = new Map<string, T>();

  constructor(entries: ReadonlyArray<readonly [string, T]>, boundaries: Boundaries) {
    const sorted = [...entries].filter(([c]) => normaliseCue(c).length > 0)
      .sort((a, b) => normaliseCue(b[0]).length - normaliseCue(a[0]).length);
    for (const [cue, value] of sorted) {
      const key = normaliseCue(cue);
      if (!this.values.has(key)) this.values.set(key, value);
      const l = looseKey(key);
      if (!this.loose.has(l)) this.loose.set(l, value);
    }
    this.re = sorted.length
      ? new RegExp(sorted.map(([c]) => cuePattern(c.normalize("NFC"), boundaries)).join("|"), "giu")
      : null;
  }

  /** Every non-overlapping cue in `text` (leftmost, longest first). */
  findAll(text: string): Hit<T>[] {
    if (!this.re) return [];
    const out: Hit<T>[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const value = this.lookup(m[0]);
      if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value });
      if (m[0].length === 0) this.re.lastIndex++;
    }
    return out;
  }

  test(text: string): boolean {
    if (!this.re) return false;
    this.re.lastIndex = 0;
    return this.re.test(text);
  }

  private lookup(matched: string): T | undefined {
    const key = matched.normalize("NFC").toLowerCase();
    return this.values.get(key) ?? this.loose.get(looseKey(key));
  }
}

/** The matched text may differ from the cue in spaces, hyphens and apostrophes only. */
function looseKey(s: string): string {
  return s.replace(/[-‐‑–\s'’]+/g, "");
}
