// The quantity engine: every number in a sentence that matters, fully normalised, with offsets.
// One language-independent engine reads `lang/<code>/numbers.json`; see data.ts for what each
// language supplies. Entry point for the figures stage: `findQuantities`.
import type { LanguageCode, Quantity, QuantityKind } from "../../model.ts";
import { compiledLanguage, key, matchAfter, matchBefore, type Compiled } from "./compile.ts";
import { normaliseDigits } from "./digits.ts";
import { codeLike, commonEraYear, findNumerals, type Numeral } from "./numerals.ts";
import { findRanks } from "./rank.ts";
import { isPersonNoun, nounAfter } from "./noun.ts";

const ANY_DIGIT = /\d/;
const PERIOD_GAP = /^[\s\u00a0\u202f]*[-–—/~～〜][\s\u00a0\u202f]*$/u;
const LATIN = /[A-Za-z]/;
/** The brackets of digits that repeat a number word (`three (03)`). */
const OPEN_GLOSS = /^[\s\u00a0]*[(（][\s\u00a0]*$/u;
const CLOSE_GLOSS = /^[\s\u00a0]*[)）]/u;

function tidy(value: number, precision: number): { value: number; precision: number } {
  const p = 10 ** Math.round(Math.log10(precision));
  if (p >= 1) return { value: Math.round(value), precision: p };
  const digits = Math.min(12, Math.round(-Math.log10(p)));
  return { value: Number(value.toFixed(digits)), precision: Number(p.toFixed(digits)) };
}

interface Span { start: number; end: number; year: boolean }

const DIGIT_RUN = /\d+/g;

/**
 * Dates, times, URLs and phone numbers that hide numbers. Only a short window around each digit
 * run is searched: scanning whole sentences with lookbehind-led patterns dominated the run time.
 */
function maskSpans(text: string, lang: Compiled): Span[] {
  const out: Span[] = [];
  const re = lang.monthTrigger?.test(text) ? lang.masks : lang.masksNoMonth;
  let done = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let d = DIGIT_RUN.exec(text); d; d = DIGIT_RUN.exec(text)) {
    const dEnd = d.index + d[0].length;
    if (dEnd <= done) continue;
    // Start before the whole token too, so a URL around the digits is seen from its scheme.
    const from = Math.max(done, Math.min(d.index - 40, text.lastIndexOf(" ", d.index) + 1));
    const space = text.indexOf(" ", dEnd + 40);
    const window = text.slice(from, space < 0 ? text.length : space);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const start = from + m.index;
      const end = from + m.index + m[0].length;
      // Dates keep their year (`April 4, 2024`); URLs and phone numbers keep nothing.
      out.push({ start, end, year: !/^(?:https?:|www\.|\+)/u.test(m[0]) });
      done = Math.max(done, end);
    }
    done = Math.max(done, dEnd);
  }
  return out;
}

/** Finds and normalises every quantity in one sentence of the given language. */
export function findQuantities(sentence: string, language: LanguageCode): Quantity[] {
  const lang = compiledLanguage(language) ?? compiledLanguage("en");
  if (!lang) return [];
  const text = normaliseDigits(sentence);
  // Cheap pre-check before any heavy work: digits, or some numeral / ordinal word.
  if (!ANY_DIGIT.test(text) && !lang.trigger.test(text)) return [];

  const masks = maskSpans(text, lang);
  const ranks = findRanks(text, lang);
  const blocked = (s: number, e: number): boolean => {
    for (const r of ranks) if (s < r.end && e > r.start) return true;
    for (const m of masks) {
      if (s < m.end && e > m.start) return !(m.year && e - s === 4 && /^(?:19|20)\d\d$/.test(text.slice(s, e)));
    }
    return false;
  };
  const numerals = findNumerals(text, lang, blocked);

  const out: Quantity[] = ranks.map((r) => ({
    kind: "rank" as const, value: r.value, unit: "rank", start: r.start, end: r.end,
    surface: sentence.slice(r.start, r.end), approximate: false, precision: 1,
  }));
  for (let i = 0; i < numerals.length; i++) {
    const q = readQuantity(text, sentence, lang, numerals, i);
    if (q) {
      out.push(q.quantity);
      i += q.consumed - 1;
    }
  }
  out.sort((a, b) => a.start - b.start);
  const kept: Quantity[] = [];
  for (const q of out) if (!kept.length || q.start >= kept[kept.length - 1]!.end) kept.push(q);
  return kept;
}

/** The factor of a money scale as matched (the match is case-blind; data keys keep their case: `M`, `bil`). */
function moneyScale(lang: Compiled, matched: string): number | undefined {
  const k = key(matched);
  for (const [word, factor] of Object.entries(lang.data.moneyScales)) if (key(word) === k) return factor;
  return undefined;
}

