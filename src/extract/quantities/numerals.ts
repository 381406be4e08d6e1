// Finds the numerals of a sentence: digit strings, numeral words, and their combinations with
// units and scale words (`208.2 billion`, `năm mươi`, `1조 2천억`, `三千五百万`, `3.5万`).
import type { Compiled, VocabKind } from "./compile.ts";
import { key } from "./compile.ts";
import { parseDigits } from "./digits.ts";

interface Atom {
  start: number;
  end: number;
  kind: "digits" | VocabKind;
  value: number;
  precision: number;
  text: string;
  grouped: boolean;
  decimals: number;
}

export interface Numeral {
  start: number;
  end: number;
  value: number;
  precision: number;
  /** Only digits, no words: `2024`, `1.530`. */
  digitsOnly: boolean;
  /** Plain four-digit integer that can be a year. */
  yearShaped: boolean;
  /** Product of the scale words that follow the last number (`10–15 billion`: 1e9). */
  trailingScale: number;
  /** One weak word alone (`one`, `một`, 一): a numeral only if a unit follows. */
  weak: boolean;
  hasWords: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const LATIN = /[A-Za-z]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function wordPrecision(v: number): number {
  let p = 1;
  while (v >= p * 10 && v % (p * 10) === 0) p *= 10;
  return p;
}

/** Raw atoms, with the script's boundary rules applied to words. */
function findAtoms(text: string, lang: Compiled, blocked: (s: number, e: number) => boolean): Atom[] {
  const out: Atom[] = [];
  const re = lang.atoms;
  re.lastIndex = 0;
  const { script, compounds, decimal } = lang.data;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (blocked(start, end)) continue;
    if (m.groups?.d !== undefined) {
      const d = parseDigits(m[0], decimal);
      if (!d) continue;
      out.push({ start, end, kind: "digits", value: d.value, precision: d.precision, text: m[0], grouped: d.grouped, decimals: d.decimals });
      continue;
    }
    const k = key(m[0]);
    const v = lang.vocab.get(k);
    if (!v) continue;
    const prev = text[start - 1];
    const next = text[end];
    const afterDigit = prev !== undefined && /\d/.test(prev);
    if (script !== "unspaced" && !compounds) {
      const touching = out.length > 0 && out[out.length - 1]!.end === start;
      if (isLetter(prev) && !(touching && v.kind !== "word")) continue;
      // `7.6bn`, `1,530억달러`: unit and scale words may touch the digits or the next word.
      const glued = v.kind !== "word" && (afterDigit || script === "agglutinative" || touching);
      if (isLetter(next) && !glued) continue;
    }
    out.push({ start, end, kind: v.kind, value: v.value, precision: v.kind === "word" ? wordPrecision(v.value) : 1, text: k, grouped: false, decimals: 0 });
  }
  if (compounds) return compoundFilter(text, out);
  return out;
}

/**
 * In compounding languages (`fünfundzwanzig`, `tweehonderd`) a run of touching word atoms counts
 * only when it is a whole word; `Einsatz` must not yield `eins`.
 */
function compoundFilter(text: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  while (i < atoms.length) {
    const a = atoms[i]!;
    if (a.kind === "digits") { out.push(a); i++; continue; }
    let j = i;
    // Touching atoms, possibly joined by a glued `und` / `en` / `ën` (which the gap rule allows).
    while (j + 1 < atoms.length && atoms[j + 1]!.kind !== "digits" && /^(?:und|en|ën|-)?$/iu.test(text.slice(atoms[j]!.end, atoms[j + 1]!.start))) j++;
    const s = atoms[i]!.start;
    const e = atoms[j]!.end;
    const prev = text[s - 1];
    const wholeWord = !isLetter(prev) && !isLetter(text[e]);
    // A scale glued to digits (`5Mrd.`) or standing alone as a word is fine too.
    if (wholeWord || (prev !== undefined && /\d/.test(prev) && !isLetter(text[e]))) {
      for (let k = i; k <= j; k++) out.push(atoms[k]!);
    }
    i = j + 1;
  }
  return out;
}

interface Acc {
  total: number;
  section: number;
  number: number | null;
  lastScale: number;
  lastUnit: number;
  precision: number;
  trailingScale: number;
  numbers: number;
  digitsNumbers: number;
}

function fresh(): Acc {
  return { total: 0, section: 0, number: null, lastScale: Infinity, lastUnit: Infinity, precision: 1, trailingScale: 1, numbers: 0, digitsNumbers: 0 };
}

