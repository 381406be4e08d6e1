// Letter counts per writing system. Several languages are settled by script alone (Hangul → ko,
// Thai → th, …); for the rest the script says which statistical answers are plausible.

export type Script = "latin" | "cyrillic" | "arabic" | "hangul" | "kana" | "han" | "thai" | "lao" | "khmer" | "myanmar" | "other";

export type ScriptCounts = Record<Script, number>;

export function emptyCounts(): ScriptCounts {
  return { latin: 0, cyrillic: 0, arabic: 0, hangul: 0, kana: 0, han: 0, thai: 0, lao: 0, khmer: 0, myanmar: 0, other: 0 };
}

/** The scripts in ScriptCounts order; scriptOf answers with an index into it (NONE: not a letter we count). */
const SCRIPTS: readonly Script[] = ["latin", "cyrillic", "arabic", "hangul", "kana", "han", "thai", "lao", "khmer", "myanmar", "other"];
const LATIN = 0, CYRILLIC = 1, ARABIC = 2, HANGUL = 3, KANA = 4, HAN = 5, THAI = 6, LAO = 7, KHMER = 8, MYANMAR = 9, OTHER = 10;
const NONE = -1;

/** Classifies one UTF-16 code unit (every script we decide on lies in the BMP). */
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : NONE;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return LATIN;
  if (c >= 0x1e00 && c <= 0x1eff) return LATIN;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
    // Arabic digits and punctuation are not letters
    if ((c >= 0x660 && c <= 0x669) || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4) return NONE;
    return ARABIC;
  }
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return HANGUL;
  if ((c >= 0x3041 && c <= 0x309f) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) return KANA;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return HAN;
  if (c >= 0xe00 && c <= 0xe7f) return c >= 0xe50 && c <= 0xe59 ? NONE : THAI;
  if (c >= 0xe80 && c <= 0xeff) return c >= 0xed0 && c <= 0xed9 ? NONE : LAO;
  if (c >= 0x1780 && c <= 0x17ff) return c >= 0x17e0 && c <= 0x17e9 ? NONE : KHMER;
  if (c >= 0x1000 && c <= 0x109f) return c >= 0x1040 && c <= 0x1049 ? NONE : MYANMAR;
  if (c >= 0x370) {
    // other letters (Greek, Hebrew, Devanagari, …) count so that a mostly-Greek text is not "latin"
    if (c >= 0x2000 && c <= 0x2bff) return NONE; // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303f) return NONE; // CJK punctuation
    if (c >= 0xff00 && c <= 0xff65) return NONE; // full-width forms
    return OTHER;
  }
  return NONE;
}

export function countScripts(text: string, counts: ScriptCounts = emptyCounts()): ScriptCounts {
  // Counted by index into a typed array, then added to the record once: a keyed property update
  // per character of the text cost more than classifying it.
  const n = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s !== NONE) n[s]++;
  }
  for (let k = 0; k < SCRIPTS.length; k++) if (n[k]) counts[SCRIPTS[k]!] += n[k]!;
  return counts;
}

export function totalLetters(c: ScriptCounts): number {
  let n = 0;
  for (const k in c) n += c[k as Script];
  return n;
}

/** The script most letters are in. Kana with Han is Japanese writing, so both count for "kana". */
export function dominantScript(c: ScriptCounts): Script | null {
  const total = totalLetters(c);
  if (total === 0) return null;
  // Japanese mixes kana and kanji; a few percent of kana among Han means Japanese, not Chinese.
  if (c.kana > 0 && c.kana >= 0.05 * (c.han + c.kana) && c.kana + c.han >= 0.3 * total) return "kana";
  // Korean text sometimes carries hanja; Hangul decides.
  if (c.hangul > 0 && c.hangul >= 0.3 * (c.hangul + c.han)) {
    if (c.hangul + c.han >= 0.3 * total) return "hangul";
  }
  let best: Script = "other";
  let n = -1;
  for (const k in c) {
    const v = c[k as Script];
    if (v > n) { n = v; best = k as Script; }
  }
  return best;
}