function readQuantity(
  text: string,
  sentence: string,
  lang: Compiled,
  numerals: Numeral[],
  i: number,
): { quantity: Quantity; consumed: number } | null {
  const n = numerals[i]!;
  let start = n.start;
  let end = n.end;
  let value = n.value;
  let precision = n.precision;
  let valueTo: number | undefined;
  let consumed = 1;
  let period = false;
  let approximate = false;
  let lowerBound = false;

  // Ordinals that carry no ranking cue (`26th`, `제26차`, `ke-26`) are not quantities.
  if (matchBefore(lang.ordinalBefore, text, n.start)) return null;
  if (matchAfter(lang.ordinalAfter, text, n.end)) return null;

  // Ranges and periods: `10–15 billion`, `from $10 billion to $15 billion`, `2021-2025`.
  const nx = numerals[i + 1];
  if (nx) {
    const cur = matchBefore(lang.currencyBefore, text, nx.start);
    const gapEnd = cur && cur.start >= n.end ? cur.start : nx.start;
    const gap = text.slice(n.end, gapEnd);
    const between = lang.andGap?.test(gap) === true && matchBefore(lang.rangePrefixBefore, text, n.start) !== null;
    // `2024/25`, `2024-25`: a fiscal or school year written with the second year's last two digits.
    const shortNext = n.yearShaped && nx.digitsOnly && nx.end - nx.start === 2 && nx.value === (n.value + 1) % 100 && PERIOD_GAP.test(gap);
    if (shortNext) {
      period = true;
      valueTo = n.value + 1;
      end = nx.end;
      consumed = 2;
    } else if (n.yearShaped && nx.yearShaped && nx.value > n.value && (PERIOD_GAP.test(gap) || lang.rangeGap.test(gap) || between)) {
      period = true;
      valueTo = nx.value;
      end = nx.end;
      consumed = 2;
    } else if (!n.yearShaped && (lang.rangeGap.test(gap) || between)) {
      const scaled = n.trailingScale === 1 && nx.trailingScale > 1 ? n.value * nx.trailingScale : n.value;
      if (nx.value > scaled && !nx.weak) {
        precision = Math.min(n.precision * (scaled / n.value || 1), nx.precision);
        value = scaled;
        valueTo = nx.value;
        end = nx.end;
        consumed = 2;
      }
    }
  }

  // `three (03) Memorandums`, `trois (03) accords`: digits in brackets right after a number word
  // repeat it, and what is counted follows the bracket.
  if (consumed === 1 && nx && !n.digitsOnly && nx.digitsOnly && nx.value === n.value && OPEN_GLOSS.test(text.slice(n.end, nx.start))) {
    const close = CLOSE_GLOSS.exec(text.slice(nx.end));
    if (close) { end = nx.end + close[0].length; consumed = 2; }
  }

  // What follows the number: an approximation suffix, then the unit, then another suffix.
  let unit: string | null = null;
  let kind: QuantityKind | null = null;
  let counter: "items" | "persons" | null = null;
  let counterText = "";
  const suffixStart = end;
  const mark = (re: RegExp | null): boolean => {
    const m = matchAfter(re, text, end);
    if (m) end = m.end;
    return m !== null;
  };
  if (mark(lang.lowerAfter)) lowerBound = true;
  else if (mark(lang.approxAfter)) approximate = true;

  const curBefore = matchBefore(lang.currencyBefore, text, start);
  // `250 M$`, `136 G$`, `3,5 G$ CA`: a money scale glued to a currency after the number scales it
  // (the same letters that scale a sum after a currency prefix, `$5m`).
  const fused = n.trailingScale === 1 && valueTo === undefined ? matchAfter(lang.moneyScaleAfter, text, end) : null;
  const fusedScale = fused ? moneyScale(lang, fused.text) : undefined;
  const fusedCur = fused && fusedScale ? matchAfter(lang.currencyAfter, text, fused.end) : null;
  const glued = fusedCur !== null && !/^[\s\u00a0\u202f]/u.test(fusedCur.text) && lang.currencies.has(key(fusedCur.text));
  if (glued) { value *= fusedScale!; precision *= fusedScale!; }
  // `in 2024 €1,2 miljard`: a currency that leads the next number is that number's, not this one's.
  const leads = (c: { end: number } | null) => c !== null && /^[\s\u00a0\u202f]*\d/u.test(text.slice(c.end, c.end + 4));
  const after = glued ? fusedCur : matchAfter(lang.currencyAfter, text, end);
  const curAfter = leads(after) ? null : after;
  if (curAfter) {
    unit = lang.currencies.get(key(curAfter.text)) ?? null;
    if (unit) { kind = "money"; end = curAfter.end; }
  }
  if (!kind && curBefore) {
    unit = lang.currencies.get(key(curBefore.text)) ?? null;
    if (unit) {
      kind = "money";
      start = curBefore.start;
      if (n.trailingScale === 1 && valueTo === undefined) {
        const ms = matchAfter(lang.moneyScaleAfter, text, end);
        const scale = ms ? moneyScale(lang, ms.text) : undefined;
        if (ms && scale && !LATIN.test(text[ms.end] ?? "")) { value *= scale; precision *= scale; end = ms.end; }
      }
    }
  }
  if (!kind) {
    if (mark(lang.percentAfter)) { kind = "percent"; unit = "percent"; }
    else if (mark(lang.multipleAfter)) { kind = "multiple"; unit = "times"; }
    else {
      const c = matchAfter(lang.counterAfter, text, end);
      if (c) { counter = lang.counters.get(key(c.text)) ?? null; counterText = c.text.trim(); end = c.end; }
      else if ((n.yearShaped || period) && mark(lang.yearAfter)) kind = period ? "period" : "year";
    }
  }
  // Prefix forms of the same units (`百分之九十五`, `ร้อยละ 95`, `gấp 3`, `в 23 раза`).
  if (!kind) {
    const p = matchBefore(lang.percentBefore, text, start);
    if (p) { kind = "percent"; unit = "percent"; start = p.start; }
  }
  if (!kind || kind === "multiple") {
    const p = matchBefore(lang.multipleBefore, text, start);
    if (p) { kind = "multiple"; unit = "times"; start = p.start; }
  }
  if (mark(lang.lowerAfter)) lowerBound = true;
  else if (mark(lang.approxAfter)) approximate = true;

  // A digit string glued to Latin letters is a code or a name (`G20`, `COVID-19`, `5G`).
  if (!n.hasWords) {
    const currencyTouches = curBefore !== null && kind === "money" && curBefore.start + curBefore.text.trimEnd().length === n.start;
    // `FY2025`: a year prefix glued to the year (from the language's year prefixes) is no code.
    const fiscal = n.yearShaped && matchBefore(lang.yearBefore, text, n.start) !== null;
    if (!currencyTouches && !fiscal && codeLike(text, n.start, n.start)) return null;
    if (end === suffixStart && LATIN.test(text[n.end] ?? "")) return null;
    if (valueTo !== undefined && LATIN.test(text[n.start - 1] ?? "")) return null;
  }

  let noun: string | undefined;
  if (!kind) {
    // `1,6 millones de turistas`: a scale word reaches its noun through `de`.
    const link = n.trailingScale > 1 && counter === null ? matchAfter(lang.scaleLinkAfter, text, end) : null;
    const hit = nounAfter(text, end, lang, counter !== null) ?? (link ? nounAfter(text, link.end, lang, false) : null);
    const person = counter === "persons" || (hit !== null && isPersonNoun(hit.noun, lang));
    if (period) kind = "period";
    else if (n.yearShaped && valueTo === undefined && !person && counter === null) kind = "year";
    else if (counter || hit) {
      kind = "count";
      unit = person ? "persons" : "items";
      noun = hit ? sentence.slice(hit.end - hit.noun.length, hit.end) : counterText;
    } else return null;
    if (n.weak && !person && counter === null) return null;
  } else if (n.weak && kind !== "money" && kind !== "percent" && kind !== "multiple") {
    return null;
  }
  if (kind === "year" || kind === "period") {
    unit = "year";
    const yb = matchBefore(lang.yearBefore, text, start);
    if (yb) start = yb.start;
    precision = 1;
  }
  if (consumed === 2 && valueTo !== undefined && kind !== "period") {
    const rp = matchBefore(lang.rangePrefixBefore, text, start);
    if (rp) start = rp.start;
  }
  // Approximation and lower-bound words before everything else (`nearly US$200 billion`).
  for (let k = 0; k < 2; k++) {
    const lb = matchBefore(lang.lowerBefore, text, start);
    if (lb) { lowerBound = true; start = lb.start; continue; }
    const ap = matchBefore(lang.approxBefore, text, start);
    if (ap) { approximate = true; start = ap.start; continue; }
    break;
  }
  while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1]!)) end--;

  const t = tidy(value, precision);
  const quantity: Quantity = {
    kind: kind!,
    value: kind === "year" || kind === "period" ? commonEraYear(n.value, lang) : t.value,
    unit: unit ?? "items",
    start,
    end,
    surface: sentence.slice(start, end),
    approximate,
    precision: t.precision,
  };
  if (valueTo !== undefined) quantity.valueTo = kind === "period" ? commonEraYear(valueTo, lang) : tidy(valueTo, precision).value;
  if (lowerBound) quantity.lowerBound = true;
  if (noun) quantity.noun = noun;
  return { quantity, consumed };
}