/** Adds one atom to the numeral being read; false when it cannot continue it. */
function push(acc: Acc, a: Atom, lang: Compiled, first: boolean): boolean {
  if (a.kind === "digits" || a.kind === "word") {
    if (acc.number !== null) {
      // `fifty five`, `hai mươi lăm`: a smaller word fills the zeros of the one before.
      if (a.kind === "word" && acc.digitsNumbers === 0 && a.value < wordPrecision(acc.number) && acc.number >= 10) {
        acc.number += a.value;
        acc.precision = a.precision;
        acc.numbers++;
        return true;
      }
      // `vijfentwintig`, `fünfundzwanzig`, `خمسة وعشرون`: units before tens.
      if (a.kind === "word" && acc.digitsNumbers === 0 && acc.number < 10 && a.value >= 20 && a.value < 100 && a.value % 10 === 0) {
        acc.number += a.value;
        acc.precision = 1;
        acc.numbers++;
        return true;
      }
      return false;
    }
    if (acc.section > 0 && a.value >= acc.lastUnit) return false;
    if (acc.total > 0 && acc.section === 0 && a.value >= acc.lastScale) return false;
    acc.number = a.value;
    acc.precision = a.precision;
    acc.trailingScale = 1;
    acc.numbers++;
    if (a.kind === "digits") acc.digitsNumbers++;
    return true;
  }
  if (first && !(a.kind === "unit" && lang.bareUnits.has(a.text))) return false;
  if (a.kind === "unit") {
    if (a.value >= acc.lastUnit) return false;
    if (acc.number === null && acc.section > 0) return false;
    if (acc.number === null) acc.precision = 1;
    acc.section += (acc.number ?? 1) * a.value;
    acc.precision *= a.value;
    acc.lastUnit = a.value;
    acc.number = null;
    return true;
  }
  // scale
  const val = acc.section + (acc.number ?? 0);
  if (val === 0 && acc.total === 0) return false;
  if (val === 0) {
    // `nghìn tỷ`, `万亿`, `thousand million`: a larger scale multiplies everything so far.
    if (a.value <= acc.lastScale) return false;
    acc.total *= a.value;
  } else if (acc.total > 0 && a.value > acc.lastScale) {
    acc.total = (acc.total + val) * a.value;
  } else if (a.value >= acc.lastScale) {
    return false;
  } else {
    acc.total += val * a.value;
  }
  acc.precision *= a.value;
  acc.trailingScale *= a.value;
  acc.lastScale = a.value;
  acc.section = 0;
  acc.number = null;
  acc.lastUnit = Infinity;
  return true;
}

/** Reads the numerals of a (digit-normalised) sentence. */
export function findNumerals(text: string, lang: Compiled, blocked: (s: number, e: number) => boolean): Numeral[] {
  const atoms = findAtoms(text, lang, blocked);
  const out: Numeral[] = [];
  let i = 0;
  while (i < atoms.length) {
    let acc = fresh();
    if (!push(acc, atoms[i]!, lang, true)) { i++; continue; }
    let j = i;
    while (j + 1 < atoms.length) {
      const next = atoms[j + 1]!;
      if (!lang.gap.test(text.slice(atoms[j]!.end, next.start))) break;
      // Two digit strings never make one numeral (`2024 500`), nor do digits after words.
      if (next.kind === "digits" && atoms[j]!.kind === "digits") break;
      // `$5 million and 2 million doses`: `and` joins number words (`one hundred and five`), never
      // digits to what comes before.
      if (next.kind === "digits" && /[\p{L}]/u.test(text.slice(atoms[j]!.end, next.start))) break;
      const trial: Acc = { ...acc };
      if (!push(trial, next, lang, false)) break;
      acc = trial;
      j++;
    }
    const first = atoms[i]!;
    const last = atoms[j]!;
    const value = acc.total + acc.section + (acc.number ?? 0);
    const hasWords = atoms.slice(i, j + 1).some((a) => a.kind === "word");
    const single = i === j;
    out.push({
      start: first.start,
      end: last.end,
      value,
      precision: acc.precision,
      digitsOnly: single && first.kind === "digits",
      yearShaped: single && first.kind === "digits" && !first.grouped && first.decimals === 0 && /^\d{4}$/.test(first.text) && isYear(value, lang),
      trailingScale: acc.trailingScale,
      weak: single && first.kind === "word" && lang.weak.has(first.text),
      hasWords,
    });
    i = j + 1;
  }
  return out;
}

/** A digit string glued to Latin letters or a code (`G20`, `COVID-19`, `5G`, `A320`). */
export function codeLike(text: string, start: number, end: number): boolean {
  const p1 = text[start - 1];
  const p2 = text[start - 2];
  if (p1 !== undefined && LATIN.test(p1)) return true;
  if ((p1 === "-" || p1 === "‑") && p2 !== undefined && LATIN.test(p2) && !/\d/.test(text[start - 3] ?? "")) return true;
  const n1 = text[end];
  if (n1 !== undefined && LATIN.test(n1)) return true;
  return false;
}

/** A plain four-digit number in the years of interest, in the common era or the language's own. */
export function isYear(value: number, lang: Compiled): boolean {
  return (value >= 1900 && value <= 2100) || (lang.eraYearOffset > 0 && value - lang.eraYearOffset >= 1900 && value - lang.eraYearOffset <= 2100);
}

/** The common-era year of a year-shaped number. */
export function commonEraYear(value: number, lang: Compiled): number {
  return value > 2100 && lang.eraYearOffset > 0 ? value - lang.eraYearOffset : value;
}
