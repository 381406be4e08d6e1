// Finds every gazetteer name in a text: greedy longest match, left to right, over tokens; and a
// substring scan inside runs of scripts written without spaces.
import { entryMatchesAt, gazetteer, type Entry, type Gazetteer } from "./gazetteer.ts";
import { bareWord, joinable, type Token } from "./tokens.ts";
import { fold } from "../../util/text.ts";
import type { Span } from "./spans.ts";

const KATAKANA = /[\p{sc=Katakana}ー]/u;

function toSpan(e: Entry, first: number, last: number, start: number, end: number): Span {
  return { first, last, start, end, type: e.type, ref: e.ref, name: e.name, demonym: e.demonym, source: "gazetteer" };
}

function allowed(e: Entry, language: string): boolean {
  return !e.language || e.language === language;
}

const NONE: Entry[] = [];

/** Entries starting with this word (its key, then its alternative keys), looked up once per distinct word. */
function candidates(g: Gazetteer, t: Token): Entry[] {
  const memo = t.memo.gazetteer as Entry[] | undefined;
  if (memo) return memo;
  let list = g.byFirstKey.get(t.key) ?? NONE;
  for (const a of t.alts) {
    const more = g.byFirstKey.get(a);
    if (more) list = [...list, ...more];
  }
  t.memo.gazetteer = list;
  return list;
}

/**
 * The matched name without the particle or prefix its first or last word carries (entryMatchesAt
 * lets those words match through an alternative key), or undefined when every word is as listed.
 */
function bareSurface(text: string, tokens: Token[], i: number, n: number, e: Entry): string | undefined {
  let head = tokens[i].start, tail = tokens[i + n - 1].end;
  let before = "", after = "";
  const first = tokens[i], last = tokens[i + n - 1];
  if (first.key !== e.keys[0]) {
    const b = bareWord(first.text, e.keys[0]);
    if (b === null) return undefined;
    if (n === 1) return b !== first.text ? b : undefined;
    before = b; head = first.end;
  }
  if (n > 1 && last.key !== e.keys[n - 1]) {
    const b = bareWord(last.text, e.keys[n - 1]);
    if (b === null) return undefined;
    after = b; tail = last.start;
  }
  if (!before && !after) return undefined;
  return before + text.slice(head, tail) + after;
}

/** Scripts written without spaces, where names sit inside longer runs. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** Gazetteer matches over tokens [from, to). */
export function matchGazetteer(text: string, tokens: Token[], language: string, from = 0, to = tokens.length, maxWords = Infinity): Span[] {
  const g = gazetteer();
  const out: Span[] = [];
  const join = (a: Token, b: Token) => joinable(text, a, b);
  const common = g.commonWords.get(language);
  for (let i = from; i < to; ) {
    const t = tokens[i];
    let matched = 0;
    for (const e of candidates(g, t)) {
      if (!allowed(e, language) || e.keys.length > maxWords) continue;
      const n = entryMatchesAt(text, tokens, i, e, join, to);
      // A name that is an ordinary word in this language (es `Reunión`, id `Lima` "five") is not a name here.
      if (n > 0 && common?.has(fold(text.slice(tokens[i].start, tokens[i + n - 1].end)))) continue;
      if (n > 0) {
        const span = toSpan(e, i, i + n - 1, tokens[i].start, tokens[i + n - 1].end);
        const bare = bareSurface(text, tokens, i, n, e);
        if (bare) span.bare = bare;
        out.push(span);
        matched = n;
        break;
      }
    }
    // A token is typed by its first character: `2024年中国与泰国…` starts with digits but is a run of Han.
    if (!matched && (t.script === "cjk" || (t.script === "other" && UNSPACED.test(t.text))) && maxWords === Infinity) {
      // A name that ran on past this token covers the tokens it reached, up to where it ends: the
      // rest of the run it ended in is read too (`澜沧江－湄公河合作和东盟`: 东盟 follows in that run).
      let index = i;
      let found = matchInRun(text, tokens, index, language, t.start);
      for (;;) {
        out.push(...found);
        const far = found.filter((f) => f.last > index).reduce<Span | null>((m, f) => (!m || f.end > m.end ? f : m), null);
        if (!far || far.end >= tokens[far.last]!.end || !UNSPACED.test(tokens[far.last]!.text)) {
          i = (far?.last ?? index) + 1;
          break;
        }
        index = far.last;
        found = matchInRun(text, tokens, index, language, far.end);
      }
      continue;
    }
    i += matched || 1;
  }
  return out;
}

/** Names inside a token of a script without spaces; a name may run on past the token over punctuation (`澜沧江－湄公河合作`). */
function matchInRun(text: string, tokens: Token[], index: number, language: string, from: number): Span[] {
  const g = gazetteer();
  const out: Span[] = [];
  const t = tokens[index];
  for (let p = from; p < t.end; ) {
    let len = 0;
    for (const e of g.byFirstChar.get(text[p]) ?? []) {
      if (!allowed(e, language) || !text.startsWith(e.surface, p)) continue;
      const end = p + e.surface.length;
      // Bounds checked first: a read past the text's end would deoptimise this hot loop.
      const after = end < text.length ? text[end] : undefined;
      const before = p > 0 ? text[p - 1] : undefined;
      // Katakana names must stand alone (`タイ` is Thailand, `タイム` is not).
      if (KATAKANA.test(e.surface[0]) && ((after && KATAKANA.test(after)) || (before && KATAKANA.test(before)))) continue;
      let last = index;
      while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
      out.push(toSpan(e, index, last, p, end));
      len = e.surface.length;
      break;
    }
    p += len || 1;
  }
  return out;
}

const CONTAINERS = new Set(["organization", "agreement", "initiative", "event_series"]);

/**
 * Countries and organisations named inside the name of an organisation, agreement or meeting
 * (`UN Charter` mentions the UN; `ASEAN-Korea Free Trade Agreement` mentions ASEAN and Korea).
 */
export function nestedMentions(text: string, tokens: Token[], language: string, outer: Span[]): Span[] {
  const out: Span[] = [];
  for (const o of outer) {
    if (!CONTAINERS.has(o.type) || o.last === o.first) continue;
    const inner = matchGazetteer(text, tokens, language, o.first, o.last + 1, o.last - o.first);
    // A grouping named by the list of its members (`Brunei Darussalam-Indonesia-Malaysia-Philippines
    // East ASEAN Growth Area`) mentions the grouping, not each member country.
    const members = o.type === "organization" && inner.filter((s) => s.type === "country").length >= 3;
    for (const s of inner) {
      if ((s.type === "country" && !members) || s.type === "organization") out.push(s);
    }
  }
  return out;
}
