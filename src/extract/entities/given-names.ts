// A country name inside a person's name is no mention of the country: after a given name it is a
// family name (`Michael Jordan`), and a country name that is a given name too, followed by a
// capitalised name, starts a person's name (`Jordan Peterson`, `Israel Adesanya`). Given names are data
// (data/given-names.txt). A title before the name is left to the person finder (`Foreign Minister
// of Jordan`, `Menlu Israel Gideon Saar` where the country is the office's); days, months, titles
// and names other recognisers claimed after the country word leave it a country (`Israel Monday`).
import { readDataFile } from "../../lang/registry.ts";
import { dateLexicon } from "../dates/lexicon.ts";
import { joinable, type Token } from "./tokens.ts";
import type { Span } from "./spans.ts";
import { personTables } from "./persons/tables.ts";
import { VIET_SYLLABLE } from "./persons/shapes.ts";

let names: Set<string> | null = null;

function givenNames(): Set<string> {
  names ??= new Set(readDataFile("given-names.txt").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  return names;
}

/**
 * Whether a one-word country span in Latin script is part of a person's name written without a title.
 * `claimed(i)` tells whether token i belongs to a name another recogniser found; `titleStarts` holds
 * the tokens where a title begins.
 */
export function givenNameNotCountry(text: string, tokens: Token[], s: Span, claimed: (i: number) => boolean, titleStarts: Set<number>, language: string): boolean {
  if (s.type !== "country" || s.demonym || s.first !== s.last) return false;
  const t = tokens[s.first];
  if (t.script !== "latin" || !t.upper || t.caps) return false;
  const spaced = (a: Token, b: Token) => joinable(text, a, b) && /^ $/.test(text.slice(a.end, b.start));
  const name = (i: number) => {
    const w = tokens[i];
    return !!w && w.script === "latin" && w.upper && !w.caps && w.text.length >= 2 && !claimed(i) && !titleStarts.has(i);
  };
  const prev = tokens[s.first - 1];
  if (prev && name(s.first - 1) && spaced(prev, t) && givenNames().has(prev.text)) return true;
  const next = tokens[s.first + 1];
  // A capitalised word opening the sentence is no part of a title (`Selon Jordan Bardella`).
  const opens = (w: Token) => /(?:^|[.!?\n]\s*)$/u.test(text.slice(Math.max(0, w.start - 3), w.start));
  // A title close before (`Thủ Tướng Anh`, written with capitals by some papers) makes it the office's country.
  let titled = false;
  for (let k = Math.max(0, s.first - 5); k < s.first; k++) if (titleStarts.has(k)) titled = true;
  if (!titled && vietnameseNamePart(tokens, s.first, name, spaced, opens)) return true;
  if (!next || !givenNames().has(t.text) || !name(s.first + 1) || !spaced(t, next)) return false;
  // The country of an office written before it (`Menteri Luar Negeri Israel Gideon Saar`, `Prime
  // Minister of Israel Benjamin Netanyahu`): a title close before, a capitalised word or a connector.
  if (titled) return false;
  if (prev && joinable(text, prev, t) && ((prev.upper && !opens(prev)) || personTables().connectors.has(prev.key))) return false;
  const dates = dateLexicon(language);
  const word = next.text.toLocaleLowerCase();
  return !dates.weekdayByName.has(word) && !dates.monthByName.has(word);
}

/**
 * Vietnamese names are syllables, and some countries' Vietnamese names are syllables of names too
 * (`Anh` Britain, `Đức` Germany, `Nga` Russia: `anh Tuấn Anh`, `Minh Đức`). Such a country word right
 * after a capitalised syllable is the end of a name, since a country after its office follows a
 * lower-case word (`Đại sứ Anh`, `Thủ tướng Đức`); and at the opening of a sentence before a
 * Vietnamese full name it is the honorific `anh` (`Anh Nguyễn Văn Nam cho biết`).
 */
function vietnameseNamePart(tokens: Token[], i: number, name: (k: number) => boolean, spaced: (a: Token, b: Token) => boolean, opens: (w: Token) => boolean): boolean {
  const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1], after = tokens[i + 2];
  if (t.text.length > 4 || !VIET_SYLLABLE.test(t.text)) return false;
  if (prev && name(i - 1) && spaced(prev, t) && !opens(prev) && VIET_SYLLABLE.test(prev.text)) return true;
  return opens(t) && !!next && !!after && name(i + 1) && name(i + 2) && spaced(t, next) && spaced(next, after)
    && personTables().vietSurnames.has(next.key) && VIET_SYLLABLE.test(after.text);
}
