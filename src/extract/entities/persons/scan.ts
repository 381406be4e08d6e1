// One document as the person finder sees it: its tokens, what other recognisers claimed, where
// titles start, and the readers of capitalised names over them (Latin and Cyrillic: 1–5 words,
// particles such as `van der`, a surname that is also a common word or a country's name).
import { isKoreanSurname } from "../../../resolve/names.ts";
import { joinable, type Token } from "../tokens.ts";
import type { Span } from "../spans.ts";
import { personTables, type PersonTables } from "./tables.ts";
import { VIET_SYLLABLE } from "./shapes.ts";
import { isCredit } from "./credits.ts";

/** Context the person finder needs: which tokens other recognisers already claimed. */
export interface Claimed {
  /** Token index → span covering it (countries, organisations, places…). */
  at: (Span | undefined)[];
  /** Every claimed span, for checks by character offset inside long tokens (Han, Kana, Thai runs). */
  spans?: Span[];
}

/** A name found in the document, before names are grouped into people. */
export interface Found { first: number; last: number; start: number; end: number; surface: string; role?: string; titleStart?: number }

/** Names read so far: full names (two words or more, or a whole Han/Hangul/Thai name) and single words after a title. */
export interface Finds { full: Found[]; shortAfterTitle: Found[] }

export interface Scan {
  text: string;
  tokens: Token[];
  n: number;
  claimed: Claimed;
  titleStarts: Set<number>;
  language: string;
  p: PersonTables;
  /** This language's prepositions (never name particles). */
  prepositions: Set<string>;
  /** Whether token i exists and no other recogniser claimed it. */
  free: (i: number) => boolean;
  spanAt: (i: number) => Span | undefined;
  /** A portfolio or institution word carrying a title on (Arabic `مجلس`). */
  roleWord: (t: Token) => boolean;
  /** A Vietnamese family name at i and two (or three) capitalised Vietnamese syllables after it. */
  vietNameAt: (i: number) => boolean;
  /** A capitalised word that can be part of a name. */
  isName: (i: number) => boolean;
  /** The capitalised name starting at token i (1–5 words), as [first, last], or null. */
  readName: (i: number, titled?: boolean) => [number, number] | null;
}

const INITIALS_AFTER = /^\.\s?\p{Lu}\./u;

export function scanOf(text: string, tokens: Token[], claimed: Claimed, titleStarts: Set<number>, language: string): Scan {
  const p = personTables();
  const n = tokens.length;
  const free = (i: number) => i < n && !claimed.at[i];
  const prepositions = p.prepositions.get(language) ?? new Set<string>();
  const spanAt = (i: number) => (i < n ? claimed.at[i] : undefined);
  const roleWord = (t: Token) => p.roleWords.has(t.key) || t.alts.some((a) => p.roleWords.has(a));
  /** A Vietnamese family name at i and two (or three) capitalised Vietnamese syllables after it. */
  const vietNameAt = (i: number) => {
    if (!p.vietSurnames.has(tokens[i].key) || i + 2 >= n) return false;
    for (let k = i + 1; k <= i + 2; k++) {
      if (!free(k) || !tokens[k].upper || !VIET_SYLLABLE.test(tokens[k].text) || !/^ $/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    }
    return true;
  };
  const isName = (i: number) => {
    const t = tokens[i];
    if (titleStarts.has(i)) return false;
    if (t.script !== "cjk" && t.script !== "hangul" && t.upper && !p.notNames.has(t.text) && t.text.length >= 2) return true;
    // One capital letter after a capitalised word is a name part too: an initial, or a one-syllable
    // Chinese given name (`Wang Yi` is `Ван И` in Russian). Russian initials after a family name
    // (`Путин В. В.`) are no part of the name.
    if (!t.upper || t.text.length !== 1 || i === 0 || !tokens[i - 1].upper) return false;
    return t.script === "latin" || (t.script === "cyrillic" && !INITIALS_AFTER.test(text.slice(t.end, t.end + 4)));
  };

  /** The capitalised name starting at token i (1–5 words), as [first, last], or null. */
  const readName = (i: number, titled = false): [number, number] | null => {
    // After a title, a given name that happens to spell a place (`Санаэ`, stemmed like `Сана`)
    // still starts the name when a capitalised word follows it.
    const placeGiven = titled && i + 1 < n && !free(i) && spanAt(i)!.type === "place" && spanAt(i)!.first === i && spanAt(i)!.last === i
      && free(i + 1) && isName(i + 1) && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start));
    if (i >= n || (!free(i) && !placeGiven)) return null;
    // A surname that is also a common word (`To Lam`, `Do Hung Viet`) starts a name when a name follows.
    const surnameFirst = !isName(i) && tokens[i].upper && !titleStarts.has(i) && (p.vietSurnames.has(tokens[i].key) || isKoreanSurname(tokens[i].key))
      && i + 1 < n && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && free(i + 1) && isName(i + 1);
    if (!isName(i) && !surnameFirst) return null;
    let j = i;
    while (j + 1 < n && j - i < 4 && joinable(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
      const gap = text.slice(tokens[j].end, next.start);
      const hyphen = /[-–‐‑]/.test(gap);
      if (/['’]/.test(gap)) break;
      if (!free(j + 1)) {
        // A short country word inside a Vietnamese name (`Lê Đức Anh`) belongs to the name.
        const s = spanAt(j + 1)!;
        // So is a surname that is also a country's name, after a title and a given name
        // (`Prime Minister Luís Montenegro`): a title, a name, then a country is no phrase.
        const surname = titled && j === i && s.type === "country" && s.first === s.last && !s.demonym && next.script === "latin" && tokens[i].script === "latin"
          && (j + 2 >= n || !tokens[j + 2].upper || !joinable(text, next, tokens[j + 2]));
        if (!surname && !(s.type === "country" && s.first === s.last && next.key.length <= 4 && j + 1 > i)) break;
      }
      if (hyphen && /^\p{Ll}/u.test(next.text) && next.script === "latin") { j++; continue; } // `Byung-won`
      if (isName(j + 1)) { j++; continue; }
      // Particles, one or a chain (`van Klaveren`, `von der Leyen`, `da Silva`), then a capitalised word.
      let q = j + 1;
      while (q < n && q - j <= 3 && p.particles.has(tokens[q].text) && !prepositions.has(tokens[q].text) && (q === j + 1 || joinable(text, tokens[q - 1], tokens[q]))) q++;
      // `Albanese di Kirribilli House`: a particle before a place's name is a preposition.
      const placeAfter = q + 1 < n && tokens[q + 1].upper && p.notNames.has(tokens[q + 1].text) && joinable(text, tokens[q], tokens[q + 1]);
      if (q > j + 1 && q < n && free(q) && isName(q) && joinable(text, tokens[q - 1], tokens[q]) && !placeAfter) { j = q; continue; }
      break;
    }
    return [i, j];
  };
  return { text, tokens, n, claimed, titleStarts, language, p, prepositions, free, spanAt, roleWord, vietNameAt, isName, readName };
}

/** Records the name on tokens a..b (a full name, or one word after a title) unless it is a credit or byline. */
export function takeName(s: Scan, finds: Finds, a: number, b: number, role: string | undefined, titleStart: number | undefined): void {
  const { text, tokens } = s;
  const { full, shortAfterTitle } = finds;
  if (isCredit(text, tokens, a, b)) return;
    const f: Found = { first: a, last: b, start: tokens[a].start, end: tokens[b].end, surface: text.slice(tokens[a].start, tokens[b].end), role, titleStart };
    if (b > a) full.push(f); else shortAfterTitle.push(f);
}
