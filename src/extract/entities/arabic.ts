// Arabic people after a title (`الرئيس المصري عبد الفتاح السيسي`, `ولي العهد الأمير محمد بن سلمان`).
// Arabic has no capitals, so the name is read by shape: two name parts (a third with the article,
// a family name or nisba, or without it where the name visibly ends), where `عبد X`
// is one part and `بن`/`بنت`/`آل`/`أبو` join the next word; it stops at function words, verbs of
// reporting, weekdays, and words carrying an attached preposition before a title (`بولي العهد`).
import type { Token } from "./tokens.ts";
import { titleData } from "./tables.ts";
import { knownPerson } from "../../resolve/names.ts";

let stopSet: Set<string> | null = null;

/** Words no Arabic name runs into (lang/ar/titles.json `stopWords`): function words, verbs, weekdays. */
function stopWords(): Set<string> {
  stopSet ??= new Set([...titleData().values()].flatMap((d) => d.stopWords));
  return stopSet;
}

const JOINERS = new Set(["بن", "بنت", "ابن", "آل", "أبو", "ابو", "أبي", "ولد"]);
const COMPOUND_FIRST = new Set(["عبد", "عبدال"]);

const NOT_THIRD = new Set(["السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الجديد", "الجديدة", "المقبل", "الراحل", "الأول", "الثاني", "نفسه"]);

function stops(t: Token): boolean {
  const stop = stopWords();
  return stop.has(t.key) || stop.has(t.text) || t.alts.some((a) => stop.has(a));
}

// A name's first part never carries the article: `الدورة الحالية` after `رئيس` is "the current
// session", not a person. (Known people written so are found by the caller's table.)
const ARTICLE = /^ال/u;

/** The Arabic name starting at token j, as [first, last] token indexes, or null. */
export function arabicNameAt(text: string, tokens: Token[], j: number, blocked: (i: number) => boolean): [number, number] | null {
  if (j < tokens.length && (ARTICLE.test(tokens[j].text) || tokens[j].alts.some((a) => ARTICLE.test(a) && a.length < tokens[j].text.length)) && !knownPerson(tokens[j].text)) return null;
  let parts = 0, k = j, last = -1;
  while (k < tokens.length && parts < 2) {
    const t = tokens[k];
    if (t.script !== "arabic" || blocked(k) || stops(t)) break;
    if (k > j && !/^[ \u00a0]$/.test(text.slice(tokens[k - 1].end, t.start))) break;
    if (JOINERS.has(t.text)) {
      // `بن سلمان`: the joiner and its word belong to the part before.
      if (last < 0 || k + 1 >= tokens.length || tokens[k + 1].script !== "arabic" || stops(tokens[k + 1])) break;
      last = k + 1; k += 2;
      // `آل` names the family, the last part of a name (`عبدالله بن زايد آل نهيان أهمية …`).
      if (t.text === "آل") break;
      continue;
    }
    if (COMPOUND_FIRST.has(t.text) && k + 1 < tokens.length && tokens[k + 1].script === "arabic") { last = k + 1; k += 2; parts++; continue; }
    if ([...t.text].length < 2) break;
    last = k; k++; parts++;
  }
  // A third part with the article is a family name or nisba (`محمد شياع السوداني`); adjectives
  // that describe the office are not (`السابق` "former").
  const third = tokens[k];
  if (last >= 1 && tokens[last - 1].text === "آل") return [j, last];
  if (parts === 2 && last === k - 1 && third && third.script === "arabic" && /^ال\p{L}{3,}$/u.test(third.text) && !stops(third) && !NOT_THIRD.has(third.text) && !blocked(k)
    && /^[ \u00a0]$/.test(text.slice(tokens[k - 1].end, third.start))) last = k;
  // A third part without the article (father's name, then family name: `قاسم جومارت توكاييف`) when
  // the name visibly ends after it: punctuation, a line end or the end of the text.
  else if (parts === 2 && last === k - 1 && third && third.script === "arabic" && [...third.text].length >= 2 && !stops(third) && !NOT_THIRD.has(third.text) && !blocked(k)
    && /^[ \u00a0]$/.test(text.slice(tokens[k - 1].end, third.start)) && /^\s*(?:[،,.؛;:)\]»"]|\n|$)/u.test(text.slice(third.end, third.end + 2))) last = k;
  // A joiner after the second part still belongs to it (`محمد بن سلمان آل سعود`).
  while (last >= 0 && last + 2 < tokens.length && JOINERS.has(tokens[last + 1].text) && tokens[last + 2].script === "arabic" && !stops(tokens[last + 2]) && !blocked(last + 2)) last += 2;
  return last < 0 ? null : [j, last];
}
